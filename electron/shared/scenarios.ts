/*
 * The simulator's scenario numbers: each makes the sandbox show one outcome
 * or one call-log ending on purpose. Plain data, read by the simulator (what
 * to do), the command line's help and the window's gallery (what each shows).
 */

export type ScenarioBehaviour =
  | 'refuse'
  | 'slow'
  | 'server-error'
  | 'silent'
  | 'html'
  | 'busy'
  | 'no-answer'
  | 'invalid-http-400'
  | 'invalid-json-rpc'
  | 'not-sent';

/** The outcome the app reports, in its own four words. */
export type ScenarioOutcome = 'accepted' | 'rejected' | 'unknown' | 'not-sent';

/** How a placed call's row ends in the call log; null when no call is placed. */
export type ScenarioEnding = 'ANSWERED' | 'BUSY' | 'NO ANSWER' | null;

export interface Scenario {
  number: string;
  behaviour: ScenarioBehaviour;
  outcome: ScenarioOutcome;
  ending: ScenarioEnding;
}

/** Numbers that make the simulator misbehave on purpose, so every outcome can be seen. */
export const scenarios: readonly Scenario[] = [
  { number: '380500000001', behaviour: 'refuse', outcome: 'rejected', ending: null },
  { number: '380500000002', behaviour: 'slow', outcome: 'accepted', ending: 'ANSWERED' },
  { number: '380500000003', behaviour: 'server-error', outcome: 'unknown', ending: null },
  { number: '380500000004', behaviour: 'silent', outcome: 'unknown', ending: 'ANSWERED' },
  { number: '380500000005', behaviour: 'html', outcome: 'unknown', ending: 'ANSWERED' },
  { number: '380500000006', behaviour: 'busy', outcome: 'accepted', ending: 'BUSY' },
  { number: '380500000007', behaviour: 'no-answer', outcome: 'accepted', ending: 'NO ANSWER' },
  { number: '380500000008', behaviour: 'invalid-http-400', outcome: 'rejected', ending: null },
  { number: '380500000009', behaviour: 'invalid-json-rpc', outcome: 'rejected', ending: null },
  { number: '380500000010', behaviour: 'not-sent', outcome: 'not-sent', ending: null },
];

export function scenarioFor(...numbers: string[]): Scenario | undefined {
  return scenarios.find((scenario) => numbers.includes(scenario.number));
}

/** One entry of the window's gallery: what it fills in, and what the trainer will see. */
export interface GalleryEntry {
  /** Names its description: `scenarios.<name>`. */
  name: ScenarioBehaviour | 'ordinary';
  /** The extended form's two parties: the scenario number as caller, an online demo employee as callee. */
  caller: string;
  callee: string;
  outcome: ScenarioOutcome;
  ending: ScenarioEnding;
}

/** The callee every gallery entry rings: a demo employee the simulator reports online. */
export const galleryCallee = 'sandbox_anna';

/** Every scenario, after an ordinary call that simply works, so each outcome and ending is one click away. */
export const scenarioGallery: readonly GalleryEntry[] = [
  {
    name: 'ordinary',
    // A demo number of its own, so the gallery never shows a number someone is testing with.
    caller: '380631112233',
    callee: galleryCallee,
    outcome: 'accepted',
    ending: 'ANSWERED',
  },
  ...scenarios.map((scenario) => ({
    name: scenario.behaviour,
    caller: scenario.number,
    callee: galleryCallee,
    outcome: scenario.outcome,
    ending: scenario.ending,
  })),
];

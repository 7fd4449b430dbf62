/**
 * The simulator's fixed project. These values are public: they open only the
 * simulator, never a real Ringostat project.
 */
export const sandbox = {
  authKey: 'sandbox-auth-key-0000',
  /** A key that exists but opens nothing: answers 403. */
  noAccessKey: 'sandbox-no-access-0000',
  projectId: '10001',
  timeZone: 'Europe/Kyiv',
  /** Numbers connected to the project as incoming: the only valid `extension` values. */
  projectNumbers: ['380441112233', '380442223344'],
  /** Forwarding schemes by id. */
  schemes: { '101': 'Sales', '102': 'Support', '103': 'Night line' } as Record<string, string>,
  /** SIP logins that `GET /sipstatus/online` reports. */
  onlineSipLogins: ['sandbox_anna', 'sandbox_petro'],
  /** How long a simulated call rings before its row shows how it ended. */
  ringMs: 3_000,
  /** The demo staff for `getProjectStaffListAndDirections`. */
  staff: [
    {
      id: '501',
      fio: 'Anna Kovalenko',
      email: 'anna@sandbox.example',
      department: 'Sales',
      sip: 'sandbox_anna',
      number: '380671110001',
    },
    {
      id: '502',
      fio: 'Petro Shevchenko',
      email: 'petro@sandbox.example',
      department: 'Support',
      sip: 'sandbox_petro',
      number: '380671110002',
    },
    {
      id: '503',
      fio: 'Olena Bondar',
      email: 'olena@sandbox.example',
      department: 'Support',
      sip: 'sandbox_olena',
      number: '380671110003',
    },
  ],
} as const;

export type ScenarioBehaviour = 'refuse' | 'slow' | 'server-error' | 'silent' | 'html' | 'busy' | 'no-answer';

export interface Scenario {
  number: string;
  behaviour: ScenarioBehaviour;
  description: string;
}

/** Numbers that make the simulator misbehave on purpose, so every outcome can be seen. */
export const scenarios: readonly Scenario[] = [
  {
    number: '380500000001',
    behaviour: 'refuse',
    description: 'refused: a JSON-RPC error inside HTTP 200 (extended), HTTP 400 (simple); no call',
  },
  { number: '380500000002', behaviour: 'slow', description: 'answers after 5 seconds, then accepted' },
  { number: '380500000003', behaviour: 'server-error', description: 'fails with HTTP 500; no call' },
  {
    number: '380500000004',
    behaviour: 'silent',
    description: 'places the call but never answers (the client gives up: outcome unknown)',
  },
  {
    number: '380500000005',
    behaviour: 'html',
    description: 'places the call, then answers HTTP 200 with an HTML page (outcome unknown)',
  },
  { number: '380500000006', behaviour: 'busy', description: 'accepted; the call log row ends BUSY' },
  {
    number: '380500000007',
    behaviour: 'no-answer',
    description: 'accepted; the call log row ends NO ANSWER',
  },
];

export function scenarioFor(...numbers: string[]): Scenario | undefined {
  return scenarios.find((scenario) => numbers.includes(scenario.number));
}

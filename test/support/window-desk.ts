import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure } from '@testing-library/react';
import { deskMethods } from '../../electron/contract/desk-methods';
import type {
  CallbackPreview,
  DeskBridge,
  DeskState,
  ProfileView,
  SentCallback,
} from '../../electron/contract/desk-types';
import type { CallbackFormInput } from '../../electron/contract/schemas';
import type { BatchClock } from '../../electron/batch/batch-run';
import type { DeskParts } from '../../electron/desk';
import type { Settings } from '../../electron/profiles/settings-schema';
import { nodeTransport } from '../../electron/ringostat/node-transport';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../electron/simulator/server';
import type { Transport } from '../../electron/ringostat/transport';
import type { CallbackTemplate } from '../../electron/contract/template-types';
import { testDesk, type TestDesk } from './test-desk';

// Answers come over real loopback HTTP on a shared, often loaded machine: a condition a test
// waits for gets 5 s to come true, not Testing Library's 1 s.
configure({ asyncUtilTimeout: 5_000 });

/** For a test that must reach no server: every request is refused, as if nothing listened. */
export const nowhere: Transport = async () => ({
  kind: 'not-connected',
  reason: { key: 'transport.ECONNREFUSED' },
  latencyMs: 0,
});

export interface WindowDesk extends TestDesk {
  /** What main would answer `getState` with now. */
  state(): DeskState;
  /** The active profile as the window sees it. */
  active(): ProfileView;
  /** What the settings file now holds: profiles, encrypted keys, retention. */
  saved(): Settings;
  /** What the templates file now holds. */
  savedTemplates(): CallbackTemplate[];
}

/**
 * Binds `window.desk` to the real main-process handlers, as the preload does
 * in the app: each named function goes through the dispatcher, which parses
 * the payload and runs the handler. Only Electron's IPC is left out.
 */
export function bindWindowDesk(parts: Partial<DeskParts> = {}, encryption = true): WindowDesk {
  const desk = testDesk(
    {
      transport: nowhere,
      simulatorUrl: () => 'http://127.0.0.1:9',
      systemLanguages: () => ['en-US'],
      ...parts,
    },
    encryption,
  );
  const api = Object.fromEntries(
    deskMethods.map((method) => [method, (payload: unknown) => desk.dispatch(method, payload)]),
  );
  window.desk = {
    ...api,
    // No part tested alone listens to the application menu; the app itself does.
    onMenuCommand: () => () => {},
  } as unknown as DeskBridge;
  return {
    ...desk,
    saved: () => desk.store.peek() as Settings,
    savedTemplates: () => {
      const file = join(desk.folder, 'templates.json');
      if (!existsSync(file)) return [];
      return (JSON.parse(readFileSync(file, 'utf8')) as { templates: CallbackTemplate[] }).templates;
    },
    active: () => {
      const current = desk.state();
      return current.profiles.find((profile) => profile.id === current.activeId) as ProfileView;
    },
  };
}

export interface SimulatorDesk extends WindowDesk {
  simulator: RunningSimulator;
}

/**
 * `window.desk` bound to the real handlers, which talk over loopback to the
 * real embedded simulator: the Sandbox profile places, reads and checks
 * everything there, and no phone rings. `dispose` stops both.
 */
export async function bindSimulatorDesk(
  options: {
    simulator?: SimulatorOptions;
    desk?: Partial<DeskParts>;
    encryption?: boolean;
  } = {},
): Promise<SimulatorDesk> {
  const simulator = await startSimulator({ slowAnswerMs: 500, ringMs: 300, ...options.simulator });
  const desk = bindWindowDesk(
    {
      transport: nodeTransport,
      simulatorUrl: () => simulator.url,
      timeoutMs: 5_000,
      callLogIntervalMs: { live: 200, simulator: 200 },
      ...options.desk,
    },
    options.encryption ?? true,
  );
  return {
    ...desk,
    simulator,
    dispose: async () => {
      await desk.dispose();
      await simulator.close();
    },
  };
}

/**
 * Creates a live profile pointed at `apiUrl` (plain http is allowed on
 * loopback, so it can be a test's own server) and makes it the active one;
 * saves its key, encrypted, when one is given.
 */
export function addLiveProfile(
  desk: WindowDesk,
  options: { apiUrl: string; name?: string; projectId?: string; key?: string; confirmLiveCalls?: boolean },
): ProfileView {
  const created = desk.profiles.create({
    name: options.name ?? 'Live test',
    projectId: options.projectId ?? '10001',
    numbers: ['380441112233'],
    country: 'UA',
    target: 'ringostat',
    apiUrl: options.apiUrl,
    confirmLiveCalls: options.confirmLiveCalls,
  });
  if (!created.ok) throw new Error('The live test profile was refused.');
  if (options.key !== undefined) desk.profiles.setKey(desk.profiles.active().id, options.key, 'encrypted');
  return desk.active();
}

/** What main's `previewCallback` says of a form: the preview the callback form would show. */
export async function previewOf(form: CallbackFormInput): Promise<CallbackPreview> {
  const result = await window.desk.previewCallback({ form });
  if (!result.ok) throw new Error(`The preview was refused: ${result.error.code}`);
  return result.value;
}

/**
 * Sends a callback through main's `sendCallback`, as the form's Send button does, and gives its outcome;
 * the question before a profile's first live call is answered "place it", as a person would.
 */
export async function sendOf(form: CallbackFormInput): Promise<SentCallback> {
  const asked = await window.desk.sendCallback({ form });
  const result =
    !asked.ok && asked.error.live
      ? await window.desk.sendCallback({ form, liveConfirmation: asked.error.live.confirmation })
      : asked;
  if (!result.ok) throw new Error(`The send was refused: ${result.error.code}`);
  return result.value;
}

/**
 * A run's clock whose gaps last until the test lets them pass (or the run is
 * stopped), so a run can be watched mid-way; it notes each gap asked for.
 */
export function gatedClock(): { clock: BatchClock; gaps: number[]; pass(): void } {
  const waiting: (() => void)[] = [];
  const gaps: number[] = [];
  return {
    gaps,
    clock: {
      now: () => Date.now(),
      sleep: (ms, cancelled) =>
        new Promise<void>((resolve) => {
          gaps.push(ms);
          waiting.push(resolve);
          void cancelled.then(resolve);
        }),
    },
    pass: () => waiting.splice(0).forEach((resolve) => resolve()),
  };
}

import { deskMethods } from '../../electron/contract/desk-methods';
import type { DeskBridge, DeskState, ProfileView } from '../../electron/contract/desk-types';
import type { MenuCommand } from '../../electron/contract/menu-commands';
import type { DeskParts } from '../../electron/desk';
import { nodeTransport } from '../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../electron/simulator/server';
import { testDesk, type TestDesk } from './test-desk';

export interface WindowDesk extends TestDesk {
  /** Stands in for the application menu: calls the page's listeners as a menu item would. */
  menu(command: MenuCommand): void;
  /** What main would answer `getState` with now. */
  state(): DeskState;
  /** The active profile as the window sees it. */
  active(): ProfileView;
}

/**
 * Binds `window.desk` to the real main-process handlers, as the preload does
 * in the app: each named function goes through the dispatcher, which parses
 * the payload and runs the handler. Only Electron's IPC is left out.
 */
export function bindWindowDesk(
  parts: Partial<DeskParts> & Pick<DeskParts, 'transport' | 'simulatorUrl'>,
  encryption = true,
): WindowDesk {
  const desk = testDesk({ systemLanguages: () => ['en-US'], ...parts }, encryption);
  const listeners = new Set<(command: MenuCommand) => void>();
  const api = Object.fromEntries(
    deskMethods.map((method) => [method, (payload: unknown) => desk.dispatch(method, payload)]),
  );
  window.desk = {
    ...api,
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as DeskBridge;
  const state = () => desk.profiles.state();
  return {
    ...desk,
    menu: (command) => listeners.forEach((listener) => listener(command)),
    state,
    active: () => {
      const current = state();
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
      timeoutMs: 2_000,
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

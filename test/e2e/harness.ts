import type { BrowserContext, Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { deskMethods } from '../../electron/contract/desk-methods';
import { fail } from '../../electron/contract/result';
import type { HistoryStore } from '../../electron/history/history-store';
import type { MemorySettingsStore } from '../../electron/profiles/settings-store';
import { nodeTransport } from '../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../electron/simulator/server';
import '../support/languages';
import { serveFolder } from '../support/static-server';
import { testDesk, type TestDesk } from '../support/test-desk';

const renderer = resolve(import.meta.dirname, '../../dist/renderer');

export interface Desk {
  simulator: RunningSimulator;
  store: MemorySettingsStore;
  history: HistoryStore;
  historyFolder: string;
  /** Files the export wrote, in order. */
  exports: string[];
  /** What the next import dialog returns. */
  imports: TestDesk['imports'];
  /** Files main asked the system to show in their folder. */
  revealed: string[];
  /** Every answer the main-process side gave the page, in order. */
  responses: unknown[];
  close(): Promise<void>;
}

/**
 * Opens the built renderer in Chromium with `window.desk` bound to the real
 * main-process handlers, which talk to the real simulator over loopback.
 * Only Electron's IPC transport is left out.
 */
export async function openDesk(
  page: Page,
  options: {
    encryption?: boolean;
    systemLanguages?: string[];
    /** Writes a history log before the app opens it. */
    prepareHistory?: (historyFolder: string) => void;
  } = {},
): Promise<Desk> {
  const simulator = await startSimulator({ slowAnswerMs: 1_000, ringMs: 1_500 });
  const desk = testDesk(
    {
      transport: nodeTransport,
      simulatorUrl: () => simulator.url,
      timeoutMs: 3_000,
      callLogIntervalMs: { live: 500, simulator: 300 },
      // The machine's own languages never decide a test: each says which system it stands for.
      systemLanguages: () => options.systemLanguages ?? ['en-US'],
    },
    options.encryption ?? true,
    options.prepareHistory,
  );
  const { dispatch } = desk;
  const site = await serveFolder(renderer);
  const responses: unknown[] = [];

  await bindDesk(page, dispatch, site.url, responses);
  await page.goto(site.url);
  return {
    simulator,
    store: desk.store,
    history: desk.history,
    historyFolder: join(desk.folder, 'history'),
    exports: desk.exports,
    imports: desk.imports,
    revealed: desk.revealed,
    responses,
    close: async () => {
      await site.close();
      await simulator.close();
      await desk.dispose();
    },
  };
}

/**
 * Gives every page `target` opens a `window.desk` that calls `dispatch`, as
 * the preload does, and a stand-in for the application menu; only the top
 * frame showing `siteUrl` may ask, as in the app.
 */
export async function bindDesk(
  target: Page | BrowserContext,
  dispatch: (method: string, payload: unknown) => Promise<unknown>,
  siteUrl: string,
  responses: unknown[] = [],
): Promise<void> {
  await target.exposeBinding('__deskInvoke', async (source, method: string, payload: unknown) => {
    // The same rule as the app: only the top frame showing the app's own page may ask.
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(siteUrl)) {
      return fail({ code: 'untrusted-sender', message: 'untrusted' });
    }
    const result = await dispatch(method, payload);
    responses.push(result);
    return result;
  });
  await target.addInitScript(
    (methods: string[]) => {
      const scope = window as unknown as {
        __deskInvoke: (method: string, payload: unknown) => Promise<unknown>;
        /** Stands in for the application menu: the test calls it as a menu item would. */
        __menu: (command: string) => void;
      };
      const listeners = new Set<(command: string) => void>();
      scope.__menu = (command) => listeners.forEach((listener) => listener(command));
      const api = Object.fromEntries(
        methods.map((method) => [method, (payload: unknown) => scope.__deskInvoke(method, payload)]),
      );
      // As the preload does: main's first answer is asked for as the page starts, for its first getState().
      let early: Promise<unknown> | null = scope.__deskInvoke('getState', undefined);
      early.catch(() => undefined);
      Object.defineProperty(window, 'desk', {
        value: Object.freeze({
          ...api,
          getState: () => {
            const answer = early ?? scope.__deskInvoke('getState', undefined);
            early = null;
            return answer;
          },
          onMenuCommand: (listener: (command: string) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        }),
      });
    },
    [...deskMethods],
  );
}

import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deskMethods } from '../../electron/contract/desk-methods';
import { fail } from '../../electron/contract/result';
import { createDesk } from '../../electron/desk';
import type { HistoryStore } from '../../electron/history/history-store';
import { MemorySettingsStore } from '../../electron/profiles/settings-store';
import { nodeTransport } from '../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../electron/simulator/server';
import { fakeCipher } from '../support/fake-cipher';
import { serveFolder } from '../support/static-server';

const renderer = resolve(import.meta.dirname, '../../dist/renderer');

export interface Desk {
  simulator: RunningSimulator;
  store: MemorySettingsStore;
  history: HistoryStore;
  historyFolder: string;
  /** Files the export wrote, in order. */
  exports: string[];
  /** Every answer the main-process side gave the page, in order. */
  responses: unknown[];
  close(): Promise<void>;
}

/**
 * Opens the built renderer in Chromium with `window.desk` bound to the real
 * main-process handlers, which talk to the real simulator over loopback.
 * Only Electron's IPC transport is left out.
 */
export async function openDesk(page: Page, options: { encryption?: boolean } = {}): Promise<Desk> {
  const simulator = await startSimulator({ slowAnswerMs: 1_000, ringMs: 1_500 });
  const folder = mkdtempSync(join(tmpdir(), 'callback-desk-e2e-'));
  const store = new MemorySettingsStore();
  const exports: string[] = [];
  const desk = createDesk({
    settingsStore: store,
    cipher: fakeCipher(options.encryption ?? true),
    historyFolder: join(folder, 'history'),
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    timeoutMs: 3_000,
    callLogIntervalMs: { live: 500, simulator: 300 },
    // Stands in for the save dialog: the file is really written, into the test's folder.
    saveExport: async (name, content) => {
      const path = join(folder, name);
      await writeFile(path, content, 'utf8');
      exports.push(path);
      return path;
    },
  });
  const { dispatch } = desk;
  const site = await serveFolder(renderer);
  const responses: unknown[] = [];

  await page.exposeBinding('__deskInvoke', async (source, method: string, payload: unknown) => {
    // The same rule as the app: only the top frame showing the app's own page may ask.
    if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(site.url)) {
      return fail({ code: 'untrusted-sender', message: 'untrusted' });
    }
    const result = await dispatch(method, payload);
    responses.push(result);
    return result;
  });
  await page.addInitScript(
    (methods: string[]) => {
      const invoke = (
        window as unknown as { __deskInvoke: (method: string, payload: unknown) => Promise<unknown> }
      ).__deskInvoke;
      Object.defineProperty(window, 'desk', {
        value: Object.freeze(
          Object.fromEntries(
            methods.map((method) => [method, (payload: unknown) => invoke(method, payload)]),
          ),
        ),
      });
    },
    [...deskMethods],
  );
  await page.goto(site.url);
  return {
    simulator,
    store,
    history: desk.history,
    historyFolder: join(folder, 'history'),
    exports,
    responses,
    close: async () => {
      await site.close();
      await simulator.close();
      await desk.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

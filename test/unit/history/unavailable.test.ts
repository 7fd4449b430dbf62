import { inEnglish } from '../../support/english';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../electron/contract/callback-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let folder: string;
let simulator: RunningSimulator;
let desk: TestDesk | null = null;
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'history-unavailable-'));
  simulator = await startSimulator();
});
afterEach(async () => {
  await desk?.dispose();
  desk = null;
  await simulator.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a history file that cannot be opened', () => {
  it('lets the app start, says why on the History screen and in a send, and sends nothing', async () => {
    const history = join(folder, 'history');
    // A folder where the log should be: opening it fails with EISDIR.
    mkdirSync(join(history, 'history.jsonl'), { recursive: true });
    const sent: HttpRequest[] = [];
    desk = testDesk({
      transport: (request, options) => {
        sent.push(request);
        return nodeTransport(request, options);
      },
      simulatorUrl: () => simulator.url,
      historyFolder: history,
    });
    const reason = `${join(history, 'history.jsonl')} is a folder, not a file: rename or move it, then start Callback Desk again.`;

    const page = inEnglish(await desk.dispatch('listHistory', { filter: {}, offset: 0, limit: 100 }));
    expect(page).toMatchObject({ ok: true, value: { total: 0, items: [], unavailable: reason } });

    const send = inEnglish(
      await desk.dispatch('sendCallback', {
        form: { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' },
      }),
    );
    expect(send).toMatchObject({
      ok: false,
      error: {
        code: 'history-unavailable',
        message: `Nothing was sent: an attempt is written to the history before it leaves, and the history cannot be written. ${reason}`,
      },
    });
    expect(sent).toHaveLength(0);
  });

  for (const [name, make] of [
    ['a named pipe', (path: string) => void execFileSync('mkfifo', [path])],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ] as const) {
    it(`(${name} in its place) is not written to: the history says why, and nothing is sent`, async () => {
      const history = join(folder, 'history');
      mkdirSync(history);
      const path = join(history, 'history.jsonl');
      make(path);
      desk = testDesk({
        transport: nodeTransport,
        simulatorUrl: () => simulator.url,
        historyFolder: history,
      });
      const reason = `${path} is not a regular file (a named pipe or a device): move it away, then start Callback Desk again.`;
      const page = inEnglish(await desk.dispatch('listHistory', { filter: {}, offset: 0, limit: 100 }));
      expect(page).toMatchObject({ ok: true, value: { total: 0, unavailable: reason } });
      const send = inEnglish(
        await desk.dispatch('sendCallback', {
          form: { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' },
        }),
      );
      expect(send).toMatchObject({ ok: false, error: { code: 'history-unavailable' } });
      expect(simulator.requestCount('/a/v2')).toBe(0);
    });
  }
});

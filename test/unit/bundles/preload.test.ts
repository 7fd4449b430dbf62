// The built preload (dist/preload/preload.cjs) run on a recording stand-in for Electron's
// contextBridge and ipcRenderer: what the page is given, and what it sends to main.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { channelOf, deskMethods } from '../../../electron/contract/desk-methods';
import type { DeskBridge } from '../../../electron/contract/desk-types';
import { builtFile } from '../../support/booted-main';

let invoked: { channel: string; request: unknown }[];
let bridge: DeskBridge;

/** Runs the built preload as Electron would, with `electron` standing in; returns what it exposed. */
function runPreload(): DeskBridge {
  const exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => (exposed[name] = value) },
    ipcRenderer: {
      invoke: (channel: string, request: unknown) => {
        invoked.push({ channel, request });
        return Promise.resolve({ ok: true, value: `answer ${invoked.length}` });
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const code = readFileSync(builtFile('dist/preload/preload.cjs'), 'utf8');
  const module = { exports: {} };
  const load = (id: string) => {
    if (id !== 'electron') throw new Error(`The preload asked for ${id}.`);
    return electron;
  };
  new Function('require', 'module', 'exports', code)(load, module, module.exports);
  return exposed.desk as DeskBridge;
}

beforeEach(() => {
  invoked = [];
  bridge = runPreload();
});

describe('the preload', () => {
  it("asks main for its first state as the page starts loading, and gives that answer to the page's first getState()", async () => {
    expect(invoked).toEqual([{ channel: channelOf('getState'), request: undefined }]);
    await expect(bridge.getState()).resolves.toEqual({ ok: true, value: 'answer 1' });
    expect(invoked).toHaveLength(1);
    // Every later call asks main again: the early answer is used once.
    await expect(bridge.getState()).resolves.toEqual({ ok: true, value: 'answer 2' });
    expect(invoked).toHaveLength(2);
  });

  it('gives the page each contract method as a call on its own channel, and nothing else', async () => {
    for (const method of deskMethods.filter((name) => name !== 'getState')) {
      const request = { asked: method };
      await (bridge[method] as (request: unknown) => Promise<unknown>)(request);
      expect(invoked.at(-1)).toEqual({ channel: channelOf(method), request });
    }
    expect(Object.keys(bridge).sort()).toEqual([...deskMethods, 'onMenuCommand'].sort());
  });
});

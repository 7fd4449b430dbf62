// The built main process (dist/main/main.cjs), booted in a child process on a recording Electron stand-in:
// what `npm start` would run, minus Electron's binary, which cannot be had here.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf, deskMethods, type DeskMethod } from '../../../electron/contract/desk-methods';
import type { DeskResult } from '../../../electron/contract/desk-types';
import type { DeskRequests } from '../../../electron/contract/schemas';
import type { SimulatedCall } from '../../../electron/simulator/call-log';
import { bootMain, buildBootChild, builtFile, root, type BootedMain } from '../../support/booted-main';
import type { SenderKind } from '../../support/electron-boot-protocol';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';

let work: string;
let userData: string;
let documents: string;
let booted: BootedMain;
let liveServer: LoopbackServer;

beforeAll(async () => {
  const mainFile = builtFile('dist/main/main.cjs');
  builtFile('dist/preload/preload.cjs');
  builtFile('dist/renderer/index.html');
  work = mkdtempSync(join(tmpdir(), 'callback-desk-boot-'));
  userData = join(work, 'data');
  documents = join(work, 'documents');
  mkdirSync(documents);
  const childFile = await buildBootChild(join(work, 'child'));
  // A live project on loopback that turns every key away, so nothing placed there can ring anyone.
  liveServer = await startLoopbackServer({
    kind: 'answer',
    status: 401,
    body: '{"message":"Auth-key is incorrect"}',
  });
  const settings = {
    appPath: root,
    documents,
    systemLanguages: ['en-US'],
    exitReport: join(work, 'exit.json'),
    quitWithinMs: 10_000,
  };
  booted = await bootMain(mainFile, childFile, settings, userData);
}, 60_000);

afterAll(async () => {
  booted?.kill();
  await liveServer?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function call<M extends DeskMethod>(
  method: M,
  payload?: DeskRequests[M],
  sender: SenderKind = 'app',
): Promise<DeskResult<M>> {
  return (await booted.invoke(method, payload, sender)) as DeskResult<M>;
}

function valueOf<M extends DeskMethod>(result: DeskResult<M>) {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function simulatorCalls(simulator: string): Promise<SimulatedCall[]> {
  return (await (await fetch(`${simulator}/sandbox/calls`)).json()) as SimulatedCall[];
}

/** Every file under a folder, as text. */
function filesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const sandboxForm = { method: 'extended', caller: '0671112233', callee: 'sandbox_anna' } as const;
let simulator = '';

describe('the built main process, started as Electron would start it', () => {
  it('opens exactly one window, with every guard on and a preload that exists', async () => {
    const { windows } = await booted.records();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    const preferences = window?.options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
    });
    expect([
      preferences.nodeIntegrationInWorker,
      preferences.nodeIntegrationInSubFrames,
      preferences.allowRunningInsecureContent,
    ]).not.toContain(true);
    expect(preferences.preload).toBe(join(root, 'dist/preload/preload.cjs'));
    expect(existsSync(preferences.preload ?? '')).toBe(true);
  });

  it('shows its page from its own secure scheme, never file://, with every file the page names', async () => {
    const { windows, calls } = await booted.records();
    const [window] = windows;
    // Registered before the app is ready (the stand-in refuses it later, as Electron does).
    const privileged = calls.find((call) => call.name === 'protocol.registerSchemesAsPrivileged');
    expect(privileged?.args[0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
    expect(window?.loadedUrl).toBe('app://desk/index.html');
    const answers = window?.loadedAnswers ?? [];
    expect(answers[0]).toMatchObject({
      url: 'app://desk/index.html',
      status: 200,
      type: expect.stringMatching(/^text\/html/) as unknown,
    });
    const scripts = answers.filter((answer) => answer.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(script).toMatchObject({
        status: 200,
        type: expect.stringMatching(/^text\/javascript/) as unknown,
      });
  });

  it('registers a handler for every method of the contract, and for nothing else', async () => {
    const { handled } = await booted.records();
    expect([...handled].sort()).toEqual(deskMethods.map(channelOf).sort());
  });

  it('stops the settings library answering any page where the data folder is', async () => {
    const { listened, listening } = await booted.records();
    // The settings library listens, and would tell any page where the data folder is; main stops it.
    expect(listened).toContain('electron-store-get-data');
    expect(listening).not.toContain('electron-store-get-data');
  });

  it('sends a callback from its own page to the simulator it started on 127.0.0.1, which accepts it', async () => {
    const sent = valueOf(await call('sendCallback', { form: sandboxForm }));
    expect(sent).toMatchObject({ outcome: 'accepted', httpStatus: 200 });
    const url = new URL(sent.request.url);
    expect(url.hostname).toBe('127.0.0.1');
    simulator = url.origin;
    expect(await simulatorCalls(simulator)).toEqual([
      expect.objectContaining({ caller: '380671112233', dst: 'sandbox_anna' }),
    ]);
  });

  it('refuses a call from anywhere but its own page, and sends nothing for it', async () => {
    const form = { method: 'extended', caller: '0671112244', callee: 'sandbox_anna' } as const;
    for (const sender of ['other-contents', 'sub-frame', 'other-page'] as const) {
      expect(await call('sendCallback', { form }, sender), sender).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(await simulatorCalls(simulator)).toHaveLength(1);
    // The same request from the app's own page goes through: only where it came from was wrong.
    expect(valueOf(await call('sendCallback', { form }))).toMatchObject({ outcome: 'accepted' });
    expect(await simulatorCalls(simulator)).toHaveLength(2);
  });

  it('puts a key set through the handlers on the wire only: in no reply, no output, no file', async () => {
    const secret = () => `key-${randomBytes(12).toString('hex')}`;
    const [liveKey, sessionKey, failingKey] = [secret(), secret(), secret()];
    const created = valueOf(
      await call('createProfile', {
        profile: {
          name: 'Live on loopback',
          projectId: '10001',
          numbers: ['380441112233'],
          country: 'UA',
          target: 'ringostat',
          apiUrl: liveServer.url,
        },
      }),
    );
    const id = created.activeId;
    // First for this session only, then kept encrypted in its place, which stays when a later key cannot be.
    valueOf(await call('setKey', { id, key: sessionKey, storage: 'session' }));
    expect(valueOf(await call('testConnection', { id }))).toMatchObject({ status: 'wrong-key' });
    valueOf(await call('setKey', { id, key: liveKey, storage: 'encrypted' }));
    expect(valueOf(await call('testConnection', { id }))).toMatchObject({ status: 'wrong-key' });
    const liveForm = { method: 'extended', caller: '0671112233', callee: '0501112233' } as const;
    expect(valueOf(await call('previewCallback', { form: liveForm }))).toMatchObject({
      live: true,
      request: { headers: { 'Auth-key': '[redacted]' } },
    });
    // The first live call of the session asks; main's own confirmation then sends it.
    const asked = await call('sendCallback', { form: liveForm });
    if (asked.ok || !asked.error.live)
      throw new Error(`Expected the live question, got ${JSON.stringify(asked)}`);
    expect(liveServer.received.filter((request) => request.method === 'POST')).toHaveLength(0);
    const liveConfirmation = asked.error.live.confirmation;
    const sent = valueOf(await call('sendCallback', { form: liveForm, liveConfirmation }));
    expect(sent).toMatchObject({ outcome: 'rejected', httpStatus: 401 });
    await call('getHistoryEntry', { id: sent.historyId });
    await call('listHistory', { filter: {}, offset: 0, limit: 50 });
    const exported = valueOf(await call('exportHistory', { filter: {}, format: 'json', maskNumbers: false }));
    expect(exported?.path.startsWith(documents)).toBe(true);
    booted.failNextEncryption();
    expect(await call('setKey', { id, key: failingKey, storage: 'encrypted' })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    const state = valueOf(await call('getState'));
    expect(state.profiles.find((profile) => profile.id === id)?.key).toEqual({
      set: true,
      lastFour: liveKey.slice(-4),
      storage: 'encrypted',
    });
    // The keys did reach the project, and main did write to its output: the checks below are not empty.
    expect(liveServer.received.map((request) => request.headers['auth-key'])).toEqual(
      expect.arrayContaining([sessionKey, liveKey]),
    );
    expect(booted.output()).toContain('setKey');
    const { sentToPage } = await booted.records();
    const seen = [
      { where: 'replies', text: JSON.stringify(booted.replies) },
      { where: 'stdout and stderr', text: booted.output() },
      { where: 'messages to the page', text: JSON.stringify(sentToPage) },
      ...filesUnder(userData).map((file) => ({ where: file.path, text: file.text })),
      ...filesUnder(documents).map((file) => ({ where: file.path, text: file.text })),
    ];
    // Base64 too: a key stored merely encoded would be as good as plain.
    for (const key of [liveKey, sessionKey, failingKey].flatMap((key) => [key, btoa(key)])) {
      expect(seen.filter(({ text }) => text.includes(key)).map(({ where }) => where)).toEqual([]);
    }
  });

  it('shows in its folder only a file its own export wrote, through the shell', async () => {
    const exported = valueOf(await call('exportTemplates'));
    const path = exported?.path ?? '';
    expect(path.startsWith(documents)).toBe(true);
    expect(valueOf(await call('showInFolder', { path }))).toBeNull();
    for (const other of [join(userData, 'settings.json'), join(documents, 'other.json'), `${path}/..`])
      expect(await call('showInFolder', { path: other })).toMatchObject({
        ok: false,
        error: { code: 'not-exported' },
      });
    const { calls } = await booted.records();
    const shown = calls.filter((recorded) => recorded.name === 'shell.showItemInFolder');
    expect(shown.map((recorded) => recorded.args)).toEqual([[path]]);
  });

  it('quits when its window is closed, stopping the simulator and closing the history', async () => {
    const ended = await booted.closeWindow(20_000);
    // Quit through will-quit, then ended by itself: nothing main started (the simulator, call-log checks) kept it running.
    expect(ended.report?.stillRunning ?? [], 'still running 10 s after quitting').toEqual([]);
    expect(ended).toMatchObject({ quit: true, code: 0, signal: null });
    // Linux lists a process's open files: none may be left in the data folder (the history log above all).
    if (process.platform === 'linux') expect(ended.report?.openDataFiles).toEqual([]);
    await expect(fetch(`${simulator}/sandbox/calls`)).rejects.toThrow();
  }, 30_000);
});

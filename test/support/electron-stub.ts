// A recording stand-in for the `electron` module, for booting the built main process in plain Node.
// Each part is typed against Electron's own declarations where that is practical, so it cannot drift;
// only the types are referenced: nothing here loads electron.
/// <reference types="electron" />
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Records, SenderKind, StubSettings } from './electron-boot-protocol';
import { electronEvent, plain, strictModule, type StubFrame } from './electron-stub-parts';
import { createStubServices } from './electron-stub-services';

export interface StubHooks {
  /** The window's page has loaded (after `ready-to-show`). */
  onLoaded: () => void;
  /** The quit sequence has run to its end: `will-quit` and `quit` were emitted. */
  onQuit: () => void;
}

type Handler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Builds the stand-in: `electron` is what `require('electron')` returns; the rest drives it from the test. */
export function createElectronStub(settings: StubSettings, hooks: StubHooks) {
  const records: Records = {
    calls: [],
    windows: [],
    handled: [],
    listened: [],
    listening: [],
    sentToPage: [],
  };
  const record = (name: string, ...args: unknown[]): void => {
    records.calls.push({ name, args: plain(args) as unknown[] });
  };
  const project = JSON.parse(readFileSync(join(settings.appPath, 'package.json'), 'utf8')) as {
    name: string;
    productName?: string;
    version: string;
  };
  let nextContentsId = 1;

  class StubWebContents
    extends EventEmitter
    implements Pick<Electron.WebContents, 'id' | 'setWindowOpenHandler' | 'send'>
  {
    readonly id = nextContentsId++;
    readonly mainFrame: StubFrame = { url: 'about:blank', parent: null };
    setWindowOpenHandler(
      handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse,
    ): void {
      record('webContents.setWindowOpenHandler', handler);
    }
    send(channel: string, ...args: unknown[]): void {
      records.sentToPage.push({ name: channel, args: plain(args) as unknown[] });
    }
  }

  const windows: StubBrowserWindow[] = [];

  class StubBrowserWindow
    extends EventEmitter
    implements
      Pick<
        Electron.BrowserWindow,
        | 'loadURL'
        | 'show'
        | 'maximize'
        | 'isMaximized'
        | 'isMinimized'
        | 'restore'
        | 'focus'
        | 'getNormalBounds'
        | 'close'
        | 'isDestroyed'
      >
  {
    static getAllWindows(): StubBrowserWindow[] {
      return windows.filter((window) => !window.isDestroyed());
    }
    readonly webContents = new StubWebContents();
    private readonly recorded: Records['windows'][number];
    private destroyed = false;
    private maximized = false;
    constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      this.recorded = {
        options: plain(options) as Electron.BrowserWindowConstructorOptions,
        loadedUrl: null,
        loadedAnswers: [],
      };
      records.windows.push(this.recorded);
      windows.push(this);
      app.emit('web-contents-created', electronEvent({}), this.webContents);
    }
    /**
     * Loads as Electron does: later, through the handler main gave the URL's
     * scheme, failing when there is none or it does not answer 200. The page's
     * own files (each `./` script and style it names) are asked for the same way.
     */
    loadURL(url: string): Promise<void> {
      this.recorded.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      const fetchThrough = async (address: string): Promise<Response> => {
        const scheme = new URL(address).protocol.slice(0, -1);
        const handler = protocol.handlers.get(scheme);
        if (!handler) throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${address}'`);
        const answer = await handler(new Request(address) as unknown as GlobalRequest);
        this.recorded.loadedAnswers.push({
          url: address,
          status: answer.status,
          type: answer.headers.get('content-type'),
        });
        if (answer.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${address}'`);
        return answer;
      };
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          void (async () => {
            const page = await (await fetchThrough(url)).text();
            for (const [, path] of page.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)) {
              await fetchThrough(new URL(path ?? '', url).href);
            }
          })().then(() => {
            this.webContents.emit('did-finish-load');
            this.emit('ready-to-show');
            hooks.onLoaded();
            resolve();
          }, reject);
        }),
      );
    }
    show(): void {
      record('window.show');
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    getNormalBounds(): Electron.Rectangle {
      return { x: 40, y: 30, width: 1100, height: 760 };
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    /** As Electron does: `close` may be prevented; then the window goes, and the app hears if it was the last. */
    close(): void {
      const closing = electronEvent({});
      this.emit('close', closing);
      if (closing.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
      this.webContents.emit('destroyed');
      if (StubBrowserWindow.getAllWindows().length > 0 || app.quitting) return;
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
      else app.quit();
    }
    toJSON(): { window: number } {
      return { window: this.webContents.id };
    }
  }

  class StubCommandLine implements Electron.CommandLine {
    private readonly switches = new Map<string, string>();
    appendArgument(value: string): void {
      record('app.commandLine.appendArgument', value);
    }
    appendSwitch(name: string, value = ''): void {
      record('app.commandLine.appendSwitch', name, value);
      this.switches.set(name, value);
    }
    getSwitchValue(name: string): string {
      return this.switches.get(name) ?? '';
    }
    hasSwitch(name: string): boolean {
      return this.switches.has(name);
    }
    removeSwitch(name: string): void {
      this.switches.delete(name);
    }
  }

  type PathName = Parameters<Electron.App['getPath']>[0];

  class StubApp
    extends EventEmitter
    implements
      Pick<
        Electron.App,
        | 'commandLine'
        | 'isPackaged'
        | 'setPath'
        | 'getPath'
        | 'getName'
        | 'getVersion'
        | 'getAppPath'
        | 'getPreferredSystemLanguages'
        | 'requestSingleInstanceLock'
        | 'whenReady'
        | 'isReady'
        | 'quit'
      >
  {
    readonly commandLine = new StubCommandLine();
    readonly isPackaged = false;
    quitting = false;
    private readonly paths = new Map<PathName, string>([['documents', settings.documents]]);
    private readyNow = false;
    private readonly ready = new Promise<void>((resolve) =>
      setImmediate(() => {
        this.readyNow = true;
        this.emit('ready', electronEvent({}), {});
        resolve();
      }),
    );
    setPath(name: PathName, path: string): void {
      record('app.setPath', name, path);
      this.paths.set(name, path);
    }
    /** Only the paths the test chose: the real defaults are the person's own folders. */
    getPath(name: PathName): string {
      const path = this.paths.get(name);
      if (path === undefined) throw new Error(`The Electron stand-in has no "${name}" path: set it first.`);
      return path;
    }
    getName(): string {
      return project.productName ?? project.name;
    }
    getVersion(): string {
      return project.version;
    }
    getAppPath(): string {
      return settings.appPath;
    }
    getPreferredSystemLanguages(): string[] {
      return settings.systemLanguages;
    }
    requestSingleInstanceLock(): boolean {
      return true;
    }
    whenReady(): Promise<void> {
      return this.ready;
    }
    isReady(): boolean {
      return this.readyNow;
    }
    /** As Electron does, later: `before-quit`, every window closed, `will-quit`, `quit`; each may be prevented. */
    quit(): void {
      record('app.quit');
      setImmediate(() => {
        if (this.quitting) return;
        const beforeQuit = electronEvent({});
        this.emit('before-quit', beforeQuit);
        if (beforeQuit.defaultPrevented) return;
        this.quitting = true;
        for (const window of StubBrowserWindow.getAllWindows()) window.close();
        const willQuit = electronEvent({});
        if (StubBrowserWindow.getAllWindows().length === 0) this.emit('will-quit', willQuit);
        if (StubBrowserWindow.getAllWindows().length > 0 || willQuit.defaultPrevented) {
          this.quitting = false;
          return;
        }
        this.emit('quit', electronEvent({}), 0);
        hooks.onQuit();
      });
    }
  }
  const app = new StubApp();

  class StubIpcMain extends EventEmitter implements Pick<Electron.IpcMain, 'handle' | 'removeHandler'> {
    readonly handlers = new Map<string, Handler>();
    constructor() {
      super();
      this.on('newListener', (channel: string) => records.listened.push(channel));
    }
    handle(channel: string, listener: Handler): void {
      if (this.handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      records.handled.push(channel);
      this.handlers.set(channel, listener);
    }
    removeHandler(channel: string): void {
      this.handlers.delete(channel);
    }
  }
  const ipcMain = new StubIpcMain();

  type SchemeHandler = (request: GlobalRequest) => GlobalResponse | Promise<GlobalResponse>;
  /** Schemes main serves itself; privileges count only when given before the app is ready, as in Electron. */
  class StubProtocol implements Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
    readonly handlers = new Map<string, SchemeHandler>();
    registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
      if (app.isReady())
        throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
      record('protocol.registerSchemesAsPrivileged', schemes);
    }
    handle(scheme: string, handler: SchemeHandler): void {
      if (!app.isReady()) throw new Error('protocol.handle can only be used after the app is ready');
      if (this.handlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
      record('protocol.handle', scheme);
      this.handlers.set(scheme, handler);
    }
  }
  const protocol = new StubProtocol();

  const { keyring, ...services } = createStubServices(settings, record);
  const electron = strictModule({ app, BrowserWindow: StubBrowserWindow, ipcMain, protocol, ...services });

  /** The event Electron would hand a handler for a call from `sender`. */
  const eventFrom = (sender: SenderKind): Electron.IpcMainInvokeEvent => {
    const [window] = windows;
    if (!window) throw new Error('No window was opened, so nothing can call main.');
    const own = window.webContents;
    const elsewhere = { url: 'https://example.com/', parent: null };
    const other = new StubWebContents();
    other.mainFrame.url = own.mainFrame.url;
    const parts = {
      app: { sender: own, senderFrame: own.mainFrame },
      'other-contents': { sender: other, senderFrame: other.mainFrame },
      'sub-frame': { sender: own, senderFrame: { url: own.mainFrame.url, parent: own.mainFrame } },
      'other-page': { sender: { id: own.id, mainFrame: elsewhere }, senderFrame: elsewhere },
    }[sender];
    // The handlers read only these parts of the event; the rest of Electron's is not worth faking.
    return { ...parts, processId: 1, frameId: 1, type: 'frame' } as unknown as Electron.IpcMainInvokeEvent;
  };

  return {
    electron,
    get records(): Records {
      return { ...records, listening: ipcMain.eventNames().map(String) };
    },
    /** Calls a registered handler as Electron would for an `ipcRenderer.invoke` from `sender`. */
    invoke: async (channel: string, payload: unknown, sender: SenderKind): Promise<unknown> => {
      const handler = ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(eventFrom(sender), payload);
    },
    failNextEncryption: keyring.failNext,
    closeWindow: () => windows.find((window) => !window.isDestroyed())?.close(),
  };
}

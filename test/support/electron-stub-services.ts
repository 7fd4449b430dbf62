/// <reference types="electron" />
import { basename, join } from 'node:path';
import type { StubSettings } from './electron-boot-protocol';

/**
 * The stand-in's services that answer at once: the keyring, dialogs, shell,
 * theme, screens, session and menu. Each records what main asked of it.
 */
export function createStubServices(
  settings: StubSettings,
  record: (name: string, ...args: unknown[]) => void,
) {
  let failNextEncryption = false;
  // A keyring that works, storing something other than the key; the test can make it fail once.
  const seal = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0x5a));
  const safeStorage = {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret' as const,
    encryptString: (plainText: string) => {
      if (failNextEncryption) {
        failNextEncryption = false;
        throw new Error(`The keyring refused to encrypt "${plainText}"`);
      }
      return seal(Buffer.from(plainText, 'utf8'));
    },
    decryptString: (encrypted: Buffer) => seal(encrypted).toString('utf8'),
  } satisfies Pick<
    Electron.SafeStorage,
    'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
  >;

  /** The person accepts each dialog: the suggested name in the documents folder, no file to open, OK. */
  const dialog = {
    showSaveDialog: async (parent: unknown, options?: Electron.SaveDialogOptions) => {
      const chosen = options ?? (parent as Electron.SaveDialogOptions);
      record('dialog.showSaveDialog', chosen);
      return { canceled: false, filePath: join(settings.documents, basename(chosen.defaultPath ?? 'file')) };
    },
    showOpenDialog: async (parent: unknown, options?: Electron.OpenDialogOptions) => {
      record('dialog.showOpenDialog', options ?? parent);
      return { canceled: true, filePaths: [] };
    },
    showMessageBox: async (parent: unknown, options?: Electron.MessageBoxOptions) => {
      record('dialog.showMessageBox', options ?? parent);
      return { response: 0, checkboxChecked: false };
    },
  } satisfies Pick<Electron.Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;

  const shell = {
    openExternal: async (url: string) => record('shell.openExternal', url),
    openPath: async (path: string) => {
      record('shell.openPath', path);
      return '';
    },
    showItemInFolder: (path: string) => record('shell.showItemInFolder', path),
  } satisfies Pick<Electron.Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;

  const nativeTheme = new (class implements Pick<
    Electron.NativeTheme,
    'themeSource' | 'shouldUseDarkColors'
  > {
    readonly shouldUseDarkColors = false;
    private source: Electron.NativeTheme['themeSource'] = 'system';
    get themeSource() {
      return this.source;
    }
    set themeSource(theme: Electron.NativeTheme['themeSource']) {
      record('nativeTheme.themeSource', theme);
      this.source = theme;
    }
  })();

  const display: Electron.Display = {
    accelerometerSupport: 'unknown',
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    id: 1,
    internal: false,
    label: 'Test display',
    maximumCursorSize: { width: 64, height: 64 },
    monochrome: false,
    nativeOrigin: { x: 0, y: 0 },
    rotation: 0,
    scaleFactor: 1,
    size: { width: 1920, height: 1080 },
    touchSupport: 'unknown',
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    workAreaSize: { width: 1920, height: 1040 },
  };
  const screen = { getAllDisplays: () => [display] } satisfies Pick<Electron.Screen, 'getAllDisplays'>;

  const defaultSession = {
    setPermissionRequestHandler: (handler: unknown) => record('session.setPermissionRequestHandler', handler),
    setPermissionCheckHandler: (handler: unknown) => record('session.setPermissionCheckHandler', handler),
  } satisfies Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

  // Left untyped: a menu is Electron's own class, and main only hands it back to Electron.
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ items: template }),
    setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu),
  };

  return {
    safeStorage,
    dialog,
    shell,
    nativeTheme,
    screen,
    session: { defaultSession },
    Menu,
    /** Makes the keyring's next encryption fail, with an error that repeats what it was given. */
    keyring: { failNext: () => void (failNextEncryption = true) },
  };
}

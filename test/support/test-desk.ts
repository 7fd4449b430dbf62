import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, type Desk, type DeskParts } from '../../electron/desk';
import { MemorySettingsStore } from '../../electron/profiles/settings-store';
import { fakeCipher } from './fake-cipher';

export interface TestDesk extends Desk {
  folder: string;
  store: MemorySettingsStore;
  /** Files the exports wrote, in order: the save dialog stand-in writes into the test's folder. */
  exports: string[];
  /**
   * What the open dialog stand-in is given next: the text of a file it writes
   * in the test's folder and chooses, a file to choose as it is, or null (the
   * person cancels).
   */
  imports: (string | { path: string } | null)[];
  /** Files main asked the system to show in their folder, in order. */
  revealed: string[];
  /** Closes the services and removes the folder. */
  dispose(): Promise<void>;
}

/**
 * The main process's services as the app assembles them, with real files in a
 * fresh folder; only the keyring and the file dialogs are stood in for.
 */
export function testDesk(
  parts: Partial<DeskParts> & Pick<DeskParts, 'transport' | 'simulatorUrl'>,
  encryption = true,
  /** Writes files into the history folder before the desk opens it (a log an earlier run left). */
  prepareHistory?: (historyFolder: string) => void,
): TestDesk {
  const folder = mkdtempSync(join(tmpdir(), 'callback-desk-test-'));
  if (prepareHistory) {
    mkdirSync(join(folder, 'history'));
    prepareHistory(join(folder, 'history'));
  }
  const store = new MemorySettingsStore();
  const exports: string[] = [];
  const imports: TestDesk['imports'] = [];
  let imported = 0;
  const revealed: string[] = [];
  const desk = createDesk({
    settingsStore: store,
    cipher: fakeCipher(encryption),
    historyFolder: join(folder, 'history'),
    templatesFile: join(folder, 'templates.json'),
    runsFolder: join(folder, 'runs'),
    saveExport: async (name, content) => {
      const path = join(folder, name);
      await writeFile(path, content, 'utf8');
      exports.push(path);
      return path;
    },
    chooseImportFile: async () => {
      const next = imports.shift() ?? null;
      if (next === null || typeof next === 'object') return next?.path ?? null;
      const path = join(folder, `import-${(imported += 1)}.json`);
      await writeFile(path, next, 'utf8');
      return path;
    },
    showInFolder: (path) => void revealed.push(path),
    ...parts,
  });
  return {
    ...desk,
    folder,
    store,
    exports,
    imports,
    revealed,
    dispose: async () => {
      await desk.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

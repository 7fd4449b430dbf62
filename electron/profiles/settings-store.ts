import type { Text } from '../contract/i18n/text';

/** Where profiles and encrypted keys are kept. The app uses electron-store; tests use memory. */
export interface SettingsStore {
  /** The saved data (undefined on first start), and a notice if the file had to be set aside to load. */
  load(): { data: unknown; notice: Text | null };
  save(data: unknown): void;
  /** Keeps the current data aside, unchanged, so nothing is lost; says where. */
  setAside(): string;
}

/** A store in memory, for tests and for a session that must not write. */
export class MemorySettingsStore implements SettingsStore {
  readonly setAsideCopies: unknown[] = [];
  saves = 0;

  constructor(private data: unknown = undefined) {}

  load(): { data: unknown; notice: Text | null } {
    return { data: structuredClone(this.data), notice: null };
  }

  save(data: unknown): void {
    this.data = structuredClone(data);
    this.saves += 1;
  }

  setAside(): string {
    this.setAsideCopies.push(structuredClone(this.data));
    return 'memory';
  }

  /** What a file on disk would now hold. */
  peek(): unknown {
    return structuredClone(this.data);
  }
}

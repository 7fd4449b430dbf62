import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchRowState, BatchSnapshot } from '../contract/batch-types';
import { readBoundedText } from '../files/bounded-read';
import type { RunSummary, StoredRun } from './run-compare';
import { storedRunSchema } from './stored-run-schema';

/** The largest run file read: 5,000 rows of long values and endings fit in a few megabytes. */
const maxRunFileBytes = 16 * 1024 * 1024;

/** How many runs of one template are kept: the oldest go first. */
export const runsKeptPerTemplate = 20;

/** Who a run was for, and what its values are. */
export interface RunMeta {
  templateId: string;
  templateName: string;
  profileName: string;
  valuesAreSchemes: boolean;
}

/** A run as it is kept: each row's outcome, call-log ending and verdict. */
export function storedRunOf(
  snapshot: BatchSnapshot,
  meta: RunMeta,
  callEnding: (row: BatchRowState) => string | null,
): StoredRun {
  const items = snapshot.rows.map((row) => ({
    row: row.index,
    value: row.value,
    expect: row.expect,
    outcome: row.result?.outcome ?? (row.error ? ('invalid' as const) : null),
    callEnding: row.call?.ending ?? callEnding(row),
    verdict: row.check.verdict,
  }));
  return {
    id: snapshot.id,
    ...meta,
    startedAt: snapshot.startedAt,
    endedAt: snapshot.endedAt,
    status: snapshot.status,
    rows: items.length,
    passed: items.filter((item) => item.verdict === 'passed').length,
    failed: items.filter((item) => item.verdict === 'failed').length,
    items,
  };
}

/**
 * Runs kept in the data folder, one JSON file each, in a folder per
 * template (named by a digest of its id, which an imported file chose), so
 * a run can be compared with the earlier runs of its template. A file that
 * cannot be read is set aside and left out; nothing here can place a call.
 */
export class RunStore {
  constructor(private readonly folder: string) {}

  save(run: StoredRun): void {
    const folder = this.folderOf(run.templateId);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, fileNameOf(run));
    // Written aside, then moved into place: a crash never leaves half a run.
    writeFileSync(`${file}.tmp`, JSON.stringify(run), 'utf8');
    renameSync(`${file}.tmp`, file);
    for (const old of this.files(run.templateId).slice(runsKeptPerTemplate)) {
      try {
        rmSync(join(folder, old), { force: true });
      } catch {
        // Not a file (a folder of that name): left for the next list to set aside; the run is saved.
      }
    }
  }

  /** The template's runs, newest first. */
  list(templateId: string): RunSummary[] {
    return this.files(templateId).flatMap((name) => {
      const run = this.read(join(this.folderOf(templateId), name));
      if (!run || run.templateId !== templateId) return [];
      const { valuesAreSchemes: _schemes, items: _items, ...summary } = run;
      return [summary];
    });
  }

  get(templateId: string, id: string): StoredRun | null {
    const name = this.files(templateId).find((file) => file.endsWith(`-${id}.json`));
    const run = name ? this.read(join(this.folderOf(templateId), name)) : null;
    return run && run.id === id && run.templateId === templateId ? run : null;
  }

  /** Newest first: a file's name starts with its start time. */
  private files(templateId: string): string[] {
    try {
      return readdirSync(this.folderOf(templateId))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .reverse();
    } catch {
      return [];
    }
  }

  /**
   * A run file that is not one (cut short, hand-edited, too large, or no
   * file at all: a folder, a named pipe, a device) is moved aside as
   * `<name>.unreadable`, kept for whoever wants to look, and left out; one
   * that cannot even be opened is left out and left alone.
   */
  private read(file: string): StoredRun | null {
    const text = readBoundedText(file, maxRunFileBytes);
    if (!text.ok)
      return text.error.kind === 'missing' || text.error.kind === 'unreadable' ? null : this.setAside(file);
    let value: unknown;
    try {
      value = JSON.parse(text.value);
    } catch {
      return this.setAside(file);
    }
    const run = storedRunSchema.safeParse(value);
    return run.success ? run.data : this.setAside(file);
  }

  private setAside(file: string): null {
    try {
      renameSync(file, `${file}.unreadable`);
    } catch {
      // Left where it is: it is still left out of the list.
    }
    return null;
  }

  private folderOf(templateId: string): string {
    return join(this.folder, createHash('sha256').update(templateId).digest('hex').slice(0, 24));
  }
}

function fileNameOf(run: StoredRun): string {
  return `${run.startedAt.replace(/[:.]/g, '-')}-${run.id}.json`;
}

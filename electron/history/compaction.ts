import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { HistoryIndex, IndexedEntry } from './history-index';
import type { LogFile } from './log-file';

/**
 * Rewrites the log with only the lines of live entries. The copy is made in
 * the background; the last step (records appended meanwhile, flush, rename,
 * new offsets) runs without yielding, so no append can fall between.
 */
export async function compactLog(log: LogFile, index: HistoryIndex): Promise<void> {
  const limit = log.bytes;
  const live = new Set<number>();
  for (const entry of index.all()) for (const span of entry.spans) live.add(span.offset);
  const moved = new Map<number, number>();
  const temporary = `${log.path}.compact`;
  const handle = await open(temporary, 'w');
  let written = 0;
  let pending: Buffer[] = [];
  try {
    await log.scan(
      (text, span) => {
        if (!live.has(span.offset)) return;
        const line = Buffer.from(`${text}\n`, 'utf8');
        moved.set(span.offset, written);
        written += line.length;
        pending.push(line);
      },
      async () => {
        const chunk = Buffer.concat(pending);
        pending = [];
        await handle.write(chunk);
      },
    );
    await handle.write(Buffer.concat(pending));
    await handle.sync();
  } finally {
    await handle.close();
  }

  // From here to the end nothing awaits: appends made during the copy are carried over exactly.
  const appended = log.readRange(limit, log.bytes - limit);
  const fd = openSync(temporary, 'a');
  try {
    for (let done = 0; done < appended.length;) done += writeSync(fd, appended, done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  log.swapIn(temporary);
  const shift = written - limit;
  for (const entry of index.all() as IndexedEntry[]) {
    entry.spans = entry.spans.map((span) =>
      span.offset >= limit
        ? { offset: span.offset + shift, length: span.length }
        : { offset: moved.get(span.offset) ?? span.offset, length: span.length },
    );
  }
}

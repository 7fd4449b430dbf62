import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogReader } from '../../../electron/history/log-reader';
import type { LineSpan } from '../../../electron/history/log-file';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A log of `count` lines, each a few hundred bytes with a non-ASCII word, and where each line is. */
function logOf(count: number, filler: number): { reader: LogReader; texts: string[]; spans: LineSpan[] } {
  const folder = mkdtempSync(join(tmpdir(), 'log-reader-'));
  folders.push(folder);
  const texts = Array.from({ length: count }, (_, n) =>
    JSON.stringify({ n, note: `Дзвінок ${n}`, pad: 'x'.repeat(filler) }),
  );
  const spans: LineSpan[] = [];
  let offset = 0;
  for (const text of texts) {
    const length = Buffer.byteLength(text);
    spans.push({ offset, length });
    offset += length + 1;
  }
  const path = join(folder, 'history.jsonl');
  writeFileSync(path, texts.join('\n') + '\n');
  return { reader: new LogReader(path), texts, spans };
}

describe('reading a page of lines from the log', () => {
  it('gives each asked line in the order asked, whether the lines lie together or far apart', () => {
    // Lines 20 KB apart: neighbours are read together, lines a thousand apart each on their own.
    const { reader, texts, spans } = logOf(3000, 20_000);
    const asked = [2999, 0, 1, 1500, 2, 2998, 700, 1500];
    const lines = reader.lines(asked.map((n) => spans[n] ?? { offset: 0, length: 0 }));
    reader.close();
    expect(lines).toEqual(asked.map((n) => texts[n]));
  });

  it('gives nothing for no lines, and an empty text for a line past the end of the file', () => {
    const { reader, texts, spans } = logOf(3, 10);
    expect(reader.lines([])).toEqual([]);
    expect(reader.lines([spans[1] ?? { offset: 0, length: 0 }, { offset: 10_000_000, length: 40 }])).toEqual([
      texts[1],
      '',
    ]);
    reader.close();
  });
});

import {
  closeSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

const newline = 0x0a;

/** Thrown when the log's path names a named pipe, a device or a socket. */
export class NotAFileError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
  }
}

/** Neither a file nor a folder (opening a folder fails on its own, and says so). */
function isSpecial(stats: { isFile(): boolean; isDirectory(): boolean } | undefined): boolean {
  return stats !== undefined && !stats.isFile() && !stats.isDirectory();
}

/** Where a line sits in the file. */
export interface LineSpan {
  offset: number;
  length: number;
}

/**
 * The append-only log file. Every append is written and flushed to disk
 * before it returns, so an entry that was acknowledged survives a crash.
 */
export class LogFile {
  private fd: number;
  private size: number;
  /** A write failed part way: the file may end in half a line. */
  private torn = false;
  /**
   * The file was renamed into place and the folder not flushed yet: the
   * next append flushes it first, so an acknowledged line is never in a
   * file the folder may still forget.
   */
  private folderUnflushed = false;

  constructor(readonly path: string) {
    // A named pipe or a device in the log's place would take the appends and keep none (a pipe,
    // once full, would hold every send): it is refused, before opening it and once it is open.
    if (isSpecial(statSync(path, { throwIfNoEntry: false }))) throw new NotAFileError(path);
    this.fd = openSync(path, 'a+');
    const stats = fstatSync(this.fd);
    if (isSpecial(stats)) {
      closeSync(this.fd);
      throw new NotAFileError(path);
    }
    this.size = stats.size;
    // A crash can leave half a line at the end: end it, so the next record starts on a line of its own.
    if (this.size > 0 && this.byteAt(this.size - 1) !== newline) this.write(Buffer.from('\n'));
  }

  get bytes(): number {
    return this.size;
  }

  /** Appends one line and flushes it; returns where it was written. */
  append(line: string): LineSpan {
    const [span] = this.appendAll([line]);
    if (!span) throw new Error('nothing was appended');
    return span;
  }

  /** Appends lines in one write and one flush (recovering many cut-off attempts at once); returns where each went. */
  appendAll(lines: readonly string[]): LineSpan[] {
    if (this.torn) {
      this.size = fstatSync(this.fd).size;
      if (this.size > 0 && this.byteAt(this.size - 1) !== newline) this.write(Buffer.from('\n'));
      this.torn = false;
    }
    if (this.folderUnflushed) {
      syncFolder(dirname(this.path));
      this.folderUnflushed = false;
    }
    const spans: LineSpan[] = [];
    let offset = this.size;
    for (const line of lines) {
      const length = Buffer.byteLength(line, 'utf8');
      spans.push({ offset, length });
      offset += length + 1;
    }
    const data = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
    try {
      this.write(data);
    } catch (error) {
      this.torn = true;
      throw error;
    }
    return spans;
  }

  read(span: LineSpan): string {
    const buffer = Buffer.alloc(span.length);
    readSync(this.fd, buffer, 0, span.length, span.offset);
    return buffer.toString('utf8');
  }

  /**
   * Yields complete lines from the end of the file backwards, with their
   * spans, reading only as much of the file as the caller consumes.
   */
  *linesBackward(chunkSize = 256 * 1024): Generator<{ text: string } & LineSpan> {
    let end = this.size;
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - chunkSize);
      const chunk = Buffer.alloc(end - start);
      readSync(this.fd, chunk, 0, chunk.length, start);
      const data = carry.length > 0 ? Buffer.concat([chunk, carry]) : chunk;
      let lineEnd = data.length;
      // lastIndexOf searches natively; a negative position would count from the end, so 0 stops the walk.
      for (let index = data.lastIndexOf(newline, lineEnd - 1); index !== -1;) {
        if (lineEnd > index + 1) {
          yield {
            text: data.toString('utf8', index + 1, lineEnd),
            offset: start + index + 1,
            length: lineEnd - index - 1,
          };
        }
        lineEnd = index;
        index = index === 0 ? -1 : data.lastIndexOf(newline, index - 1);
      }
      carry = data.subarray(0, lineEnd);
      end = start;
    }
    if (carry.length > 0) yield { text: carry.toString('utf8'), offset: 0, length: carry.length };
  }

  /**
   * Reads every line from the start, in order, in large chunks, up to the
   * size the file had when called; `afterChunk` is awaited between chunks.
   */
  async scan(
    onLine: (text: string, span: LineSpan) => void,
    afterChunk?: () => Promise<void>,
  ): Promise<void> {
    const limit = this.size;
    const handle = await open(this.path, 'r');
    try {
      const chunk = Buffer.alloc(1024 * 1024);
      let position = 0;
      let carry = Buffer.alloc(0);
      while (position < limit) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, limit - position), position);
        if (bytesRead === 0) break;
        const data =
          carry.length > 0
            ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
            : chunk.subarray(0, bytesRead);
        const base = position - carry.length;
        let lineStart = 0;
        for (let index = data.indexOf(newline); index !== -1; index = data.indexOf(newline, index + 1)) {
          if (index > lineStart)
            onLine(data.toString('utf8', lineStart, index), {
              offset: base + lineStart,
              length: index - lineStart,
            });
          lineStart = index + 1;
        }
        carry = Buffer.from(data.subarray(lineStart));
        position += bytesRead;
        await afterChunk?.();
      }
      if (carry.length > 0)
        onLine(carry.toString('utf8'), { offset: limit - carry.length, length: carry.length });
    } finally {
      await handle.close();
    }
  }

  /** Replaces the whole file atomically with these lines (compaction's simple case: clearing). */
  replace(lines: string[]): void {
    const temporary = `${this.path}.compact`;
    const fd = openSync(temporary, 'w');
    try {
      writeAll(fd, Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.swapIn(temporary);
  }

  /**
   * Makes a fully written and flushed file the log: renamed over it, so a
   * crash leaves the old or the new file, never half of one.
   */
  swapIn(temporary: string, options: { flushFolder: boolean } = { flushFolder: true }): void {
    closeSync(this.fd);
    renameSync(temporary, this.path);
    if (options.flushFolder) syncFolder(dirname(this.path));
    else this.folderUnflushed = true;
    this.fd = openSync(this.path, 'a+');
    this.size = fstatSync(this.fd).size;
  }

  /** Someone else (the index thread) flushed the folder after a rename: appends need not. */
  folderFlushed(): void {
    this.folderUnflushed = false;
  }

  /** Raw bytes of a range, for copying records appended while a compaction ran. */
  readRange(offset: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    if (length > 0) readSync(this.fd, buffer, 0, length, offset);
    return buffer;
  }

  /** Closes the file; closing twice is harmless. */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  private write(data: Buffer): void {
    writeAll(this.fd, data);
    fdatasyncSync(this.fd);
    this.size += data.length;
  }

  private byteAt(position: number): number | undefined {
    const buffer = Buffer.alloc(1);
    readSync(this.fd, buffer, 0, 1, position);
    return buffer[0];
  }
}

function writeAll(fd: number, data: Buffer): void {
  for (let written = 0; written < data.length;) written += writeSync(fd, data, written);
}

/** Makes a rename durable: the folder's entry is flushed too (not possible on Windows, where rename is already durable). */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

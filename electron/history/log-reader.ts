import { closeSync, openSync, readSync } from 'node:fs';
import type { LineSpan } from './log-file';

const newline = 0x0a;

/** Reads lines of the log by position, for the index's thread; reopened when the file is replaced. */
export class LogReader {
  private fd: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
  }

  reopen(): void {
    closeSync(this.fd);
    this.fd = openSync(this.path, 'r');
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  bytes(offset: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.fd, buffer, done, length - done, offset + done);
      if (read === 0) break;
      done += read;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  }

  line(span: LineSpan): string {
    return this.bytes(span.offset, span.length).toString('utf8');
  }

  /** Several lines at once: one read when they lie close together, as a page's entries do. */
  lines(spans: readonly LineSpan[]): string[] {
    if (spans.length === 0) return [];
    let low = Infinity;
    let high = 0;
    for (const span of spans) {
      low = Math.min(low, span.offset);
      high = Math.max(high, span.offset + span.length);
    }
    if (high - low > 8 * 1024 * 1024) return spans.map((span) => this.line(span));
    const block = this.bytes(low, high - low);
    return spans.map((span) => block.toString('utf8', span.offset - low, span.offset - low + span.length));
  }

  /**
   * Calls `onLine` for every line from `from` up to `limit`, in large
   * chunks; a last line without its newline is passed too.
   */
  scan(from: number, limit: number, onLine: (line: Buffer, offset: number) => void): void {
    if (from >= limit) return;
    const chunk = Buffer.allocUnsafe(Math.min(4 * 1024 * 1024, limit - from));
    let position = from;
    let carry: Buffer = Buffer.alloc(0);
    while (position < limit) {
      const read = readSync(this.fd, chunk, 0, Math.min(chunk.length, limit - position), position);
      if (read === 0) break;
      const data =
        carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      const base = position - carry.length;
      let lineStart = 0;
      for (let index = data.indexOf(newline); index !== -1; index = data.indexOf(newline, index + 1)) {
        if (index > lineStart) onLine(data.subarray(lineStart, index), base + lineStart);
        lineStart = index + 1;
      }
      carry = Buffer.from(data.subarray(lineStart));
      position += read;
    }
    if (carry.length > 0) onLine(carry, limit - carry.length);
  }
}

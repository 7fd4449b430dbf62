import { closeSync, openSync, readSync } from 'node:fs';
import type { LineSpan } from './log-file';

const newline = 0x0a;
/** Lines closer than this are read together: one read of the gap costs less than a second read. */
const clusterGap = 64 * 1024;

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
    // Every byte is overwritten by the read or cut off below, so the buffer need not be zeroed first.
    const buffer = Buffer.allocUnsafe(length);
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

  /**
   * Several lines at once, a page's entries. Lines lying close together (a
   * page of the unfiltered list) come in one read; scattered ones (a page
   * of search results across a year of log) in one read per cluster, so a
   * page never reads the megabytes between its lines.
   */
  lines(spans: readonly LineSpan[]): string[] {
    const order = spans.map((_, at) => at).sort((a, b) => (spans[a]?.offset ?? 0) - (spans[b]?.offset ?? 0));
    const texts = new Array<string>(spans.length).fill('');
    let first = 0;
    while (first < order.length) {
      const low = spans[order[first] ?? 0]?.offset ?? 0;
      let high = low;
      let last = first;
      for (; last < order.length; last += 1) {
        const span = spans[order[last] ?? 0];
        if (!span || (last > first && span.offset - high > clusterGap)) break;
        high = Math.max(high, span.offset + span.length);
      }
      const block = this.bytes(low, high - low);
      for (let at = first; at < last; at += 1) {
        const span = spans[order[at] ?? 0];
        if (span)
          texts[order[at] ?? 0] = block.toString('utf8', span.offset - low, span.offset - low + span.length);
      }
      first = last;
    }
    return texts;
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

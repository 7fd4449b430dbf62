import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { CompactIndex } from './compact-index';
import { type UnreadableLine } from './compact-index';
import { columnNames, EntryColumns, sparseNames, type ColumnName, type SparseName } from './entry-columns';
import type { LogReader } from './log-reader';
import { TermDictionary } from './term-dictionary';

const version = 1;
/** How much of the log's start and of its covered end the sidecar's checksum reads. */
const checkedBytes = 4096;

interface SidecarHeader {
  version: number;
  /** The log's first bytes this index covers: a sidecar is used only while the log still starts with them. */
  logBytes: number;
  checksum: string;
  count: number;
  start: number;
  deleted: number[];
  liveBytes: number;
  unreadable: UnreadableLine[];
  profiles: string[];
  sparse: SparseName[];
  termIds: number;
  terms: number;
  termBytes: number;
}

type Column = EntryColumns['columns'][ColumnName];

/**
 * A checksum of the log's first bytes and of the last bytes the index covers:
 * another log, or this one rewritten since, gives a different one.
 */
export function logChecksum(reader: LogReader, logBytes: number): string {
  const hash = createHash('sha1');
  hash.update(String(logBytes));
  hash.update(reader.bytes(0, Math.min(checkedBytes, logBytes)));
  hash.update(reader.bytes(Math.max(0, logBytes - checkedBytes), Math.min(checkedBytes, logBytes)));
  return hash.digest('hex');
}

/** Writes the index beside the log (write, flush, rename), so the next start need not read the whole log. */
export function saveSidecar(path: string, index: CompactIndex): void {
  const { columns, terms } = index;
  const saved = terms.saved();
  const header: SidecarHeader = {
    version,
    logBytes: index.indexedBytes,
    checksum: logChecksum(index.reader, index.indexedBytes),
    count: columns.count,
    start: index.start,
    deleted: index.deleted,
    liveBytes: index.liveBytes,
    unreadable: index.unreadable,
    profiles: index.profiles,
    sparse: sparseNames.filter((name) => columns.sparse[name] !== undefined),
    termIds: columns.termCount,
    terms: terms.count,
    termBytes: saved.text.length,
  };
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length);
    write(fd, length);
    write(fd, head);
    for (const name of columnNames) write(fd, bytesOf(columns.columns[name], columns.count + 1));
    for (const name of header.sparse) write(fd, bytesOf(columns.sparse[name] as Column, columns.count + 1));
    write(fd, bytesOf(columns.termIds, columns.termCount));
    write(fd, bytesOf(saved.starts, terms.count + 1));
    write(fd, saved.text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * Loads the sidecar into `index` when it matches the log; false (and the
 * sidecar removed) when it is missing, unreadable, stale or another log's.
 */
export function loadSidecar(path: string, index: CompactIndex, logBytes: number): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    const reader = new Reader(fd, size);
    const head = reader.take(reader.take(4).readUInt32LE(0));
    const header = JSON.parse(head.toString('utf8')) as SidecarHeader;
    if (header.version !== version || header.logBytes > logBytes) throw new Error('stale');
    if (logChecksum(index.reader, header.logBytes) !== header.checksum) throw new Error('another log');
    const columns = Object.fromEntries(
      columnNames.map((name) => [name, reader.fill(new (EntryColumns.kind(name))(header.count + 1))]),
    ) as Record<ColumnName, Column>;
    const sparse = Object.fromEntries(
      header.sparse.map((name) => [name, reader.fill(new (EntryColumns.sparseKind(name))(header.count + 1))]),
    ) as Partial<Record<SparseName, Column>>;
    const termIds = reader.fill(new Uint32Array(header.termIds));
    const starts = reader.fill(new Uint32Array(header.terms + 1));
    const text = reader.take(header.termBytes);
    if (reader.position !== size) throw new Error('wrong size');
    index.adopt({
      columns: EntryColumns.restore(header.count, columns, sparse, termIds),
      terms: new TermDictionary({ text, starts, count: header.terms }),
      profiles: header.profiles,
      start: header.start,
      deleted: header.deleted,
      liveBytes: header.liveBytes,
      indexedBytes: header.logBytes,
      unreadable: header.unreadable,
    });
    return true;
  } catch {
    rmSync(path, { force: true });
    return false;
  } finally {
    closeSync(fd);
  }
}

class Reader {
  position = 0;
  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}

  take(length: number): Buffer {
    return this.fill(Buffer.alloc(length));
  }

  fill<T extends Column | Buffer>(target: T): T {
    const bytes = Buffer.from(target.buffer, target.byteOffset, target.byteLength);
    if (this.position + bytes.length > this.size) throw new Error('short');
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(this.fd, bytes, done, bytes.length - done, this.position + done);
      if (read === 0) throw new Error('short');
      done += read;
    }
    this.position += bytes.length;
    return target;
  }
}

function bytesOf(column: Column, length: number): Buffer {
  return Buffer.from(column.buffer, column.byteOffset, length * column.BYTES_PER_ELEMENT);
}

function write(fd: number, data: Buffer): void {
  for (let done = 0; done < data.length;) done += writeSync(fd, data, done);
}

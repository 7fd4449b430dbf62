import { createHash, type Hash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import type { CompactIndex } from './compact-index';
import { columnNames, EntryColumns, sparseNames, type ColumnName, type SparseName } from './entry-columns';
import type { LogReader } from './log-reader';
import { bodyBytes, sidecarHeaderSchema, sidecarProblem, type SidecarHeader } from './sidecar-check';
import { TermDictionary } from './term-dictionary';

/** How much of the log's start and of its covered end the sidecar's checksum reads. */
const checkedBytes = 4096;

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

/**
 * A digest of a sidecar's header (all but the digest itself) and of every
 * byte after it. It is not a secret: it tells an index edited in place, or
 * cut, from one the app wrote.
 */
export function sidecarDigest(unhashed: object, body: readonly Uint8Array[]): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify(unhashed));
  for (const part of body) hash.update(part);
  return hash.digest('hex');
}

/** Writes the index beside the log (write, flush, rename), so the next start need not read the whole log. */
export function saveSidecar(path: string, index: CompactIndex): void {
  const { columns, terms } = index;
  const saved = terms.saved();
  const unhashed: Omit<SidecarHeader, 'contentHash'> = {
    version: 2,
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
  const body = [
    ...columnNames.map((name) => bytesOf(columns.columns[name], columns.count + 1)),
    ...unhashed.sparse.map((name) => bytesOf(columns.sparse[name] as Column, columns.count + 1)),
    bytesOf(columns.termIds, columns.termCount),
    bytesOf(saved.starts, terms.count + 1),
    saved.text,
  ];
  const header: SidecarHeader = { ...unhashed, contentHash: sidecarDigest(unhashed, body) };
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.length);
    write(fd, length);
    write(fd, head);
    for (const part of body) write(fd, part);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * Loads the sidecar into `index` when it is the one the app wrote for this
 * log and holds together; false (and the sidecar removed, so the index is
 * rebuilt from the log and saved anew) when it is missing, unreadable, stale,
 * another log's, edited or inconsistent. Nothing in it is used before it is
 * checked: a count that does not add up would show a wrong history, and
 * compaction would rewrite the log by it.
 */
export function loadSidecar(path: string, index: CompactIndex, logBytes: number): boolean {
  let fd: number;
  try {
    // Without waiting: a named pipe in its place is refused below, not waited on.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('not a file');
    const size = stats.size;
    const reader = new Reader(fd, size);
    const headLength = reader.take(4).readUInt32LE(0);
    if (headLength > size) throw new Error('short');
    const raw: unknown = JSON.parse(reader.take(headLength).toString('utf8'));
    const header = sidecarHeaderSchema.parse(raw);
    if (header.logBytes > logBytes) throw new Error('stale');
    if (reader.position + bodyBytes(header) !== size) throw new Error('wrong size');
    if (logChecksum(index.reader, header.logBytes) !== header.checksum) throw new Error('another log');
    const { contentHash: _digest, ...unhashed } = raw as SidecarHeader;
    const digest = createHash('sha1').update(JSON.stringify(unhashed));
    reader.hash = digest;
    const columns = Object.fromEntries(
      columnNames.map((name) => [name, reader.fill(new (EntryColumns.kind(name))(header.count + 1))]),
    ) as Record<ColumnName, Column>;
    const sparse = Object.fromEntries(
      header.sparse.map((name) => [name, reader.fill(new (EntryColumns.sparseKind(name))(header.count + 1))]),
    ) as Partial<Record<SparseName, Column>>;
    const termIds = reader.fill(new Uint32Array(header.termIds));
    const starts = reader.fill(new Uint32Array(header.terms + 1));
    const text = reader.take(header.termBytes);
    if (digest.digest('hex') !== header.contentHash) throw new Error('edited');
    const problem = sidecarProblem({ header, columns, sparse, termIds, termStarts: starts });
    if (problem) throw new Error(problem);
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
  /** Fed every byte read from here on. */
  hash: Hash | null = null;
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
    this.hash?.update(bytes);
    return target;
  }
}

function bytesOf(column: Column, length: number): Buffer {
  return Buffer.from(column.buffer, column.byteOffset, length * column.BYTES_PER_ELEMENT);
}

function write(fd: number, data: Buffer): void {
  for (let done = 0; done < data.length;) done += writeSync(fd, data, done);
}

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fail, ok, type Result } from '../contract/result';

/** What a path named instead of a regular file. */
export type NotAFile = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** Why a file was not read. */
export type FileRefusal =
  | { kind: 'missing' }
  | { kind: 'not-a-file'; what: NotAFile }
  /** Its size, when known before reading; null when it grew past the limit while being read. */
  | { kind: 'too-large'; bytes: number | null; limit: number }
  | { kind: 'unreadable'; code: string };

/**
 * Opens without waiting: a named pipe opened for reading would otherwise wait
 * for a writer that may never come, deaf to Ctrl+C; and a terminal is never
 * made this process's own. Windows has neither flag.
 */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
/** Read in pieces of this much at most beyond the size the file gave: a file can grow while it is read. */
const piece = 64 * 1024;

/**
 * Reads a whole regular file of at most `limit` bytes. Anything else is
 * refused before a byte is read: a folder, a named pipe (which would block),
 * a device such as /dev/zero (which never ends; its size says 0), a socket.
 * At most `limit + 1` bytes are ever read, so a file that grows while it is
 * read is refused too, never held in memory whole.
 */
export function readBoundedFile(path: string, limit: number): Result<Buffer, FileRefusal> {
  let fd: number;
  try {
    // Looked at before opening, so a device is not even opened; checked again once open, in case it changed.
    const before = notAFile(statSync(path));
    if (before) return fail({ kind: 'not-a-file', what: before });
    fd = openSync(path, openFlags);
  } catch (error) {
    return fail(refusalOf(error));
  }
  try {
    const stats = fstatSync(fd);
    const what = notAFile(stats);
    if (what) return fail({ kind: 'not-a-file', what });
    if (stats.size > limit) return fail({ kind: 'too-large', bytes: stats.size, limit });
    const pieces: Buffer[] = [];
    let total = 0;
    // One more byte than the size it gave, to see whether it ends there.
    let wanted = stats.size + 1;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(wanted, limit + 1 - total));
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      pieces.push(buffer.subarray(0, read));
      total += read;
      if (total > limit) return fail({ kind: 'too-large', bytes: null, limit });
      wanted = piece;
    }
    return ok(pieces.length === 1 && pieces[0] ? pieces[0] : Buffer.concat(pieces, total));
  } catch (error) {
    return fail(refusalOf(error));
  } finally {
    closeSync(fd);
  }
}

/** `readBoundedFile` as UTF-8 text. */
export function readBoundedText(path: string, limit: number): Result<string, FileRefusal> {
  const read = readBoundedFile(path, limit);
  return read.ok ? ok(read.value.toString('utf8')) : read;
}

function notAFile(stats: Stats): NotAFile | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

function refusalOf(error: unknown): FileRefusal {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EISDIR') return { kind: 'not-a-file', what: 'folder' };
  return { kind: 'unreadable', code };
}

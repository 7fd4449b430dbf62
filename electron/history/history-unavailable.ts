import { text, type Text } from '../contract/i18n/text';
import { NotAFileError } from './log-file';

/** Thrown by `begin` when the history cannot be written: the attempt must not be sent. */
export class HistoryUnavailableError extends Error {
  constructor(readonly reason: Text) {
    super(`The history cannot be written (${reason.key}).`);
  }
}

/** Why the log could not be opened, in words the History screen and a send's outcome can show. */
export function unavailableReason(error: unknown, path: string): Text {
  if (error instanceof NotAFileError) return text('history.unavailableNotAFile', { path });
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EISDIR') return text('history.unavailableFolder', { path });
  if (code === 'EACCES' || code === 'EPERM') return text('history.unavailableAccess', { path });
  const message = error instanceof Error ? error.message : String(error);
  return text('history.unavailableOther', { path, reason: message });
}

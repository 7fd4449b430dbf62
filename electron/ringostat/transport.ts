import type { Text } from '../contract/i18n/text';
import type { HttpAnswer, HttpRequest } from '../contract/callback-types';

/** How much of an answer is kept; Ringostat's answers are a few hundred bytes. */
export const maxAnswerBytes = 256 * 1024;

/**
 * How much a transport reads: a little more than is kept, so that a key
 * echoed across the cut is read whole and redacted before the answer is cut.
 * More than the longest form of the longest key (512 characters, URL-encoded).
 */
export const answerReadBytes = maxAnswerBytes + 4 * 1024;

/** What became of one HTTP exchange, from the client's side of the wire. */
export type TransportOutcome =
  | { kind: 'answer'; answer: HttpAnswer; latencyMs: number }
  /** No connection was made, so nothing was sent. */
  | { kind: 'not-connected'; reason: Text; latencyMs: number }
  /** The request went out but no whole answer came back. */
  | { kind: 'no-answer'; reason: Text; latencyMs: number; httpStatus: number | null };

export interface TransportOptions {
  /** The whole exchange, connection included, must finish within this. */
  timeoutMs: number;
}

/**
 * Sends exactly one request and never retries. It hands back the answer as
 * read (up to `answerReadBytes`), key and all: only `exchange` may be given
 * its outcome, and it redacts before anything else sees it.
 */
export type Transport = (request: HttpRequest, options: TransportOptions) => Promise<TransportOutcome>;

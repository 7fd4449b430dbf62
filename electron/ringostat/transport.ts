import type { Text } from '../contract/i18n/text';
import type { HttpAnswer, HttpRequest } from './types';

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

/** Sends exactly one request and never retries. */
export type Transport = (request: HttpRequest, options: TransportOptions) => Promise<TransportOutcome>;

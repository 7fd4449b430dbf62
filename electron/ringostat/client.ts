import { defaultTimeoutMs } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import { checkAuthKey } from './auth-key';
import { buildCallbackRequest, randomRequestId } from './build-request';
import { checkApiUrl } from './endpoint';
import { exchange } from './exchange';
import { interpretAnswer, type Interpretation } from './interpret';
import { text } from '../contract/i18n/text';
import { describeLegs, fieldError } from './prepare';
import { redactRequest } from '../shared/redact';
import type { Transport, TransportOutcome } from './transport';
import type { CallbackResult, FieldError, HttpRequest, PreparedCallback } from '../contract/callback-types';

export { defaultTimeoutMs };

/** Where requests go and with which key. */
export interface ApiTarget {
  apiUrl: string;
  authKey: string;
}

export interface SendOptions {
  transport: Transport;
  timeoutMs?: number;
  /** The JSON-RPC id; random unless a test fixes it. */
  requestId?: number;
}

/** Checks the key and URL before anything can be sent, by the same rules as a profile; messages never repeat the key. */
export function checkApiTarget(apiUrl: string, authKey: string | undefined): Result<ApiTarget, FieldError[]> {
  const errors: FieldError[] = [];
  const url = checkApiUrl(apiUrl);
  if (!url.ok) errors.push(fieldError('apiUrl', url.error));
  const key = checkAuthKey(authKey);
  if (!key.ok) errors.push({ field: 'authKey', message: key.error });
  if (!url.ok || !key.ok) return fail(errors);
  return ok({ apiUrl: url.value, authKey: key.value });
}

/** The exact request a callback would send, with the key redacted: for previews and dry runs. */
export function previewRequest(
  callback: PreparedCallback,
  target: ApiTarget,
  requestId: number,
): HttpRequest {
  return redactRequest(
    buildCallbackRequest(callback, target.apiUrl, target.authKey, requestId),
    target.authKey,
  );
}

/**
 * Sends one callback request, once, and says honestly what came of it.
 * Never retries: a callback rings real phones.
 */
export async function sendCallback(
  callback: PreparedCallback,
  target: ApiTarget,
  options: SendOptions,
): Promise<CallbackResult> {
  const requestId = options.requestId ?? randomRequestId();
  const request = buildCallbackRequest(callback, target.apiUrl, target.authKey, requestId);
  // The outcome arrives already clean: everything below is read from what may be shown.
  const sent = await exchange(options.transport, request, {
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
  });
  const interpretation = interpretSent(callback, sent, requestId, new URL(target.apiUrl).host);
  const answer = sent.kind === 'answer' ? sent.answer : null;
  return {
    outcome: interpretation.outcome,
    httpStatus: answer?.status ?? (sent.kind === 'no-answer' ? sent.httpStatus : null),
    message: interpretation.message,
    explanation: interpretation.explanation,
    serverMessage: interpretation.serverMessage,
    latencyMs: sent.latencyMs,
    request: redactRequest(request, target.authKey),
    answer,
  };
}

function interpretSent(
  callback: PreparedCallback,
  sent: TransportOutcome,
  requestId: number,
  host: string,
): Interpretation {
  switch (sent.kind) {
    case 'not-connected':
      return {
        outcome: 'not-sent',
        message: text('outcome.notConnected', { host, reason: sent.reason }),
        explanation: text('outcome.notConnectedNext'),
        serverMessage: null,
      };
    case 'no-answer':
      return {
        outcome: 'unknown',
        message: text('outcome.noAnswer', { host, reason: sent.reason }),
        explanation: text('outcome.checkCallLog'),
        serverMessage: null,
      };
    case 'answer': {
      const interpretation = interpretAnswer(callback.method, sent.answer, requestId);
      if (interpretation.outcome !== 'accepted') return interpretation;
      return {
        ...interpretation,
        explanation: text('outcome.legsThen', {
          legs: describeLegs(callback),
          next: interpretation.explanation,
        }),
      };
    }
  }
}

import { text } from '../contract/i18n/text';
import { fail } from '../contract/result';
import { checkKeyDestination, ringostatApiUrl } from './endpoint';
import { dropCutKey, redactSecret, redactWords } from '../shared/redact';
import { maxAnswerBytes, type Transport, type TransportOptions, type TransportOutcome } from './transport';
import type { HttpAnswer, HttpRequest } from '../contract/callback-types';

/**
 * Sends one request and hands back its outcome with the key taken out of
 * every part that is kept or shown: the body, the content type, the reason a
 * connection failed. Every request the app makes goes through here, so no
 * answer reaches an interpreter, the history, an export or the window
 * before it is clean. The key is the request's own `Auth-key` header, so a
 * caller cannot forget to name it.
 *
 * The answer is redacted first and cut to `maxAnswerBytes` after, so a key
 * echoed across the cut is never half kept.
 */
export async function exchange(
  transport: Transport,
  request: HttpRequest,
  options: TransportOptions,
): Promise<TransportOutcome> {
  const secret = keyOf(request);
  if (secret !== '') {
    // Only an allowed destination receives a key, whoever built the request.
    const destination = URL.canParse(request.url)
      ? checkKeyDestination(new URL(request.url))
      : fail(text('url.notUrl', { value: redactSecret(request.url, secret), example: ringostatApiUrl }));
    if (!destination.ok) {
      return {
        kind: 'not-connected',
        reason: text('transport.destinationRefused', { problem: destination.error }),
        latencyMs: 0,
      };
    }
  }
  const outcome = await transport(request, options);
  switch (outcome.kind) {
    case 'answer':
      return { ...outcome, answer: cleanAnswer(outcome.answer, secret) };
    case 'not-connected':
    case 'no-answer':
      return { ...outcome, reason: redactWords(outcome.reason, secret) };
  }
}

function keyOf(request: HttpRequest): string {
  const header = Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'auth-key');
  return header?.[1] ?? '';
}

/** Every field is named, so one added to answers later must be cleaned here too. */
function cleanAnswer(answer: HttpAnswer, secret: string): HttpAnswer {
  let body = redactSecret(answer.body, secret);
  if (answer.truncated) body = dropCutKey(body, secret);
  let truncated = answer.truncated;
  if (Buffer.byteLength(body) > maxAnswerBytes) {
    body = Buffer.from(body).subarray(0, maxAnswerBytes).toString('utf8');
    truncated = true;
  }
  return {
    status: answer.status,
    contentType: answer.contentType === null ? null : redactSecret(answer.contentType, secret),
    body,
    truncated,
  };
}

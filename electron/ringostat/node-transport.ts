import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { answerReadBytes, type Transport, type TransportOutcome } from './transport';
import { text, type Text } from '../contract/i18n/text';

class TimeoutError extends Error {}

/**
 * Sends one request over a fresh connection (no keep-alive, no retries,
 * no redirects) and tells apart "never connected" from "sent, but no answer".
 */
export const nodeTransport: Transport = (request, { timeoutMs }) =>
  new Promise<TransportOutcome>((resolve) => {
    // process.hrtime, not performance.now(): the first use of `performance` loads eight modules.
    const started = process.hrtime.bigint();
    const elapsed = (): number => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    let connected = false;
    let httpStatus: number | null = null;
    let settled = false;
    const settle = (outcome: TransportOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    const body = Buffer.from(request.body, 'utf8');
    const headers =
      body.length > 0 ? { ...request.headers, 'Content-Length': String(body.length) } : request.headers;
    // Each is loaded on first use: a plain-http request (the simulator, a loopback test) never loads TLS.
    const send = secure
      ? process.getBuiltinModule('node:https').request
      : process.getBuiltinModule('node:http').request;
    const outgoing = send(url, { method: request.method, headers, agent: false }, (incoming) => {
      httpStatus = incoming.statusCode ?? null;
      const chunks: Buffer[] = [];
      let kept = 0;
      let truncated = false;
      incoming.on('data', (chunk: Buffer) => {
        if (kept >= answerReadBytes) {
          truncated = true;
          return;
        }
        const part = chunk.subarray(0, answerReadBytes - kept);
        truncated ||= part.length < chunk.length;
        chunks.push(part);
        kept += part.length;
      });
      incoming.on('end', () => {
        const contentType = incoming.headers['content-type'] ?? null;
        settle({
          kind: 'answer',
          answer: {
            status: httpStatus ?? 0,
            contentType,
            body: Buffer.concat(chunks).toString('utf8'),
            truncated,
          },
          latencyMs: elapsed(),
        });
      });
      incoming.on('aborted', () => fail(new Error('the answer was cut off')));
      incoming.on('error', fail);
    });

    outgoing.on('socket', (socket: Socket) => {
      // TLS counts as connected only once the handshake is done: before it, nothing of the request has left.
      if (secure) (socket as TLSSocket).once('secureConnect', () => (connected = true));
      else socket.once('connect', () => (connected = true));
    });
    outgoing.on('error', fail);
    const timer = setTimeout(() => outgoing.destroy(new TimeoutError()), timeoutMs);

    function fail(error: Error): void {
      const reason = describeFailure(error, connected, timeoutMs);
      if (connected) settle({ kind: 'no-answer', reason, latencyMs: elapsed(), httpStatus });
      else settle({ kind: 'not-connected', reason, latencyMs: elapsed() });
      outgoing.destroy();
    }

    outgoing.end(body);
  });

const knownFailures = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
] as const);

function describeFailure(error: Error, connected: boolean, timeoutMs: number): Text {
  const seconds = Math.round(timeoutMs / 100) / 10;
  if (error instanceof TimeoutError) {
    return text(connected ? 'transport.noAnswerWithin' : 'transport.noConnectionWithin', { seconds });
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const known = [...knownFailures].find((name) => name === code);
  if (known) return text(`transport.${known}`);
  if (error.message === 'socket hang up') return text('transport.hangUp');
  return text('transport.other', { detail: error.message || code || '?' });
}

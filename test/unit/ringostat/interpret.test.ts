import { inEnglish } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../../electron/ringostat/interpret';
import type { CallbackMethod, HttpAnswer } from '../../../electron/ringostat/types';

const requestId = 777;

function answer(status: number, body: string, contentType = 'application/json'): HttpAnswer {
  return { status, contentType, body, truncated: false };
}

/** Every documented and reported answer, and what a person must be told. */
const table: [string, CallbackMethod, HttpAnswer, string, RegExp][] = [
  // Successes
  [
    'JSON-RPC result',
    'extended',
    answer(200, '{"jsonrpc":"2.0","id":777,"result":true}'),
    'accepted',
    /accepted/,
  ],
  [
    'JSON-RPC result without id',
    'extended',
    answer(200, '{"jsonrpc":"2.0","result":{}}'),
    'accepted',
    /accepted/,
  ],
  ['simple: empty 200', 'simple', answer(200, ''), 'accepted', /accepted/],
  ['simple: JSON status ok', 'simple', answer(200, '{"status":"ok"}'), 'accepted', /accepted/],
  // Refusals inside HTTP 200 (reported by two integrations)
  [
    'JSON-RPC error inside 200',
    'extended',
    answer(200, '{"jsonrpc":"2.0","id":777,"error":{"code":-32602,"message":"Invalid number"}}'),
    'rejected',
    /refused the call: “Invalid number” \(code -32602\), although it answered HTTP 200/,
  ],
  [
    'a ban on outgoing calls inside 200',
    'extended',
    answer(
      200,
      '{"jsonrpc":"2.0","id":777,"error":{"code":-32000,"message":"Outgoing calls are forbidden"}}',
    ),
    'rejected',
    /Outgoing calls are forbidden/,
  ],
  [
    'simple: error field inside 200',
    'simple',
    answer(200, '{"error":"Bad destination"}'),
    'rejected',
    /Bad destination/,
  ],
  [
    'simple: status error inside 200',
    'simple',
    answer(200, '{"status":"error","message":"No"}'),
    'rejected',
    /“No”/,
  ],
  // Documented 4xx
  [
    '400 with a JSON message',
    'extended',
    answer(400, '{"message":"callee is not valid"}'),
    'rejected',
    /HTTP 400.*callee is not valid/,
  ],
  [
    '400 as plain text',
    'simple',
    answer(400, 'Bad Request', 'text/plain'),
    'rejected',
    /HTTP 400.*Bad Request/,
  ],
  [
    '401 with no body',
    'extended',
    answer(401, ''),
    'rejected',
    /Auth-key: it is missing or wrong \(HTTP 401\)/,
  ],
  ['403', 'extended', answer(403, '{"message":"Access denied"}'), 'rejected', /denied access \(HTTP 403\)/],
  [
    '404 (wrong API URL)',
    'simple',
    answer(404, '<html><title>Not Found</title></html>', 'text/html'),
    'rejected',
    /no such endpoint/,
  ],
  ['429', 'simple', answer(429, ''), 'rejected', /limiting requests/],
  // Sent, but no usable answer
  ['500', 'extended', answer(500, '{"message":"Internal error"}'), 'unknown', /HTTP 500, a server error/],
  [
    '502 HTML from a proxy',
    'simple',
    answer(502, '<html><head><title>Bad gateway</title></head></html>', 'text/html'),
    'unknown',
    /HTTP 502/,
  ],
  [
    '200 HTML page',
    'extended',
    answer(200, '<!doctype html><title>Portal</title>', 'text/html'),
    'unknown',
    /not a JSON-RPC answer/,
  ],
  [
    'simple: 200 HTML page',
    'simple',
    answer(200, '<!doctype html><p>hi</p>', 'text/html'),
    'unknown',
    /an HTML page/,
  ],
  ['simple: 200 plain text', 'simple', answer(200, 'OK', 'text/plain'), 'unknown', /a text that is not JSON/],
  [
    '200 JSON without result or error',
    'extended',
    answer(200, '{"jsonrpc":"2.0","id":777}'),
    'unknown',
    /neither “result” nor “error”/,
  ],
  [
    '200 with another request’s id',
    'extended',
    answer(200, '{"jsonrpc":"2.0","id":5,"result":true}'),
    'unknown',
    /another request/,
  ],
  [
    '200 with result false',
    'extended',
    answer(200, '{"jsonrpc":"2.0","id":777,"result":false}'),
    'unknown',
    /“result”: false/,
  ],
  ['200 with an empty body (extended)', 'extended', answer(200, ''), 'unknown', /not a JSON-RPC answer/],
  ['200 JSON array', 'extended', answer(200, '[]'), 'unknown', /not a JSON-RPC answer/],
  ['302 redirect', 'simple', answer(302, ''), 'unknown', /HTTP 302/],
];

describe('interpreting answers', () => {
  it.each(table)('%s (%s) → %s', (_name, method, httpAnswer, outcome, message) => {
    const result = inEnglish(interpretAnswer(method, httpAnswer, requestId));
    expect(result.outcome).toBe(outcome);
    expect(result.message).toMatch(message);
  });

  it('names the parameter a 400 is about when the server mentions it', () => {
    const result = inEnglish(
      interpretAnswer('extended', answer(400, '{"message":"Missing parameter: projectId"}'), requestId),
    );
    expect(result.explanation).toContain('The parameter: projectId.');
  });

  it('tells the person to check the call log before trying again whenever the outcome is unknown', () => {
    for (const [, method, httpAnswer, outcome] of table) {
      if (outcome !== 'unknown') continue;
      expect(inEnglish(interpretAnswer(method, httpAnswer, requestId)).explanation).toContain(
        'call log before trying again',
      );
    }
  });

  it('says no call was placed for every rejection', () => {
    for (const [, method, httpAnswer, outcome] of table) {
      if (outcome !== 'rejected') continue;
      expect(inEnglish(interpretAnswer(method, httpAnswer, requestId)).explanation).toContain(
        'No call was placed',
      );
    }
  });
});

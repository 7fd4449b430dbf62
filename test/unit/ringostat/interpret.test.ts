import { inEnglish } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { interpretAnswer } from '../../../electron/ringostat/interpret';
import type { CallbackMethod, HttpAnswer } from '../../../electron/contract/callback-types';

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
    /was not a JSON-RPC reply \(no object holding “result” or “error”\)/,
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
    '200 with an empty body (extended)',
    'extended',
    answer(200, ''),
    'unknown',
    /was not a JSON-RPC reply \(no object holding “result” or “error”\)/,
  ],
  [
    '200 JSON array',
    'extended',
    answer(200, '[]'),
    'unknown',
    /was not a JSON-RPC reply \(no object holding “result” or “error”\)/,
  ],
  ['302 redirect', 'simple', answer(302, ''), 'unknown', /HTTP 302/],
];

const rpc = (fields: Record<string, unknown>) => answer(200, JSON.stringify({ jsonrpc: '2.0', ...fields }));

/**
 * The acceptance rule, answer by answer: accepted needs evidence, a plain no
 * is rejected, and everything else is unknown with the reason in words.
 */
const acceptance: [string, CallbackMethod, HttpAnswer, string, RegExp][] = [
  // Extended: the request's id and a result that says yes.
  ['result true', 'extended', rpc({ id: 777, result: true }), 'accepted', /accepted/],
  ['the id as a string', 'extended', rpc({ id: '777', result: true }), 'accepted', /accepted/],
  ['a result object', 'extended', rpc({ id: 777, result: { callId: 'a1' } }), 'accepted', /accepted/],
  ['a result number', 'extended', rpc({ id: 777, result: 1 }), 'accepted', /accepted/],
  ['a result word', 'extended', rpc({ id: 777, result: 'queued' }), 'accepted', /accepted/],
  ['a result list', 'extended', rpc({ id: 777, result: ['a1'] }), 'accepted', /accepted/],
  [
    'error null beside the result',
    'extended',
    rpc({ id: 777, result: true, error: null }),
    'accepted',
    /accepted/,
  ],
  ['no id', 'extended', rpc({ result: true }), 'unknown', /without the request’s id \(expected 777\)/],
  ['id null', 'extended', rpc({ id: null, result: true }), 'unknown', /without the request’s id/],
  [
    'another id',
    'extended',
    rpc({ id: 5, result: true }),
    'unknown',
    /another request \(id 5, expected 777\)/,
  ],
  ['no result', 'extended', rpc({ id: 777 }), 'unknown', /neither “result” nor “error”/],
  [
    'result false',
    'extended',
    rpc({ id: 777, result: false }),
    'unknown',
    /“result”: false, which does not say/,
  ],
  [
    'result null',
    'extended',
    rpc({ id: 777, result: null }),
    'unknown',
    /“result”: null, which does not say/,
  ],
  ['result 0', 'extended', rpc({ id: 777, result: 0 }), 'unknown', /“result”: 0, which does not say/],
  ['result -1', 'extended', rpc({ id: 777, result: -1 }), 'unknown', /“result”: -1, which does not say/],
  ['result ""', 'extended', rpc({ id: 777, result: '' }), 'unknown', /“result”: "", which does not say/],
  ['result "false"', 'extended', rpc({ id: 777, result: 'false' }), 'unknown', /which does not say/],
  ['result {}', 'extended', rpc({ id: 777, result: {} }), 'unknown', /“result”: \{\}, which does not say/],
  ['result []', 'extended', rpc({ id: 777, result: [] }), 'unknown', /“result”: \[\], which does not say/],
  [
    'a result that is an error',
    'extended',
    rpc({ id: 777, result: { error: 'no balance' } }),
    'unknown',
    /“result”: \{"error":"no balance"\}, which reports an error/,
  ],
  [
    'a result with success false',
    'extended',
    rpc({ id: 777, result: { success: false } }),
    'unknown',
    /reports an error/,
  ],
  ['a result "error"', 'extended', rpc({ id: 777, result: 'error' }), 'unknown', /reports an error/],
  [
    'a JSON-RPC error',
    'extended',
    rpc({ id: 777, error: { code: -32000, message: 'Banned' } }),
    'rejected',
    /refused the call: “Banned” \(code -32000\)/,
  ],
  [
    'a JSON-RPC error with no id',
    'extended',
    rpc({ id: null, error: { code: -32600, message: 'Bad' } }),
    'rejected',
    /“Bad”/,
  ],
  [
    'an error beside a result that says yes',
    'extended',
    rpc({ id: 777, result: true, error: { message: 'Banned' } }),
    'unknown',
    /says both yes and no/,
  ],
  // Simple: empty or a plain yes is accepted, a plain no rejected.
  ['empty 200', 'simple', answer(200, ''), 'accepted', /accepted/],
  ['empty 204', 'simple', answer(204, '', 'text/plain'), 'accepted', /accepted the callback \(HTTP 204\)/],
  ['true', 'simple', answer(200, 'true'), 'accepted', /accepted/],
  ['result true', 'simple', answer(200, '{"result":true}'), 'accepted', /accepted/],
  ['success true', 'simple', answer(200, '{"success":true}'), 'accepted', /accepted/],
  ['status ok (the simulator’s answer)', 'simple', answer(200, '{"status":"ok"}'), 'accepted', /accepted/],
  ['status OK', 'simple', answer(200, '{"status":"OK"}'), 'accepted', /accepted/],
  ['status success', 'simple', answer(200, '{"status":"success"}'), 'accepted', /accepted/],
  [
    'result false',
    'simple',
    answer(200, '{"result":false}'),
    'rejected',
    /refused the call, although it answered HTTP 200/,
  ],
  ['false', 'simple', answer(200, 'false'), 'rejected', /refused the call/],
  ['success false', 'simple', answer(200, '{"success":false,"message":"No"}'), 'rejected', /“No”/],
  ['status fail', 'simple', answer(200, '{"status":"fail"}'), 'rejected', /refused the call/],
  ['status failed', 'simple', answer(200, '{"status":"failed"}'), 'rejected', /refused the call/],
  ['status error', 'simple', answer(200, '{"status":"error","message":"No"}'), 'rejected', /“No”/],
  ['an error key', 'simple', answer(200, '{"error":"Bad destination"}'), 'rejected', /“Bad destination”/],
  ['an error object', 'simple', answer(200, '{"error":{"message":"Banned"}}'), 'rejected', /“Banned”/],
  [
    'yes and no at once',
    'simple',
    answer(200, '{"success":true,"error":"Banned"}'),
    'unknown',
    /says both yes and no \(\{"success":true,"error":"Banned"\}\)/,
  ],
  ['{}', 'simple', answer(200, '{}'), 'unknown', /the JSON value \{\}/],
  ['[]', 'simple', answer(200, '[]'), 'unknown', /the JSON value \[\]/],
  ['null', 'simple', answer(200, 'null'), 'unknown', /the JSON value null/],
  ['0', 'simple', answer(200, '0'), 'unknown', /the JSON value 0/],
  ['result null', 'simple', answer(200, '{"result":null}'), 'unknown', /the JSON value \{"result":null\}/],
  ['error null alone', 'simple', answer(200, '{"error":null}'), 'unknown', /the JSON value/],
  ['status pending', 'simple', answer(200, '{"status":"pending"}'), 'unknown', /"status":"pending"/],
  ['plain OK', 'simple', answer(200, 'OK', 'text/plain'), 'unknown', /a text that is not JSON/],
];

describe('the acceptance rule', () => {
  it.each(acceptance)('%s (%s) → %s', (_name, method, httpAnswer, outcome, message) => {
    const result = inEnglish(interpretAnswer(method, httpAnswer, requestId));
    expect(result.outcome).toBe(outcome);
    expect(result.message).toMatch(message);
  });

  it('says to check the call log before trying again whenever it cannot tell', () => {
    for (const [, method, httpAnswer, outcome] of acceptance) {
      if (outcome !== 'unknown') continue;
      expect(inEnglish(interpretAnswer(method, httpAnswer, requestId)).explanation).toContain(
        'call log before trying again',
      );
    }
  });
});

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

import type { CallbackMethod, HttpAnswer, Outcome } from './types';

export interface Interpretation {
  outcome: Outcome;
  message: string;
  explanation: string;
  serverMessage: string | null;
}

const checkCallLog =
  'The call may or may not have been placed: look in the project’s call log before trying again, so nobody is rung twice.';
const maxMessageLength = 300;

/**
 * Reads a server answer honestly. JSON-RPC refusals come with HTTP 200, so
 * the status alone never makes a success; an answer that cannot be read is
 * "unknown", not "accepted".
 */
export function interpretAnswer(
  method: CallbackMethod,
  answer: HttpAnswer,
  requestId: number,
): Interpretation {
  const { status } = answer;
  const json = parseJson(answer.body);
  const serverMessage = serverMessageOf(answer.body, json);
  if (status >= 200 && status < 300) {
    return method === 'extended'
      ? interpretJsonRpc(status, json, requestId, serverMessage)
      : interpretSimpleSuccess(status, answer.body, json, serverMessage);
  }
  if (status >= 400 && status < 500) return rejection(status, serverMessage);
  if (status >= 500) {
    return {
      outcome: 'unknown',
      message: `Ringostat answered HTTP ${status}, a server error${quote(serverMessage)}.`,
      explanation: checkCallLog,
      serverMessage,
    };
  }
  return {
    outcome: 'unknown',
    message: `The server answered HTTP ${status}, which is not an answer to a callback request.`,
    explanation: `${checkCallLog} If this repeats, check the API URL.`,
    serverMessage,
  };
}

function interpretJsonRpc(
  status: number,
  json: unknown,
  requestId: number,
  serverMessage: string | null,
): Interpretation {
  if (!isObject(json)) {
    return uninterpretable(status, 'not a JSON-RPC answer', serverMessage);
  }
  if (refusalIn(json)) return refusedInsideSuccess(status, json, serverMessage);
  if (!('result' in json))
    return uninterpretable(status, 'a JSON answer with neither “result” nor “error”', serverMessage);
  if ('id' in json && json.id !== null && String(json.id) !== String(requestId)) {
    return uninterpretable(
      status,
      `an answer to another request (id ${String(json.id)}, expected ${requestId})`,
      serverMessage,
    );
  }
  if (json.result === false) return uninterpretable(status, '“result”: false', serverMessage);
  return accepted(status);
}

function interpretSimpleSuccess(
  status: number,
  body: string,
  json: unknown,
  serverMessage: string | null,
): Interpretation {
  // An empty 2xx cannot carry a refusal; any other answer must be JSON we can read.
  if (body.trim() === '') return accepted(status);
  if (isObject(json)) {
    return refusalIn(json) ? refusedInsideSuccess(status, json, serverMessage) : accepted(status);
  }
  if (json === true) return accepted(status);
  return uninterpretable(status, describeBody(body, json), serverMessage);
}

function accepted(status: number): Interpretation {
  return {
    outcome: 'accepted',
    message: `Ringostat accepted the callback (HTTP ${status}).`,
    explanation:
      'The answer carries no call id: the call appears in the project’s call log by its numbers and time.',
    serverMessage: null,
  };
}

function refusedInsideSuccess(
  status: number,
  json: Record<string, unknown>,
  serverMessage: string | null,
): Interpretation {
  const code =
    isObject(json.error) && typeof json.error.code === 'number' ? ` (code ${json.error.code})` : '';
  return {
    outcome: 'rejected',
    message: `Ringostat refused the call${quote(serverMessage)}${code}, although it answered HTTP ${status}.`,
    explanation:
      'No call was placed. Fix what the message names (a number, the project, a ban on outgoing calls) and send again.',
    serverMessage,
  };
}

function uninterpretable(status: number, what: string, serverMessage: string | null): Interpretation {
  return {
    outcome: 'unknown',
    message: `The server answered HTTP ${status} with ${what}, so the result cannot be told.`,
    explanation: `${checkCallLog} If this repeats, check the API URL: something other than Ringostat may be answering.`,
    serverMessage,
  };
}

function rejection(status: number, serverMessage: string | null): Interpretation {
  const says = quote(serverMessage);
  const reasons: Record<number, [string, string]> = {
    400: [
      `Ringostat refused a parameter (HTTP 400)${says}.`,
      `${badParameterHint(serverMessage)}No call was placed. Correct it and send again.`,
    ],
    401: [
      `Ringostat refused the Auth-key: it is missing or wrong (HTTP 401)${says}.`,
      'No call was placed. Copy the key again from the project in Ringostat and set it anew.',
    ],
    403: [
      `Ringostat denied access (HTTP 403)${says}.`,
      'No call was placed. The key does not open this project or this method: check the key and the project id belong together.',
    ],
    404: [
      `The server has no such endpoint (HTTP 404)${says}.`,
      'No call was placed. Check the API URL: it should be https://api.ringostat.net.',
    ],
    429: [
      `Ringostat is limiting requests (HTTP 429)${says}.`,
      'No call was placed. Wait a minute before sending again.',
    ],
  };
  const [message, explanation] = reasons[status] ?? [
    `Ringostat refused the request (HTTP ${status})${says}.`,
    'No call was placed. Read the server’s message, correct the request and send again.',
  ];
  return { outcome: 'rejected', message, explanation, serverMessage };
}

const parameterNames = [
  'extension',
  'destination',
  'callee_type',
  'caller_type',
  'caller',
  'callee',
  'manager_dst',
  'direction',
  'projectId',
  'clientIp',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
  'clientId',
  'clientUserAgent',
];

/** Names the parameter a 400 is about, when the server's message mentions one. */
function badParameterHint(serverMessage: string | null): string {
  if (serverMessage === null)
    return 'The message does not say which parameter: check that every number is in full international form. ';
  const words = new Set(serverMessage.split(/[^A-Za-z_]+/));
  const named = parameterNames.filter((name) => words.has(name));
  return named.length > 0 ? `The parameter: ${named.join(', ')}. ` : '';
}

function refusalIn(json: Record<string, unknown>): boolean {
  const error = json.error;
  if (error !== undefined && error !== null && error !== false && error !== '') return true;
  const status = typeof json.status === 'string' ? json.status.toLowerCase() : '';
  return status === 'error' || status === 'fail' || status === 'failed' || json.success === false;
}

/** The server's own words: a JSON message field, an HTML title, or the start of a text body. */
export function serverMessageOf(body: string, json: unknown): string | null {
  if (isObject(json)) {
    const error = json.error;
    const candidates = [
      isObject(error) ? error.message : error,
      json.message,
      json.description,
      json.detail,
      Array.isArray(json.errors)
        ? json.errors.map((item) => (isObject(item) ? item.message : item)).join('; ')
        : undefined,
    ];
    const found = candidates.find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
    return typeof found === 'string' ? cap(found) : null;
  }
  const text = body.trim();
  if (text === '') return null;
  if (looksLikeHtml(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return title ? cap(title) : null;
  }
  return json === undefined ? cap(text) : null;
}

function describeBody(body: string, json: unknown): string {
  if (looksLikeHtml(body)) return 'an HTML page';
  if (json !== undefined) return `the JSON value ${cap(JSON.stringify(json), 40)}`;
  return 'a text that is not JSON';
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body)/i.test(text);
}

function parseJson(body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(serverMessage: string | null): string {
  return serverMessage === null ? '' : `: “${serverMessage}”`;
}

function cap(text: string, length = maxMessageLength): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}

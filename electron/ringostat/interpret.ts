import { fieldEntries } from '../contract/callback-fields';
import { text, type MessageKey, type Text } from '../contract/i18n/text';
import { isObject, refusalIn, resultEvidence, saysNo, saysYes } from './answer-evidence';
import type { CallbackMethod, HttpAnswer, Outcome } from '../contract/callback-types';

export interface Interpretation {
  outcome: Outcome;
  message: Text;
  explanation: Text;
  serverMessage: string | null;
}

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
      message: text('outcome.serverError', { status, says: quote(serverMessage) }),
      explanation: text('outcome.checkCallLog'),
      serverMessage,
    };
  }
  return {
    outcome: 'unknown',
    message: text('outcome.notAnAnswer', { status }),
    explanation: text('outcome.checkCallLogAndUrl'),
    serverMessage,
  };
}

/**
 * Accepted only with evidence: the answer is to this request (its `id`) and
 * its `result` says yes. A refusal is a refusal; the rest is "unknown".
 */
function interpretJsonRpc(
  status: number,
  json: unknown,
  requestId: number,
  serverMessage: string | null,
): Interpretation {
  if (!isObject(json)) {
    return uninterpretable(status, text('outcome.notJsonRpc'), serverMessage);
  }
  if (refusalIn(json)) {
    // Yes and no at once proves neither; "rejected" would invite sending again.
    return resultEvidence(json.result) === 'yes'
      ? uninterpretable(status, text('outcome.contradicts', { value: shown(json) }), serverMessage)
      : refusedInsideSuccess(status, json, serverMessage);
  }
  if (!('result' in json))
    return uninterpretable(status, text('outcome.neitherResultNorError'), serverMessage);
  if (json.id === undefined || json.id === null) {
    return uninterpretable(status, text('outcome.noId', { expected: String(requestId) }), serverMessage);
  }
  if (String(json.id) !== String(requestId)) {
    return uninterpretable(
      status,
      text('outcome.otherRequest', { got: String(json.id), expected: String(requestId) }),
      serverMessage,
    );
  }
  const evidence = resultEvidence(json.result);
  if (evidence === 'yes') return accepted(status);
  const value = shown(json.result);
  return uninterpretable(
    status,
    text(evidence === 'error' ? 'outcome.resultError' : 'outcome.resultNoEvidence', { value }),
    serverMessage,
  );
}

/** An empty 2xx or a plain yes is accepted, a plain no rejected; anything else is "unknown". */
function interpretSimpleSuccess(
  status: number,
  body: string,
  json: unknown,
  serverMessage: string | null,
): Interpretation {
  // An empty 2xx cannot carry a refusal.
  if (body.trim() === '') return accepted(status);
  const no = saysNo(json);
  const yes = saysYes(json);
  if (no && yes) {
    return uninterpretable(status, text('outcome.contradicts', { value: shown(json) }), serverMessage);
  }
  if (no) return refusedInsideSuccess(status, isObject(json) ? json : {}, serverMessage);
  if (yes) return accepted(status);
  return uninterpretable(status, describeBody(body, json), serverMessage);
}

function accepted(status: number): Interpretation {
  return {
    outcome: 'accepted',
    message: text('outcome.accepted', { status }),
    explanation: text('outcome.acceptedNext'),
    serverMessage: null,
  };
}

function refusedInsideSuccess(
  status: number,
  json: Record<string, unknown>,
  serverMessage: string | null,
): Interpretation {
  const code = isObject(json.error) && typeof json.error.code === 'number' ? json.error.code : null;
  const says = quote(serverMessage);
  return {
    outcome: 'rejected',
    message:
      code === null
        ? text('outcome.refusedInside', { says, status })
        : text('outcome.refusedInsideCode', { says, status, code: String(code) }),
    explanation: text('outcome.refusedInsideNext'),
    serverMessage,
  };
}

function uninterpretable(status: number, what: Text, serverMessage: string | null): Interpretation {
  return {
    outcome: 'unknown',
    message: text('outcome.uninterpretable', { status, what }),
    explanation: text('outcome.checkCallLogOtherServer'),
    serverMessage,
  };
}

function rejection(status: number, serverMessage: string | null): Interpretation {
  const says = quote(serverMessage);
  const known: Record<number, [MessageKey, MessageKey]> = {
    400: ['outcome.http400', 'outcome.http400Next'],
    401: ['outcome.http401', 'outcome.http401Next'],
    403: ['outcome.http403', 'outcome.http403Next'],
    404: ['outcome.http404', 'outcome.http404Next'],
    429: ['outcome.http429', 'outcome.http429Next'],
  };
  const [message, explanation] = known[status] ?? ['outcome.httpOther', 'outcome.httpOtherNext'];
  return {
    outcome: 'rejected',
    message: text(message, { status, says }),
    explanation: text(explanation, { hint: badParameterHint(status, serverMessage) }),
    serverMessage,
  };
}

/** Every parameter a callback request can carry: the form fields' and the two no field fills. */
const parameterNames = [
  ...fieldEntries.flatMap(([, field]) => (field.parameter === null ? [] : [field.parameter])),
  'caller_type',
  'projectId',
];

/** Names the parameter a 400 is about, when the server's message mentions one. */
function badParameterHint(status: number, serverMessage: string | null): Text {
  if (status !== 400) return text('outcome.none');
  if (serverMessage === null) return text('outcome.hintNoParameter');
  const words = new Set(serverMessage.split(/[^A-Za-z_]+/));
  const named = parameterNames.filter((name) => words.has(name));
  return named.length > 0 ? text('outcome.hintParameter', { names: named.join(', ') }) : text('outcome.none');
}

/** The server's own words: a JSON message field, an HTML title, or the start of a text body. */
function serverMessageOf(body: string, json: unknown): string | null {
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

function describeBody(body: string, json: unknown): Text {
  if (looksLikeHtml(body)) return text('outcome.htmlPage');
  if (json !== undefined) return text('outcome.jsonValue', { value: shown(json) });
  return text('outcome.notJson');
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

/** A JSON value as the words about it show it: short, on one line. */
function shown(value: unknown): string {
  return cap(JSON.stringify(value) ?? String(value), 60);
}

function quote(serverMessage: string | null): Text {
  return serverMessage === null ? text('outcome.none') : text('outcome.says', { message: serverMessage });
}

function cap(text: string, length = maxMessageLength): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}

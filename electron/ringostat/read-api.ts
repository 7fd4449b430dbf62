import type { CallLogRow, StaffMember } from '../contract/read-types';
import { fail, ok, type Result } from '../contract/result';
import type { ApiTarget } from './client';
import { formatProjectTime } from './project-time';
import { text, type Text } from '../contract/i18n/text';
import { exchange } from './exchange';
import { maxAnswerBytes, type Transport } from './transport';
import type { HttpRequest } from '../contract/callback-types';

/** Why a read from Ringostat gave nothing usable; the same words the callback outcomes use. */
export interface ReadFailure {
  outcome: 'rejected' | 'unknown' | 'not-sent';
  httpStatus: number | null;
  message: Text;
  /** With "incorrect field": the field the project does not know, when the answer names it. */
  incorrectField?: string | null;
}

const userAgent = 'CallbackDesk/0.1';

/** Sends one read request and returns its JSON, or why not. Reads may be repeated; callbacks never are. */
export async function readJson(
  request: HttpRequest,
  target: ApiTarget,
  transport: Transport,
  timeoutMs = 15_000,
): Promise<Result<unknown, ReadFailure>> {
  // The outcome arrives already clean: nothing read from it can carry the key.
  const sent = await exchange(transport, request, { timeoutMs });
  const host = new URL(target.apiUrl).host;
  if (sent.kind === 'not-connected') {
    return fail({
      outcome: 'not-sent',
      httpStatus: null,
      message: text('read.notConnected', { host, reason: sent.reason }),
    });
  }
  if (sent.kind === 'no-answer') {
    return fail({
      outcome: 'unknown',
      httpStatus: sent.httpStatus,
      message: text('read.noAnswer', { host, reason: sent.reason }),
    });
  }
  const { status, body } = sent.answer;
  const parsed = parseJson(body);
  // "incorrect field" is a text error; a JSON list that merely mentions the words is still an answer.
  const incorrect = Array.isArray(parsed) ? null : /incorrect field\W*([a-z_]+)?/i.exec(body);
  if (incorrect) {
    return fail({
      outcome: 'rejected',
      httpStatus: status,
      message: text('read.serverSays', { message: body.trim().slice(0, 200) }),
      incorrectField: incorrect[1] ?? null,
    });
  }
  if (status === 401)
    return fail({
      outcome: 'rejected',
      httpStatus: status,
      message: text('read.http401'),
    });
  if (status === 403)
    return fail({
      outcome: 'rejected',
      httpStatus: status,
      message: text('read.http403'),
    });
  if (status >= 400 && status < 500) {
    return fail({
      outcome: 'rejected',
      httpStatus: status,
      message: text('read.refused', { host, status, body: body.trim().slice(0, 200) }),
    });
  }
  if (status < 200 || status >= 300) {
    return fail({
      outcome: 'unknown',
      httpStatus: status,
      message: text('read.httpStatus', { host, status }),
    });
  }
  if (parsed === undefined) {
    return fail({
      outcome: 'unknown',
      httpStatus: status,
      // A long call log is cut where the client stops reading: that is not a broken answer, and a shorter window helps.
      message: sent.answer.truncated
        ? text('read.tooLarge', { host, kilobytes: maxAnswerBytes / 1024 })
        : text('read.notJson', { host, status }),
    });
  }
  return ok(parsed);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** A GET to a read-only endpoint, with the key header. */
export function readRequest(target: ApiTarget, path: string, query?: URLSearchParams): HttpRequest {
  return {
    method: 'GET',
    url: `${target.apiUrl}${path}${query ? `?${query.toString()}` : ''}`,
    headers: { 'Auth-key': target.authKey, 'User-Agent': userAgent },
    body: '',
  };
}

export const callLogFields = [
  'calldate',
  'caller',
  'dst',
  'uniqueid',
  'disposition',
  'billsec',
  'duration',
  'waittime',
  'call_type',
  'connected_with',
  'employee_fio',
  'scheme_name',
  'call_card',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'client_id',
] as const;

/** Fields every project has; the rest are dropped one by one if the project says "incorrect field". */
const essentialFields = new Set(['calldate', 'caller', 'dst', 'disposition']);

export interface CallsQuery {
  from: Date;
  to: Date;
  timeZone: string;
}

/**
 * `GET /calls/list` for a time window. A field the project does not support
 * is dropped and the read repeated without it; the rows are the answer.
 */
export async function fetchCallLog(
  target: ApiTarget,
  transport: Transport,
  query: CallsQuery,
  fields: readonly string[] = callLogFields,
): Promise<Result<{ rows: CallLogRow[]; fields: string[] }, ReadFailure>> {
  let asked = [...fields];
  for (let attempt = 0; attempt <= fields.length; attempt += 1) {
    const params = new URLSearchParams({
      export_type: 'json',
      from: formatProjectTime(query.from, query.timeZone),
      to: formatProjectTime(query.to, query.timeZone),
      fields: asked.join(','),
      order: 'calldate desc',
    });
    const answer = await readJson(readRequest(target, '/calls/list', params), target, transport);
    if (answer.ok) {
      if (!Array.isArray(answer.value)) {
        return fail({
          outcome: 'unknown',
          httpStatus: 200,
          message: text('read.notCallList'),
        });
      }
      const rows = answer.value.filter(
        (row): row is CallLogRow => typeof row === 'object' && row !== null && !Array.isArray(row),
      );
      return ok({ rows, fields: asked });
    }
    if (answer.error.incorrectField === undefined) return answer;
    const named = answer.error.incorrectField;
    const next =
      named && asked.includes(named) && !essentialFields.has(named)
        ? asked.filter((field) => field !== named)
        : asked.filter((field) => essentialFields.has(field));
    if (next.length === asked.length) return answer;
    asked = next;
  }
  return fail({
    outcome: 'rejected',
    httpStatus: null,
    message: text('read.everyFieldRefused'),
  });
}

/** `getProjectStaffListAndDirections`: the employees, read defensively from the reported shape. */
export async function fetchStaff(
  target: ApiTarget,
  transport: Transport,
  projectId: string,
): Promise<Result<StaffMember[], ReadFailure>> {
  const request: HttpRequest = {
    method: 'POST',
    url: `${target.apiUrl}/api/json-rpc`,
    headers: { 'Content-Type': 'application/json', 'Auth-key': target.authKey, 'User-Agent': userAgent },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'getProjectStaffListAndDirections',
      params: { projectId },
    }),
  };
  const answer = await readJson(request, target, transport);
  if (!answer.ok) return answer;
  // JSON-RPC answers with an object; `null`, a list or a text is no staff list, whoever sent it.
  if (typeof answer.value !== 'object' || answer.value === null || Array.isArray(answer.value))
    return fail({ outcome: 'unknown', httpStatus: 200, message: text('read.unexpectedStaffAnswer') });
  const body = answer.value as { error?: { message?: unknown }; result?: unknown };
  if (body.error) {
    const message = typeof body.error.message === 'string' ? body.error.message : null;
    if (message !== null && /does not exist/i.test(message)) return ok([]);
    return fail({
      outcome: 'rejected',
      httpStatus: 200,
      message: text('read.ringostatRefused', { message: message ?? text('read.anError') }),
    });
  }
  if (typeof body.result !== 'object' || body.result === null) {
    return fail({ outcome: 'unknown', httpStatus: 200, message: text('read.noStaffResult') });
  }
  const entries = Array.isArray(body.result)
    ? body.result.map((value, index) => [String(index), value] as const)
    : Object.entries(body.result);
  return ok(
    entries.map(([id, value]) => staffMember(id, value)).sort((a, b) => a.name.localeCompare(b.name)),
  );
}

function staffMember(id: string, value: unknown): StaffMember {
  const person = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (field: unknown): string =>
    typeof field === 'string' || typeof field === 'number' ? String(field) : '';
  const directions = (person.directions as { main?: unknown } | undefined)?.main;
  const sipLogins: StaffMember['sipLogins'] = [];
  const numbers: string[] = [];
  for (const direction of Array.isArray(directions) ? directions : []) {
    const item = (direction ?? {}) as Record<string, unknown>;
    const target = text(item.direction).trim();
    if (target === '') continue;
    if (/^\d+$/.test(target.replace(/^\+/, ''))) numbers.push(target.replace(/^\+/, ''));
    else sipLogins.push({ login: target, online: typeof item.online === 'boolean' ? item.online : null });
  }
  const extension = text(person.extensionNumber);
  if (extension && /^[A-Za-z]/.test(extension) && !sipLogins.some((sip) => sip.login === extension)) {
    sipLogins.push({ login: extension, online: null });
  }
  return {
    id: text(person.id) || id,
    // Nameless employees are named where they are shown, in the reader's language.
    name: text(person.fio) || text(person.name),
    email: text(person.email),
    department: text(person.department) || text((person.department as { name?: unknown } | undefined)?.name),
    sipLogins,
    numbers,
  };
}

/** `sipstatus/online` and `sipstatus/speaking`: is this login online, in a call? */
export async function fetchSipStatus(
  target: ApiTarget,
  transport: Transport,
  login: string,
): Promise<Result<{ online: boolean; speaking: boolean }, ReadFailure>> {
  const [online, speaking] = await Promise.all([
    readJson(readRequest(target, '/sipstatus/online'), target, transport, 5_000),
    readJson(readRequest(target, '/sipstatus/speaking'), target, transport, 5_000),
  ]);
  if (!online.ok) return online;
  if (!speaking.ok) return speaking;
  const has = (list: unknown): boolean =>
    Array.isArray(list) && list.some((item) => String(item).toLowerCase() === login.toLowerCase());
  return ok({ online: has(online.value), speaking: has(speaking.value) });
}

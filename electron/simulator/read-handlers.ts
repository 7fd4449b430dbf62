import { readProjectTime, windowEdge } from '../ringostat/project-time';
import { callLogFields } from '../ringostat/read-api';
import type { SimulatedCall } from './call-log';
import {
  checkAuth,
  jsonAnswer,
  notJson,
  parseJsonBody,
  type HandlerResult,
  type SimulatorRequest,
} from './callback-handlers';
import { sandbox } from './sandbox';

/** Every field a `calls/list` row can have here: all the app asks for but `client_id`, which some projects lack too. */
export const callFields = callLogFields.filter((field) => field !== 'client_id');
type CallField = (typeof callFields)[number];

const defaultFields = ['calldate', 'caller', 'dst', 'disposition', 'billsec', 'duration', 'call_type'];

/** `GET /calls/list`: the call log, rows as they are at this moment (a ringing call is not final yet). */
export function handleCallsList(
  request: SimulatorRequest,
  calls: readonly SimulatedCall[],
  nowMs: number,
  ringMs: number,
): HandlerResult {
  const denied = checkAuth(request);
  if (denied) return denied;
  const query = request.query;
  if ((query.get('export_type') ?? 'json') !== 'json')
    return textAnswer(400, 'The simulator exports json only.');
  const from = query.get('from');
  const to = query.get('to');
  const fromTime = from ? readProjectTime(from, sandbox.timeZone) : null;
  const toTime = to ? readProjectTime(to, sandbox.timeZone) : null;
  if ((from && !fromTime) || (to && !toTime))
    return textAnswer(400, 'from and to must look like YYYY-MM-DD HH:MM:SS');
  // A repeated hour is in the window both times; a skipped one names no moment at all.
  const fromMs = fromTime ? windowEdge(fromTime, 'from') : nowMs - 86_400_000;
  const toMs = toTime ? windowEdge(toTime, 'to') : nowMs;
  if (fromMs === null || toMs === null)
    return textAnswer(
      400,
      `from or to is a time the clocks skip in ${sandbox.timeZone} (they jump forward then): give one before or after it.`,
    );
  const fields = (query.get('fields') ?? defaultFields.join(','))
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  const unknown = fields.find((field) => !(callFields as readonly string[]).includes(field));
  if (unknown !== undefined) return textAnswer(400, `incorrect field: ${unknown}`);
  const ascending = (query.get('order') ?? 'calldate desc').trim().toLowerCase() === 'calldate asc';
  const rows = calls
    .filter((call) => call.placedAtMs >= fromMs && call.placedAtMs <= toMs + 999)
    .map((call) => project(rowAt(call, nowMs, ringMs), fields));
  if (!ascending) rows.reverse();
  return { reply: jsonAnswer(200, rows.slice(0, 6500)) };
}

/** `GET /sipstatus/speaking`: SIP logins in a call right now. */
export function handleSipSpeaking(
  request: SimulatorRequest,
  calls: readonly SimulatedCall[],
  nowMs: number,
  ringMs: number,
): HandlerResult {
  const denied = checkAuth(request);
  if (denied) return denied;
  const speaking = new Set<string>();
  for (const call of calls) {
    const row = rowAt(call, nowMs, ringMs);
    const talking =
      row.disposition === 'ANSWERED' && nowMs < call.placedAtMs + (row.duration as number) * 1000;
    if (talking || nowMs < call.placedAtMs + ringMs) {
      for (const login of [call.caller, call.dst]) if (/^[A-Za-z]/.test(login)) speaking.add(login);
    }
  }
  return { reply: jsonAnswer(200, [...speaking]) };
}

/** `POST /api/json-rpc` with `getProjectStaffListAndDirections`: the demo staff. */
export function handleStaffRpc(request: SimulatorRequest): HandlerResult {
  const denied = checkAuth(request);
  if (denied) return denied;
  const payload = parseJsonBody(request);
  if (payload === notJson)
    return { reply: jsonAnswer(400, { message: 'The request body is not a JSON string' }) };
  const body = payload as {
    id?: unknown;
    method?: unknown;
    params?: { projectId?: unknown; filters?: Record<string, unknown> };
  };
  const id = typeof body.id === 'number' ? body.id : null;
  if (body.method !== 'getProjectStaffListAndDirections') {
    return {
      reply: jsonAnswer(200, { jsonrpc: '2.0', id, error: { code: -32601, message: 'Method not found' } }),
    };
  }
  if (String(body.params?.projectId ?? '') !== sandbox.projectId) {
    return { reply: jsonAnswer(403, { message: 'Access denied' }) };
  }
  const filters = body.params?.filters ?? {};
  const staff = sandbox.staff.filter(
    (person) =>
      (filters.staffId === undefined || String(filters.staffId) === person.id) &&
      (filters.fio === undefined || person.fio.toLowerCase().includes(String(filters.fio).toLowerCase())) &&
      (filters.email === undefined || person.email === filters.email),
  );
  if (staff.length === 0) {
    return {
      reply: jsonAnswer(200, { jsonrpc: '2.0', id, error: { code: -32000, message: 'User does not exist' } }),
    };
  }
  const result = Object.fromEntries(
    staff.map((person) => [
      person.id,
      {
        fio: person.fio,
        email: person.email,
        extensionNumber: person.sip,
        department: person.department,
        directions: {
          main: [
            {
              direction: person.sip,
              type: 'sip',
              online: (sandbox.onlineSipLogins as readonly string[]).includes(person.sip),
            },
            { direction: person.number, type: 'number' },
          ],
        },
      },
    ]),
  );
  return { reply: jsonAnswer(200, { jsonrpc: '2.0', id, result }) };
}

/** A call's row at `nowMs`: while it rings it shows NO ANSWER with zero durations, as real rows first do. */
export function rowAt(
  call: SimulatedCall,
  nowMs: number,
  ringMs: number,
): Record<CallField, string | number | null> {
  const ringing = nowMs - call.placedAtMs < ringMs;
  const waitSeconds = Math.round((ringing ? Math.max(0, nowMs - call.placedAtMs) : ringMs) / 1000);
  const talkSeconds = 20 + (Number(call.uniqueid.replace(/\D/g, '')) % 40);
  const answered = !ringing && call.disposition === 'ANSWERED';
  const employee = sandbox.staff.find((person) => person.sip === call.dst || person.number === call.dst);
  return {
    calldate: call.calldate,
    caller: call.caller,
    dst: call.dst,
    uniqueid: call.uniqueid,
    disposition: ringing ? 'NO ANSWER' : call.disposition,
    billsec: answered ? talkSeconds : 0,
    duration: ringing ? 0 : waitSeconds + (answered ? talkSeconds : 0),
    waittime: waitSeconds,
    call_type: call.call_type,
    connected_with: call.connected_with,
    employee_fio: employee?.fio ?? null,
    scheme_name: call.scheme_name,
    call_card: null,
    utm_source: call.utm_source,
    utm_medium: call.utm_medium,
    utm_campaign: call.utm_campaign,
    utm_term: call.utm_term,
    utm_content: call.utm_content,
  };
}

function project(
  row: Record<string, string | number | null>,
  fields: string[],
): Record<string, string | number | null> {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
}

function textAnswer(status: number, text: string): HandlerResult {
  return { reply: { kind: 'answer', status, contentType: 'text/plain; charset=utf-8', body: text } };
}

import type { SimulatedCall } from './call-log';
import { sandbox, scenarioFor, type Scenario } from './sandbox';

/** A request as the simulator's handlers see it: header names in lower case. */
export interface SimulatorRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}

/** How the server replies: an answer (maybe late), never, or by closing the connection unanswered. */
export type SimulatorReply = SimulatorAnswer | { kind: 'silence' } | { kind: 'drop' };

export interface SimulatorAnswer {
  kind: 'answer';
  status: number;
  contentType: string;
  body: string;
  delay?: 'slow';
}

/** A call to record, minus what the server fills in (id and time). */
export type PlacedCall = Omit<SimulatedCall, 'uniqueid' | 'calldate' | 'placedAtMs'>;

export interface HandlerResult {
  reply: SimulatorReply;
  placed?: PlacedCall;
}

const digitsOnly = /^\d{10,15}$/;
const sipLogin = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const methodName = 'Api\\V2\\Callback.external';

/** The Auth-key check shared by every endpoint: missing or unknown 401, known but without access 403. */
export function checkAuth(request: SimulatorRequest): HandlerResult | null {
  const key = request.headers['auth-key'];
  if (key === undefined || key.trim() === '')
    return { reply: jsonAnswer(401, { message: 'Auth-key header is missing' }) };
  if (key === sandbox.noAccessKey) return { reply: jsonAnswer(403, { message: 'Access denied' }) };
  if (key !== sandbox.authKey) return { reply: jsonAnswer(401, { message: 'Auth-key is incorrect' }) };
  return null;
}

/** `POST /callback/outward_call`: form-encoded `extension` and `destination`. */
export function handleSimpleCallback(request: SimulatorRequest): HandlerResult {
  const denied = checkAuth(request);
  if (denied) return denied;
  if (!isContentType(request, 'application/x-www-form-urlencoded')) {
    return badRequest('Content-Type must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(request.body);
  const extension = form.get('extension')?.trim() ?? '';
  const destination = form.get('destination')?.trim() ?? '';
  if (extension === '') return badRequest('Missing parameter: extension');
  if (destination === '') return badRequest('Missing parameter: destination');
  if (!(sandbox.projectNumbers as readonly string[]).includes(extension)) {
    return badRequest(`extension ${extension} is not connected to the project as an incoming number`);
  }
  if (!isPartyValue(destination)) return badRequest('destination is not a valid phone number or SIP login');

  const placed: PlacedCall = {
    ...emptyCall,
    method: 'simple',
    call_type: 'callback',
    caller: extension,
    dst: destination,
    connected_with: destination,
    rang_first: destination,
  };
  const scenario = scenarioFor(destination);
  if (scenario?.behaviour === 'refuse')
    return { reply: jsonAnswer(400, { message: 'Forbidden destination' }) };
  const refused = scenarioRefusal(scenario, null, 'destination is not valid');
  if (refused) return refused;
  return withScenario(scenario, { reply: jsonAnswer(200, { status: 'ok' }), placed });
}

/** `POST /a/v2`: JSON-RPC 2.0 `Api\V2\Callback.external`. */
export function handleExtendedCallback(request: SimulatorRequest): HandlerResult {
  const denied = checkAuth(request);
  if (denied) return denied;
  const payload = parseJsonBody(request);
  if (payload === notJson) return badRequest('The request body is not a JSON string');
  if (!isRecord(payload) || payload.jsonrpc !== '2.0' || typeof payload.id !== 'number') {
    return rpcError(null, -32600, 'Invalid Request: jsonrpc must be "2.0" and id a number');
  }
  const id = payload.id;
  if (payload.method !== methodName)
    return rpcError(id, -32601, `Method not found: ${String(payload.method)}`);
  const params = payload.params;
  if (!isRecord(params)) return badRequest('Missing parameter: params');

  const missing = ['caller', 'callee', 'projectId'].find((name) => text(params[name]) === '');
  if (missing) return badRequest(`Missing parameter: ${missing}`);
  const caller = text(params.caller);
  const callee = text(params.callee);
  const projectId = text(params.projectId);
  const calleeType = params.callee_type ?? 'default';
  const direction = params.direction ?? 'out';
  const managerDst = params.manager_dst === undefined ? 1 : Number(params.manager_dst);

  if (projectId !== sandbox.projectId)
    return { reply: jsonAnswer(403, { message: `Access denied to project ${projectId}` }) };
  if (calleeType !== 'default' && calleeType !== 'scheme')
    return badRequest('callee_type must be "default" or "scheme"');
  if (params.caller_type !== undefined && params.caller_type !== 'default')
    return badRequest('caller_type must be "default"');
  if (direction !== 'in' && direction !== 'out') return badRequest('direction must be "in" or "out"');
  if (managerDst !== 0 && managerDst !== 1) return badRequest('manager_dst must be 0 or 1');
  if (!isPartyValue(caller))
    return rpcError(id, -32602, 'Invalid params: caller is not a valid number or SIP login');
  let schemeName: string | null = null;
  if (calleeType === 'scheme') {
    schemeName = sandbox.schemes[callee] ?? null;
    if (schemeName === null)
      return rpcError(id, -32602, `Forwarding scheme ${callee} not found in the project`);
  } else if (!isPartyValue(callee)) {
    return rpcError(id, -32602, 'Invalid params: callee is not a valid number or SIP login');
  }

  const scenario = scenarioFor(caller, callee);
  if (scenario?.behaviour === 'refuse')
    return rpcError(id, -32000, 'Outgoing calls to this number are forbidden');
  const refused = scenarioRefusal(scenario, id, 'caller or callee are not valid');
  if (refused) return refused;

  const inbound = direction === 'in';
  // Vendor tables: out 0 → caller first, 1 → callee first; in 1 → caller first, 0 → callee first.
  const callerFirst = inbound ? managerDst === 1 : managerDst === 0;
  const label = (name: string): string | null => (inbound ? text(params[name]) || null : null);
  const placed: PlacedCall = {
    ...emptyCall,
    method: 'extended',
    call_type: direction,
    caller,
    dst: callee,
    connected_with: callee,
    rang_first: callerFirst ? caller : callee,
    manager_dst: managerDst,
    scheme_name: schemeName,
    utm_source: label('utmSource'),
    utm_medium: label('utmMedium'),
    utm_campaign: label('utmCampaign'),
    utm_term: label('utmTerm'),
    utm_content: label('utmContent'),
    client_id: text(params.clientId) || null,
    client_ip: text(params.clientIp) || null,
    user_agent: text(params.clientUserAgent) || null,
  };
  return withScenario(scenario, { reply: jsonAnswer(200, { jsonrpc: '2.0', id, result: true }), placed });
}

/**
 * The scenarios that place no call: an invalid party refused both ways real
 * integrations report (HTTP 400, as the vendor page says, or a JSON-RPC
 * error inside HTTP 200), and a connection closed unanswered.
 */
function scenarioRefusal(
  scenario: Scenario | undefined,
  id: number | null,
  invalid: string,
): HandlerResult | null {
  switch (scenario?.behaviour) {
    case 'invalid-http-400':
      return badRequest(invalid);
    case 'invalid-json-rpc':
      return rpcError(id, -32602, `Invalid params: ${invalid}`);
    // The app and the command line send this number to the scenario address, where nothing listens;
    // a request that reaches the simulator anyway (another integration) loses its connection unanswered.
    case 'not-sent':
      return { reply: { kind: 'drop' } };
    default:
      return null;
  }
}

/** Applies a scenario's misbehaviour to an otherwise successful result. */
function withScenario(scenario: Scenario | undefined, success: HandlerResult): HandlerResult {
  switch (scenario?.behaviour) {
    case undefined:
    case 'refuse':
    case 'invalid-http-400':
    case 'invalid-json-rpc':
    case 'not-sent':
      return success;
    case 'busy':
    case 'no-answer':
      return success.placed
        ? {
            ...success,
            placed: { ...success.placed, disposition: scenario.behaviour === 'busy' ? 'BUSY' : 'NO ANSWER' },
          }
        : success;
    case 'slow':
      return success.reply.kind === 'answer'
        ? { ...success, reply: { ...success.reply, delay: 'slow' } }
        : success;
    case 'server-error':
      return { reply: jsonAnswer(500, { message: 'Internal server error' }) };
    case 'silent':
      return { reply: { kind: 'silence' }, placed: success.placed };
    case 'html':
      return {
        reply: {
          kind: 'answer',
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html><head><title>Gateway maintenance</title></head><body>Back soon</body></html>',
        },
        placed: success.placed,
      };
  }
}

const emptyCall = {
  manager_dst: null,
  scheme_name: null,
  utm_source: null,
  utm_medium: null,
  utm_campaign: null,
  utm_term: null,
  utm_content: null,
  client_id: null,
  client_ip: null,
  user_agent: null,
  disposition: 'ANSWERED',
} as const;

/** Marks a body that is not JSON, since `null` is JSON. */
export const notJson = Symbol('not JSON');

/** The request's JSON body, or `notJson`: a 400 in the API's words. */
export function parseJsonBody(request: SimulatorRequest): unknown {
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    return notJson;
  }
}

export function jsonAnswer(status: number, value: unknown): SimulatorAnswer {
  return { kind: 'answer', status, contentType: 'application/json', body: JSON.stringify(value) };
}

function badRequest(message: string): HandlerResult {
  return { reply: jsonAnswer(400, { message }) };
}

/** JSON-RPC refusals come inside HTTP 200, as integrations report of the real API. */
function rpcError(id: number | null, code: number, message: string): HandlerResult {
  return { reply: jsonAnswer(200, { jsonrpc: '2.0', id, error: { code, message } }) };
}

function isPartyValue(value: string): boolean {
  return digitsOnly.test(value) || sipLogin.test(value);
}

function isContentType(request: SimulatorRequest, expected: string): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === expected;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { ConnectionCheck } from '../contract/desk-types';
import type { ApiTarget } from './client';
import { redactSecret } from './redact';
import type { Transport } from './transport';

export const connectionCheckPath = '/sipstatus/online';

/**
 * Checks a key without placing a call: `GET /sipstatus/online` answers a
 * JSON list of online SIP logins to a valid key, 401 or 403 otherwise.
 */
export async function checkConnection(
  target: ApiTarget,
  transport: Transport,
  timeoutMs = 10_000,
): Promise<ConnectionCheck> {
  const sent = await transport(
    {
      method: 'GET',
      url: `${target.apiUrl}${connectionCheckPath}`,
      headers: { 'Auth-key': target.authKey, 'User-Agent': 'CallbackDesk/0.1' },
      body: '',
    },
    { timeoutMs },
  );
  const host = new URL(target.apiUrl).host;
  if (sent.kind !== 'answer') {
    return {
      status: 'unreachable',
      message: `${host} could not be reached: ${sent.reason}.`,
      httpStatus: null,
    };
  }
  const { status, body } = sent.answer;
  if (status === 401)
    return { status: 'wrong-key', message: 'The key is missing or wrong (HTTP 401).', httpStatus: status };
  if (status === 403) {
    return {
      status: 'no-access',
      message: 'The key is known but has no access to this (HTTP 403).',
      httpStatus: status,
    };
  }
  if (status === 200 && isJsonArray(body)) {
    return { status: 'valid', message: `The key works: ${host} answered.`, httpStatus: status };
  }
  return {
    status: 'unexpected',
    message: redactSecret(
      `${host} answered HTTP ${status} with something other than Ringostat's answer: check the API URL.`,
      target.authKey,
    ),
    httpStatus: status,
  };
}

function isJsonArray(body: string): boolean {
  try {
    return Array.isArray(JSON.parse(body));
  } catch {
    return false;
  }
}

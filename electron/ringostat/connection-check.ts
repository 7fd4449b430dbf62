import type { ConnectionCheck } from '../contract/desk-types';
import { text } from '../contract/i18n/text';
import type { ApiTarget } from './client';
import { readJson, readRequest } from './read-api';
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
  const host = new URL(target.apiUrl).host;
  const answer = await readJson(readRequest(target, connectionCheckPath), target, transport, timeoutMs);
  if (answer.ok) {
    return Array.isArray(answer.value)
      ? { status: 'valid', message: text('check.valid', { host }), httpStatus: 200 }
      : {
          status: 'unexpected',
          message: text('check.unexpected', { host }),
          httpStatus: 200,
        };
  }
  const { httpStatus, message } = answer.error;
  if (httpStatus === null) return { status: 'unreachable', message, httpStatus };
  if (httpStatus === 401) return { status: 'wrong-key', message, httpStatus };
  if (httpStatus === 403) return { status: 'no-access', message, httpStatus };
  return { status: 'unexpected', message: text('check.checkUrl', { message }), httpStatus };
}

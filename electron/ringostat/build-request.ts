import type { HttpRequest, PreparedCallback } from '../contract/callback-types';

/** The JSON-RPC method name. Its value has single backslashes; JSON text escapes each one. */
export const extendedMethodName = 'Api\\V2\\Callback.external';
export const simplePath = '/callback/outward_call';
export const extendedPath = '/a/v2';

const userAgent = 'CallbackDesk/0.1';

/** Builds the HTTP request for a prepared callback exactly as the vendor page describes it. */
export function buildCallbackRequest(
  callback: PreparedCallback,
  apiUrl: string,
  authKey: string,
  requestId: number,
): HttpRequest {
  if (callback.method === 'simple') {
    return {
      method: 'POST',
      url: `${apiUrl}${simplePath}`,
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Auth-key': authKey,
        'User-Agent': userAgent,
      },
      // Exactly the parameters prepare set, in its order.
      body: new URLSearchParams(callback.params).toString(),
    };
  }
  return {
    method: 'POST',
    url: `${apiUrl}${extendedPath}`,
    headers: {
      'Content-Type': 'application/json',
      'Auth-key': authKey,
      'User-Agent': userAgent,
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: requestId,
      method: extendedMethodName,
      params: callback.params,
    }),
  };
}

/** A JSON-RPC id: a positive number of the client's choice; the answer is matched by it. */
export function randomRequestId(): number {
  return Math.floor(Math.random() * 2_000_000_000) + 1;
}

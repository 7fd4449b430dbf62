import type { HistoryBegin, HistoryEnd } from '../../electron/contract/history-types';

let counter = 0;

/** A plausible attempt to log; numbers vary per call unless given. */
export function attempt(
  overrides: Partial<Omit<HistoryBegin, 'id' | 'at'>> = {},
): Omit<HistoryBegin, 'id' | 'at'> {
  counter += 1;
  const caller = overrides.caller ?? `38067${String(1_000_000 + counter).slice(-7)}`;
  const callee = overrides.callee ?? 'sandbox_anna';
  return {
    profileId: 'sandbox',
    profileName: 'Sandbox',
    target: 'simulator',
    method: 'extended',
    form: { method: 'extended', caller, callee },
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:9/a/v2',
      headers: { 'Content-Type': 'application/json', 'Auth-key': '[redacted]' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: counter,
        method: 'Api\\V2\\Callback.external',
        params: { caller, callee },
      }),
    },
    caller,
    callee,
    fingerprint: `sandbox|extended|${caller}|${callee}`,
    searchable: ['google', 'cpc'],
    ...overrides,
  };
}

export const acceptedEnd: Omit<HistoryEnd, 'endedAt'> = {
  outcome: 'accepted',
  httpStatus: 200,
  latencyMs: 42,
  message: 'Ringostat accepted the callback (HTTP 200).',
  explanation: 'It rings the employee first.',
  serverMessage: null,
  answer: {
    status: 200,
    contentType: 'application/json',
    body: '{"jsonrpc":"2.0","result":true}',
    truncated: false,
  },
};

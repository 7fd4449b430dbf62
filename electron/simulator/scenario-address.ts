import type { ApiTarget } from '../ringostat/client';
import type { PreparedCallback } from '../contract/callback-types';
import { scenarioFor } from './sandbox';

/**
 * The simulator's scenario address: its own port on the IPv6 loopback.
 * The simulator listens on 127.0.0.1 only, so a connection there is refused
 * before a byte of the request leaves: a true "not sent", never a guess.
 */
export function scenarioAddress(simulatorUrl: string): string {
  return `http://[::1]:${new URL(simulatorUrl).port}`;
}

/**
 * Where a sandbox callback goes: the scenario address for the "not sent"
 * scenario number, the simulator itself for everything else. Only sandbox
 * targets pass through here; a live project's address is never changed.
 */
export function sandboxTarget(target: ApiTarget, callback: PreparedCallback): ApiTarget {
  const parties =
    callback.method === 'simple'
      ? [callback.params.extension, callback.params.destination]
      : [callback.params.caller, callback.params.callee];
  return scenarioFor(...parties)?.behaviour === 'not-sent'
    ? { ...target, apiUrl: scenarioAddress(target.apiUrl) }
    : target;
}

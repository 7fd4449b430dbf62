import { text } from '../contract/i18n/text';
import type { FieldError, PreparedCallback } from '../contract/callback-types';

/** The parties a profile must never ring, as field errors naming each. */
export function blockedParties(callback: PreparedCallback, blocklist: readonly string[]): FieldError[] {
  if (blocklist.length === 0) return [];
  const parties =
    callback.method === 'simple'
      ? ([['destination', callback.parties.destination]] as const)
      : ([
          ['caller', callback.parties.caller],
          ['callee', callback.parties.callee],
        ] as const);
  return parties
    .filter(([, party]) => party.kind === 'phone' && blocklist.includes(party.value))
    .map(([field, party]) => ({
      field,
      message: text('safety.doNotCall', { number: party.value }),
    }));
}

import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from '../contract/result';
import type { Party } from './types';

/** Characters people use when they write a phone number: digits, spaces, brackets, dashes, dots, slashes, a leading plus. */
const phoneLike = /^[+\d\s().\-/\u00a0]*\d[+\d\s().\-/\u00a0]*$/;
/** Ringostat SIP logins look like `projectprefix_name`: a letter first, then letters, digits, `_`, `.` or `-`. */
const sipLogin = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const schemeId = /^\d{1,12}$/;

export const defaultCountry: CountryCode = 'UA';

/** Accepts a two-letter country code in any case; refuses what libphonenumber does not know. */
export function parseCountry(raw: string): Result<CountryCode, string> {
  const code = raw.trim().toUpperCase();
  if (isSupportedCountry(code)) return ok(code);
  return fail(`“${shorten(raw)}” is not a country code. Use two letters, for example UA, PL or US.`);
}

/** Which kinds of value a field accepts. */
export type PartyKind = 'phone' | 'phone-or-sip' | 'scheme';

/**
 * Turns what a person typed into the value Ringostat expects.
 * Phone numbers become digits-only international form; SIP logins pass
 * through unchanged; scheme ids must be digits. The error is a sentence
 * without the field's name, so callers can prefix it.
 */
export function normaliseParty(
  raw: string,
  kind: PartyKind,
  country: CountryCode,
  options: { schemeHint?: boolean } = {},
): Result<Party, string> {
  const text = raw.trim();
  if (text === '') return fail('is required.');
  if (kind === 'scheme') {
    if (schemeId.test(text)) return ok({ kind: 'scheme', value: text });
    return fail(
      `“${shorten(text)}” is not a forwarding scheme id: an id is digits only (Virtual PBX → Call forwarding → Edit scheme shows it).`,
    );
  }
  const sipAllowed = kind === 'phone-or-sip';
  if (phoneLike.test(text)) return normalisePhone(text, country, options.schemeHint === true);
  if (sipAllowed && sipLogin.test(text)) return ok({ kind: 'sip', value: text });
  return fail(
    sipAllowed
      ? `“${shorten(text)}” is neither a phone number nor a SIP login (a SIP login starts with a letter and has only letters, digits, “_”, “.” or “-”).`
      : `“${shorten(text)}” is not a phone number: use digits, with the country code if it is not a ${country} number.`,
  );
}

function normalisePhone(text: string, country: CountryCode, schemeHint: boolean): Result<Party, string> {
  if (text.lastIndexOf('+') > 0) return fail(`“${shorten(text)}” has a “+” in the middle.`);
  const digits = text.replace(/\D/g, '');
  const candidates = text.startsWith('+')
    ? [parsePhoneNumberFromString(text)]
    : // Written without "+": first as a number of the default country (which also
      // recognises its own country code without "+"), then as a full international number.
      [parsePhoneNumberFromString(text, country), parsePhoneNumberFromString(`+${digits}`)];
  const phone = candidates.find((candidate) => candidate?.isValid());
  if (phone) return ok({ kind: 'phone', value: phone.number.slice(1), country: phone.country ?? null });
  const hint =
    schemeHint && digits.length <= 8
      ? ' If it is a forwarding scheme id, set the callee type to “scheme”.'
      : '';
  return fail(
    `“${shorten(text)}” is not a valid phone number. Write it in full, with the country code if it is not a ${country} number (for example +380 67 111 22 33).${hint}`,
  );
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

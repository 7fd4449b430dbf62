import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from '../contract/result';
import { text, type Text } from '../contract/i18n/text';
import { inputLimits } from '../contract/limits';
import type { Party } from '../contract/callback-types';

/** Characters people use when they write a phone number: digits, spaces, brackets, dashes, dots, slashes, a leading plus. */
const phoneCharacters = /^[+\d\s().\-/\u00a0]+$/;
/** Ringostat SIP logins look like `projectprefix_name`: a letter first, then letters, digits, `_`, `.` or `-`. */
const sipLogin = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const schemeId = /^\d{1,12}$/;

export const defaultCountry: CountryCode = 'UA';

/** Accepts a two-letter country code in any case; refuses what libphonenumber does not know. */
export function parseCountry(raw: string): Result<CountryCode, Text> {
  const code = raw.trim().toUpperCase();
  if (isSupportedCountry(code)) return ok(code);
  return fail(text('party.countryUnknown', { value: shorten(raw) }));
}

/** Which kinds of value a field accepts. */
export type PartyKind = 'phone' | 'phone-or-sip' | 'scheme';

/**
 * Turns what a person typed into the value Ringostat expects.
 * Phone numbers become digits-only international form; SIP logins pass
 * through unchanged; scheme ids must be digits. The error is a sentence
 * without the field's name, so callers can name it.
 */
export function normaliseParty(
  raw: string,
  kind: PartyKind,
  country: CountryCode,
  options: { schemeHint?: boolean } = {},
): Result<Party, Text> {
  const value = raw.trim();
  if (value === '') return fail(text('party.required'));
  // Checked before any pattern: nothing longer is a number, login or id, and it would only cost time.
  if (value.length > inputLimits.partyLength)
    return fail(text('textField.tooLong', { length: value.length, max: inputLimits.partyLength }));
  if (kind === 'scheme') {
    if (schemeId.test(value)) return ok({ kind: 'scheme', value });
    return fail(text('party.notScheme', { value: shorten(value) }));
  }
  const sipAllowed = kind === 'phone-or-sip';
  if (isPhoneLike(value)) return normalisePhone(value, country, options.schemeHint === true);
  if (sipAllowed && sipLogin.test(value)) return ok({ kind: 'sip', value });
  return fail(
    sipAllowed
      ? text('party.notPhoneOrSip', { value: shorten(value) })
      : text('party.notPhone', { value: shorten(value), country }),
  );
}

/**
 * Phone characters and at least one digit. Two single passes: one pattern
 * saying both ("any, a digit, any") backtracks quadratically on a long
 * value that fails near its end.
 */
function isPhoneLike(value: string): boolean {
  return phoneCharacters.test(value) && /\d/.test(value);
}

function normalisePhone(written: string, country: CountryCode, schemeHint: boolean): Result<Party, Text> {
  if (written.lastIndexOf('+') > 0) return fail(text('party.plusInMiddle', { value: shorten(written) }));
  const digits = written.replace(/\D/g, '');
  const candidates = written.startsWith('+')
    ? [parsePhoneNumberFromString(written)]
    : // Written without "+": first as a number of the default country (which also
      // recognises its own country code without "+"), then as a full international number.
      [parsePhoneNumberFromString(written, country), parsePhoneNumberFromString(`+${digits}`)];
  const phone = candidates.find((candidate) => candidate?.isValid());
  if (phone) return ok({ kind: 'phone', value: phone.number.slice(1), country: phone.country ?? null });
  const key = schemeHint && digits.length <= 8 ? 'party.invalidPhoneSchemeHint' : 'party.invalidPhone';
  return fail(text(key, { value: shorten(written), country }));
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

import { english, inEnglish } from '../../support/english';
import { describe, expect, it } from 'vitest';
import { normaliseParty, parseCountry } from '../../../electron/ringostat/party';

describe('phone numbers in any human format', () => {
  it.each([
    ['+38 (067) 111-22-33', 'UA', '380671112233'],
    ['067 111 22 33', 'UA', '380671112233'],
    ['380671112233', 'UA', '380671112233'],
    ['0671112233', 'UA', '380671112233'],
    ['00380671112233', 'UA', '380671112233'],
    ['  +380.67.111.22.33 ', 'UA', '380671112233'],
    ['+44 7911 123456', 'UA', '447911123456'],
    ['447911123456', 'UA', '447911123456'],
    ['(202) 555-0143', 'US', '12025550143'],
    ['+1 202 555 0143', 'UA', '12025550143'],
  ])('%s with default country %s is sent as %s', (typed, country, sent) => {
    const result = normaliseParty(typed, 'phone-or-sip', country as 'UA');
    expect(result).toMatchObject({ ok: true, value: { kind: 'phone', value: sent } });
  });

  it.each([
    ['067 111 22', 'is not a valid phone number'],
    ['12345', 'is not a valid phone number'],
    ['+38 067 111+22 33', 'has a “+” in the middle'],
    ['067 111 22 33 ext 5', 'is neither a phone number nor a SIP login'],
  ])('refuses %s', (typed, reason) => {
    const result = normaliseParty(typed, 'phone-or-sip', 'UA');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toContain(reason);
  });

  it('refuses a SIP login where only a number will do (the simple method’s extension)', () => {
    const result = normaliseParty('supportrngst_manager1', 'phone', 'UA');
    expect(result).toMatchObject({ ok: false });
  });

  it('says what is missing when the value is empty', () => {
    expect(inEnglish(normaliseParty('   ', 'phone', 'UA'))).toEqual({ ok: false, error: 'fill this in.' });
  });
});

describe('SIP logins and forwarding schemes', () => {
  it('passes a SIP login through unchanged', () => {
    expect(normaliseParty('supportrngst_manager1', 'phone-or-sip', 'UA')).toEqual({
      ok: true,
      value: { kind: 'sip', value: 'supportrngst_manager1' },
    });
  });

  it('takes a scheme id as digits only', () => {
    expect(normaliseParty(' 12345 ', 'scheme', 'UA')).toEqual({
      ok: true,
      value: { kind: 'scheme', value: '12345' },
    });
    const refused = normaliseParty('12 345', 'scheme', 'UA');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(english(refused.error)).toContain('digits only');
  });

  it('suggests the scheme callee type for a short number typed as a callee', () => {
    const result = normaliseParty('101', 'phone-or-sip', 'UA', { schemeHint: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toContain('set the callee type to “scheme”');
  });
});

describe('default country', () => {
  it('accepts a code in any case and refuses an unknown one', () => {
    expect(parseCountry('pl')).toEqual({ ok: true, value: 'PL' });
    expect(parseCountry('Ukraine').ok).toBe(false);
  });
});

describe('bounded length', () => {
  it('takes a SIP login of 64 characters and refuses 65, saying the limit', () => {
    const longest = `s${'a'.repeat(63)}`;
    expect(normaliseParty(longest, 'phone-or-sip', 'UA')).toMatchObject({ ok: true, value: { kind: 'sip' } });
    expect(inEnglish(normaliseParty(`${longest}a`, 'phone-or-sip', 'UA'))).toEqual({
      ok: false,
      error: '65 characters long; at most 64 are allowed.',
    });
  });

  it('answers at once for a value of a million characters that fails only at its end', () => {
    // Digits then a letter: the kind of value a backtracking pattern spends minutes on.
    const huge = `${'1'.repeat(1_000_000)}x`;
    for (const kind of ['phone', 'phone-or-sip', 'scheme'] as const) {
      const result = inEnglish(normaliseParty(huge, kind, 'UA'));
      expect(result).toEqual({ ok: false, error: '1,000,001 characters long; at most 64 are allowed.' });
    }
  });

  it('still reads a phone number of the longest length allowed', () => {
    const spaced = `+380${' '.repeat(51)}671112233`;
    expect(spaced).toHaveLength(64);
    expect(normaliseParty(spaced, 'phone', 'UA')).toMatchObject({
      ok: true,
      value: { value: '380671112233' },
    });
  });
});

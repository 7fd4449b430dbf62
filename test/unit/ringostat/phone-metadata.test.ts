import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import whole from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import {
  phoneMetadataReadOnUse,
  planText,
  splitPhoneMetadata,
} from '../../../electron/ringostat/phone-metadata';

const wholeSet = whole as unknown as MetadataJson;

/** The split set as the command line's build makes it, noting each plan it reads. */
function splitSet() {
  const { index, plans } = splitPhoneMetadata(wholeSet);
  const readPlan = planText(plans);
  const read: string[] = [];
  const places = new Map(
    [...Object.entries(index.countries), ...Object.entries(index.nonGeographic)].map(([name, place]) => [
      place.join(),
      name,
    ]),
  );
  const metadata = phoneMetadataReadOnUse(index, (place) => {
    read.push(places.get(place.join()) ?? '?');
    return readPlan(place);
  });
  return { metadata, read };
}

/** What party.ts asks of a number: as written in a default country, then as a full international number. */
function verdict(written: string, country: CountryCode, metadata: MetadataJson) {
  const digits = written.replace(/\D/g, '');
  const attempts = written.startsWith('+')
    ? [parsePhoneNumberFromString(written, metadata)]
    : [
        parsePhoneNumberFromString(written, country, metadata),
        parsePhoneNumberFromString(`+${digits}`, metadata),
      ];
  return attempts.map((phone) =>
    phone
      ? {
          number: phone.number,
          country: phone.country,
          valid: phone.isValid(),
          possible: phone.isPossible(),
          type: phone.getType(),
        }
      : null,
  );
}

/**
 * Numbers of every country, written the ways people write them and a digit
 * off either way: each country's example mobile number in full
 * international form, with 00, in national form, one digit short and one
 * digit long; non-geographic numbers; and a few that are no number at all.
 */
function variedNumbers(): string[] {
  const numbers = new Set<string>([
    '+80012345678',
    '+870773111632',
    '+883510012345',
    '0',
    '+',
    '+0',
    '00',
    '+99999',
  ]);
  for (const [country, national] of Object.entries(examples as Record<string, string>)) {
    const code = getCountryCallingCode(country as CountryCode, wholeSet);
    for (const written of [
      `+${code}${national}`,
      `00${code} ${national}`,
      `0${national}`,
      national,
      `+${code}${national.slice(0, -1)}`,
      `+${code}${national}9`,
      `${code}${national}`,
    ])
      numbers.add(written);
  }
  return [...numbers];
}

describe('the phone metadata split by country', () => {
  it('checks every number exactly as the whole set does', () => {
    const { metadata } = splitSet();
    const numbers = variedNumbers();
    const differences: string[] = [];
    for (const country of ['UA', 'US', 'GB', 'DE', 'PL', 'KZ', 'AU', 'BR'] as CountryCode[])
      for (const written of numbers) {
        const expected = JSON.stringify(verdict(written, country, wholeSet));
        const actual = JSON.stringify(verdict(written, country, metadata));
        if (actual !== expected) differences.push(`${country} ${written}: ${actual} ≠ ${expected}`);
      }
    expect(differences).toEqual([]);
    expect(numbers.length).toBeGreaterThan(1500);
  });

  it('knows the same countries, reading none of their plans to say so', () => {
    const { metadata, read } = splitSet();
    for (const code of [...Object.keys(wholeSet.countries), 'ZZ', 'XX', 'ua', '001'])
      expect(isSupportedCountry(code as CountryCode, metadata), code).toBe(
        isSupportedCountry(code as CountryCode, wholeSet),
      );
    expect(read).toEqual([]);
  });

  it('reads only the plans a number needs', () => {
    const ukrainian = splitSet();
    expect(verdict('+38 (067) 111-22-33', 'UA', ukrainian.metadata)[0]?.valid).toBe(true);
    expect(ukrainian.read).toEqual(['UA']);
    const american = splitSet();
    expect(verdict('+1 212 555 0100', 'UA', american.metadata)[0]?.valid).toBe(true);
    expect(american.read).toEqual(['US']);
  });
});

import { closeSync, openSync, readSync } from 'node:fs';
import type { MetadataJson } from 'libphonenumber-js/core';

/*
 * libphonenumber's "max" metadata, every country's numbering plan, is 156 KB
 * of JSON, and a callback needs one or two of its 254 plans. The command
 * line's build writes the plans one after another into a file beside the
 * bundle (`build/phone-metadata-plugin.ts`); what the bundle keeps is the
 * index of calling codes and where each plan lies in that file, and a plan
 * is read, alone, the first time libphonenumber looks at it. The data read is the very data of the whole
 * set, so a number is checked exactly as with the whole set; a test holds
 * the two to the same verdicts over numbers of many countries.
 */

/** Where a plan lies in the plans' file: its first byte and its length. */
type Place = readonly [offset: number, length: number];

/** What the bundle keeps: the calling codes, and where each plan lies, by country and by non-geographic code. */
export interface PhoneMetadataIndex {
  version: number;
  country_calling_codes: MetadataJson['country_calling_codes'];
  countries: Record<string, Place>;
  nonGeographic: Record<string, Place>;
}

type Plan = MetadataJson['countries'][keyof MetadataJson['countries']];

/** The whole set, split: its index, and the text of the plans' file. */
export function splitPhoneMetadata(whole: MetadataJson): { index: PhoneMetadataIndex; plans: string } {
  let plans = '';
  const placed = (group: Record<string, Plan>) =>
    Object.fromEntries(
      Object.entries(group).map(([name, plan]) => {
        const json = JSON.stringify(plan);
        const place: Place = [Buffer.byteLength(plans), Buffer.byteLength(json)];
        plans += json;
        return [name, place];
      }),
    );
  const countries = placed(whole.countries as Record<string, Plan>);
  const nonGeographic = placed(whole.nonGeographic as Record<string, Plan>);
  return {
    index: {
      version: whole.version,
      country_calling_codes: whole.country_calling_codes,
      countries,
      nonGeographic,
    },
    plans,
  };
}

/**
 * The plans by name, each read on first access and kept. The places stand
 * in for the plans, so the names, and whether a country has one, are known
 * unread: that, and reading a plan by name, is all libphonenumber does
 * with them.
 */
function readOnFirstUse(places: Record<string, Place>, read: (place: Place) => Plan): Record<string, Plan> {
  const plans = new Map<string, Plan>();
  const planOf = (name: string, place: Place): Plan => {
    let plan = plans.get(name);
    if (plan === undefined) {
      plan = read(place);
      plans.set(name, plan);
    }
    return plan;
  };
  return new Proxy(places as unknown as Record<string, Plan>, {
    get: (target, name, receiver) =>
      typeof name === 'string' && Object.hasOwn(places, name)
        ? planOf(name, places[name] as Place)
        : Reflect.get(target, name, receiver),
  });
}

/** Metadata libphonenumber takes as the whole set, whose plans are read when it first looks at them. */
export function phoneMetadataReadOnUse(
  index: PhoneMetadataIndex,
  read: (place: Place) => Plan,
): MetadataJson {
  return {
    version: index.version,
    country_calling_codes: index.country_calling_codes,
    countries: readOnFirstUse(index.countries, read),
    nonGeographic: readOnFirstUse(index.nonGeographic, read),
  } as MetadataJson;
}

/** Reads one plan from the plans' file, and nothing else of it. */
export function planFile(file: string): (place: Place) => Plan {
  return ([offset, length]) => {
    const bytes = Buffer.alloc(length);
    const descriptor = openSync(file, 'r');
    try {
      readSync(descriptor, bytes, 0, length, offset);
    } finally {
      closeSync(descriptor);
    }
    return JSON.parse(bytes.toString('utf8')) as Plan;
  };
}

/** Plans read from the whole text of the plans' file, for a test that compares with the whole set. */
export function planText(plans: string): (place: Place) => Plan {
  const bytes = Buffer.from(plans, 'utf8');
  return ([offset, length]) => JSON.parse(bytes.subarray(offset, offset + length).toString('utf8')) as Plan;
}

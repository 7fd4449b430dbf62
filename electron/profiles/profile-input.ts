import type { CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError } from '../contract/desk-types';
import type { ProfileInput } from '../contract/schemas';
import { checkApiUrl } from '../ringostat/endpoint';
import { isTimeZone } from '../ringostat/project-time';
import { text } from '../contract/i18n/text';
import { fieldError } from '../ringostat/prepare';
import { normaliseParty, parseCountry } from '../ringostat/party';
import type { FieldError } from '../contract/callback-types';
import type { StoredProfile } from './settings-schema';

/** Ringostat's home zone: where a project's times are read unless its profile says otherwise. */
export const defaultTimeZone = 'Europe/Kyiv';

/** A refusal naming the fields to put right, each with what is wrong. */
export function fieldsWrong(fields: DeskError['fields']): { ok: false; error: DeskError } {
  return fail({ code: 'invalid-input', message: text('profile.fieldsWrong'), fields });
}

/** Checks a profile as a person filled it in; numbers come out in the form they are sent in. */
export function checkProfileInput(
  input: ProfileInput,
  otherNames: string[],
): Result<Omit<StoredProfile, 'id'>, FieldError[]> {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (name === '') errors.push({ field: 'name', message: text('profile.nameRequired') });
  else if (name.length > 80) errors.push({ field: 'name', message: text('profile.nameTooLong') });
  else if (otherNames.some((other) => other.toLowerCase() === name.toLowerCase())) {
    errors.push({ field: 'name', message: text('profile.nameTaken', { name }) });
  }
  const projectId = input.projectId.trim();
  if (projectId !== '' && !/^\d{1,12}$/.test(projectId)) {
    errors.push(fieldError('projectId', text('party.notProjectId', { value: projectId.slice(0, 20) })));
  }
  const country = parseCountry(input.country);
  if (!country.ok) errors.push(fieldError('country', country.error));
  const numbers = normaliseNumbers(input.numbers, country.ok ? country.value : 'UA', errors, 'numbers');
  const blocklist = normaliseNumbers(
    input.blocklist ?? [],
    country.ok ? country.value : 'UA',
    errors,
    'blocklist',
  );
  const timeZone = input.timeZone?.trim() || defaultTimeZone;
  if (!isTimeZone(timeZone)) {
    errors.push({
      field: 'timeZone',
      message: text('profile.timeZoneUnknown', { value: timeZone.slice(0, 40) }),
    });
  }
  const apiUrl = checkApiUrl(input.apiUrl);
  if (!apiUrl.ok) errors.push(fieldError('apiUrl', apiUrl.error));
  if (errors.length > 0 || !country.ok || !apiUrl.ok) return fail(errors);
  return ok({
    name,
    projectId,
    numbers,
    country: country.value,
    target: input.target,
    apiUrl: apiUrl.value,
    timeZone,
    blocklist,
    confirmLiveCalls: input.confirmLiveCalls === true,
  });
}

function normaliseNumbers(
  raw: string[],
  country: CountryCode,
  errors: FieldError[],
  field: 'numbers' | 'blocklist',
): string[] {
  const numbers: string[] = [];
  const label = text(field === 'numbers' ? 'profile.projectNumber' : 'profile.doNotCallNumber');
  for (const entry of raw) {
    if (entry.trim() === '') continue;
    const party = normaliseParty(entry, 'phone', country);
    if (!party.ok)
      errors.push({ field, message: text('field.problem', { field: label, problem: party.error }) });
    else if (!numbers.includes(party.value.value)) numbers.push(party.value.value);
  }
  return numbers;
}

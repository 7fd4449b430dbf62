import type { CountryCode } from 'libphonenumber-js/max';
import {
  callbackFields,
  freeTextFields,
  isFieldOf,
  partyFields,
  utmLength,
  type CallbackFieldName,
  type CallbackMethod,
  type FieldDescriptor,
  type FreeTextField,
  type PartyField,
} from '../contract/callback-fields';
import { fail, ok, type Result } from '../contract/result';
import { text, type Text } from '../contract/i18n/text';
import { fieldLabel } from '../shared/fields';
import { managerDstFor, firstPartyFor } from './manager-dst';
import { normaliseParty, type PartyKind } from './party';
import { optionalIpAddress, optionalText, optionalToken } from './text-fields';
import type {
  CallbackForm,
  ExtendedCallbackForm,
  ExtendedParams,
  FieldError,
  FieldName,
  Party,
  PreparedCallback,
  SimpleCallbackForm,
} from '../contract/callback-types';

/**
 * The fields whose meaning is spelled out below rather than derived from the
 * table: a party or choice field added to the table fails to compile here,
 * naming it, until its rule is written.
 */
type SpelledOut =
  'extension' | 'destination' | 'caller' | 'callee' | 'calleeType' | 'direction' | 'first' | 'managerDst';
const allSpelledOut: Record<Exclude<CallbackFieldName, FreeTextField | SpelledOut>, never> = {};
void allSpelledOut;

const projectIdPattern = /^\d{1,12}$/;

/** Collects per-field problems so a form can show all of them at once. */
class FieldErrors {
  readonly list: FieldError[] = [];

  take<T>(field: FieldName, result: Result<T, Text>): T | undefined {
    if (result.ok) return result.value;
    this.list.push(fieldError(field, result.error));
    return undefined;
  }
}

/**
 * Validates and normalises a callback form. Either every field is usable and
 * the result holds exactly the parameters that will be sent, or it lists
 * every field that is not, each message naming its field.
 */
export function prepareCallback(
  form: CallbackForm,
  country: CountryCode,
): Result<PreparedCallback, FieldError[]> {
  return form.method === 'simple' ? prepareSimple(form, country) : prepareExtended(form, country);
}

function prepareSimple(
  form: SimpleCallbackForm,
  country: CountryCode,
): Result<PreparedCallback, FieldError[]> {
  const errors = new FieldErrors();
  const extension = errors.take(
    'extension',
    normaliseParty(form.extension, partyKindIn(form, 'extension'), country),
  );
  const destination = errors.take(
    'destination',
    normaliseParty(form.destination, partyKindIn(form, 'destination'), country),
  );
  const optional = freeTextParams('simple', form, errors);
  if (!extension || !destination || errors.list.length > 0) return fail(errors.list);
  return ok({
    method: 'simple',
    params: { extension: extension.value, destination: destination.value, ...optional },
    parties: { extension, destination },
  });
}

function prepareExtended(
  form: ExtendedCallbackForm,
  country: CountryCode,
): Result<PreparedCallback, FieldError[]> {
  const errors = new FieldErrors();
  const calleeType = form.calleeType ?? callbackFields.calleeType.default;
  const direction = form.direction ?? callbackFields.direction.default;
  const caller = errors.take('caller', normaliseParty(form.caller, partyKindIn(form, 'caller'), country));
  const callee = errors.take(
    'callee',
    normaliseParty(form.callee, partyKindIn(form, 'callee'), country, { schemeHint: true }),
  );
  const projectId = errors.take('projectId', checkProjectId(form.projectId));
  const optional = freeTextParams('extended', form, errors);
  if (!caller || !callee || projectId === undefined || errors.list.length > 0) return fail(errors.list);

  const managerDst = form.managerDst ?? managerDstFor(direction, form.first ?? callbackFields.first.default);
  const params: ExtendedParams = {
    callee_type: calleeType === 'scheme' ? 'scheme' : 'default',
    caller_type: 'default',
    caller: caller.value,
    callee: callee.value,
    manager_dst: managerDst,
    direction,
    projectId,
    ...optional,
  };
  return ok({
    method: 'extended',
    params,
    parties: { caller, callee },
    firstParty: firstPartyFor(direction, managerDst),
  });
}

/** What a party field accepts; the extended method's callee is a scheme id when its type says so. */
function partyKindIn(form: CallbackForm, field: PartyField): PartyKind {
  if (field === 'callee' && form.method === 'extended' && form.calleeType === 'scheme') return 'scheme';
  return callbackFields[field].accepts;
}

/** A free-text field checked by its kind; empty means "not sent". */
function checkFreeText(
  field: Extract<FieldDescriptor, { kind: 'utm' | 'text' | 'ip' }>,
  raw: string | undefined,
): Result<string | undefined, Text> {
  switch (field.kind) {
    case 'utm':
      return optionalText(raw, utmLength);
    case 'ip':
      return optionalIpAddress(raw);
    case 'text':
      return field.format === 'token'
        ? optionalToken(raw, field.maxLength)
        : optionalText(raw, field.maxLength);
  }
}

/** The parameters a method's free-text fields fill, in the table's order; an empty field is left out. */
function freeTextParams(
  method: CallbackMethod,
  form: CallbackForm,
  errors: FieldErrors,
): Record<string, string> {
  const typed = form as Partial<Record<FreeTextField, string>>;
  const params: Record<string, string> = {};
  for (const name of freeTextFields) {
    if (!isFieldOf(name, method)) continue;
    const field = callbackFields[name];
    const value = errors.take(name, checkFreeText(field, typed[name]));
    if (value !== undefined) params[field.parameter] = value;
  }
  return params;
}

function checkProjectId(raw: string | undefined): Result<string, Text> {
  const value = raw?.trim() ?? '';
  if (value === '') return fail(text('party.projectIdRequired'));
  if (!projectIdPattern.test(value)) return fail(text('party.notProjectId', { value: value.slice(0, 20) }));
  return ok(value);
}

/** A problem with one field, its name first: "Caller: …". */
export function fieldError(field: FieldName, problem: Text): FieldError {
  return { field, message: text('field.problem', { field: fieldLabel(field), problem }) };
}

/** The plain-words description of a party, for messages and previews. */
export function describeParty(party: Party): Text {
  return text(`party.${party.kind}`, { value: party.value });
}

/** Who Ringostat rings, in order, in plain words. */
export function describeLegs(callback: PreparedCallback): Text {
  if (callback.method === 'simple') {
    return text('legs.simple', {
      destination: describeParty(callback.parties.destination),
      extension: describeParty(callback.parties.extension),
    });
  }
  return text(callback.firstParty === 'client' ? 'legs.clientFirst' : 'legs.employeeFirst', {
    client: describeParty(callback.parties.caller),
    employee: describeParty(callback.parties.callee),
    managerDst: callback.params.manager_dst,
  });
}

/** The value each valid party field will send, even while other fields are still wrong: for "will send …" hints. */
export function normalisedParties(
  form: CallbackForm,
  country: CountryCode,
): Partial<Record<PartyField, string>> {
  const typed = form as Partial<Record<PartyField, string>>;
  const normalised: Partial<Record<PartyField, string>> = {};
  for (const field of partyFields) {
    const raw = typed[field];
    if (raw === undefined) continue;
    const party = normaliseParty(raw, partyKindIn(form, field), country);
    if (party.ok) normalised[field] = party.value.value;
  }
  return normalised;
}

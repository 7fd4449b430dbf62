import type { CountryCode } from 'libphonenumber-js/max';
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
  const extension = errors.take('extension', normaliseParty(form.extension, 'phone', country));
  const destination = errors.take('destination', normaliseParty(form.destination, 'phone-or-sip', country));
  if (!extension || !destination) return fail(errors.list);
  return ok({
    method: 'simple',
    params: { extension: extension.value, destination: destination.value },
    parties: { extension, destination },
  });
}

function prepareExtended(
  form: ExtendedCallbackForm,
  country: CountryCode,
): Result<PreparedCallback, FieldError[]> {
  const errors = new FieldErrors();
  const calleeType = form.calleeType ?? 'number';
  const direction = form.direction ?? 'out';
  const calleeKind: PartyKind = calleeType === 'scheme' ? 'scheme' : 'phone-or-sip';
  const caller = errors.take('caller', normaliseParty(form.caller, 'phone-or-sip', country));
  const callee = errors.take(
    'callee',
    normaliseParty(form.callee, calleeKind, country, { schemeHint: true }),
  );
  const projectId = errors.take('projectId', checkProjectId(form.projectId));
  const optional = {
    clientIp: errors.take('clientIp', optionalIpAddress(form.clientIp)),
    utmSource: errors.take('utmSource', optionalText(form.utmSource, 255)),
    utmMedium: errors.take('utmMedium', optionalText(form.utmMedium, 255)),
    utmCampaign: errors.take('utmCampaign', optionalText(form.utmCampaign, 255)),
    utmTerm: errors.take('utmTerm', optionalText(form.utmTerm, 255)),
    utmContent: errors.take('utmContent', optionalText(form.utmContent, 255)),
    clientId: errors.take('clientId', optionalToken(form.clientId, 100)),
    clientUserAgent: errors.take('userAgent', optionalText(form.userAgent, 1024)),
  };
  if (!caller || !callee || projectId === undefined || errors.list.length > 0) return fail(errors.list);

  const managerDst = form.managerDst ?? managerDstFor(direction, form.first ?? 'employee');
  const params: ExtendedParams = {
    callee_type: calleeType === 'scheme' ? 'scheme' : 'default',
    caller_type: 'default',
    caller: caller.value,
    callee: callee.value,
    manager_dst: managerDst,
    direction,
    projectId,
  };
  for (const [name, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) params[name] = value;
  }
  return ok({
    method: 'extended',
    params,
    parties: { caller, callee },
    firstParty: firstPartyFor(direction, managerDst),
  });
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
): Partial<Record<'extension' | 'destination' | 'caller' | 'callee', string>> {
  const fields =
    form.method === 'simple'
      ? ([
          ['extension', form.extension, 'phone'],
          ['destination', form.destination, 'phone-or-sip'],
        ] as const)
      : ([
          ['caller', form.caller, 'phone-or-sip'],
          ['callee', form.callee, form.calleeType === 'scheme' ? 'scheme' : 'phone-or-sip'],
        ] as const);
  const normalised: Partial<Record<'extension' | 'destination' | 'caller' | 'callee', string>> = {};
  for (const [field, raw, kind] of fields) {
    const party = normaliseParty(raw, kind, country);
    if (party.ok) normalised[field] = party.value.value;
  }
  return normalised;
}

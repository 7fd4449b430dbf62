import type { CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from '../contract/result';
import { fieldLabels } from './fields';
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
} from './types';

const projectIdPattern = /^\d{1,12}$/;

/** Collects per-field problems so a form can show all of them at once. */
class FieldErrors {
  readonly list: FieldError[] = [];

  take<T>(field: FieldName, result: Result<T, string>): T | undefined {
    if (result.ok) return result.value;
    this.list.push({ field, message: `${fieldLabels[field]} ${lowerFirst(result.error)}` });
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

function checkProjectId(raw: string | undefined): Result<string, string> {
  const text = raw?.trim() ?? '';
  if (text === '')
    return fail('is required for the extended method: it is your project’s number in Ringostat.');
  if (!projectIdPattern.test(text))
    return fail(`“${text.slice(0, 20)}” is not a project id: it is digits only.`);
  return ok(text);
}

function lowerFirst(text: string): string {
  return text.startsWith('“') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The plain-words description of a party, for messages and previews. */
export function describeParty(party: Party): string {
  switch (party.kind) {
    case 'phone':
      return `+${party.value}`;
    case 'sip':
      return `SIP ${party.value}`;
    case 'scheme':
      return `forwarding scheme ${party.value}`;
  }
}

/** Who Ringostat rings, in order, in plain words. */
export function describeLegs(callback: PreparedCallback): string {
  if (callback.method === 'simple') {
    return `It calls ${describeParty(callback.parties.destination)} from the project number ${describeParty(callback.parties.extension)}.`;
  }
  const client = `the client (${describeParty(callback.parties.caller)})`;
  const employee = `the employee side (${describeParty(callback.parties.callee)})`;
  const [first, second] = callback.firstParty === 'client' ? [client, employee] : [employee, client];
  return `It rings ${first} first and, once that answers, ${second} (manager_dst ${callback.params.manager_dst}).`;
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

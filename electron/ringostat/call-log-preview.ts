import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CallbackFormInput } from '../contract/schemas';
import { describeLegs, describeParty } from './prepare';
import type { ManagerDst, Party, PreparedCallback } from './types';

/** How Ringostat's call log will show a callback, per the vendor page. */
export interface CallLogPreview {
  recordedAs: 'inbound' | 'outbound' | 'callback';
  whoCalled: string;
  whereCalled: string;
  connectedWith: string;
  /** The traffic-source labels an inbound call carries. */
  trafficLabels: { name: string; value: string }[];
  labelsNote: string;
  /** Who is rung first and second, in plain words. */
  rings: string;
  managerDst: ManagerDst | null;
  /** Which number the client sees ring. */
  clientSees: string;
}

const utmLabels = [
  ['utmSource', 'Source (utm_source)'],
  ['utmMedium', 'Channel (utm_medium)'],
  ['utmCampaign', 'Campaign (utm_campaign)'],
  ['utmTerm', 'Keyword (utm_term)'],
  ['utmContent', 'Content (utm_content)'],
] as const;

/** Works from the prepared request alone: no project, no network. */
export function previewCallLog(callback: PreparedCallback, form: CallbackFormInput): CallLogPreview {
  if (callback.method === 'simple') {
    const { extension, destination } = callback.parties;
    return {
      recordedAs: 'callback',
      whoCalled: describeParty(extension),
      whereCalled: describeParty(destination),
      connectedWith: describeParty(destination),
      trafficLabels: [],
      labelsNote: 'The simple method sends no traffic-source labels.',
      rings: describeLegs(callback),
      managerDst: null,
      clientSees: `${describeParty(destination)} sees the project number ${describeParty(extension)}, the number the simple method calls from.`,
    };
  }
  const { caller, callee } = callback.parties;
  const inbound = callback.params.direction === 'in';
  const labels =
    form.method === 'extended'
      ? utmLabels
          .map(([field, name]) => ({ name, value: form[field]?.trim() ?? '' }))
          .filter((label) => label.value !== '')
      : [];
  return {
    recordedAs: inbound ? 'inbound' : 'outbound',
    whoCalled: describeParty(caller),
    whereCalled: describeParty(callee),
    connectedWith: describeParty(callee),
    trafficLabels: inbound ? labels : [],
    labelsNote: inbound
      ? labels.length > 0
        ? 'Inbound: the call carries these traffic-source labels.'
        : 'Inbound, but no UTM field is filled: the call shows no traffic source.'
      : labels.length > 0
        ? 'Outbound calls carry no traffic-source labels: the UTM fields filled are not shown. Choose inbound to see them.'
        : 'Outbound calls carry no traffic-source labels.',
    rings: describeLegs(callback),
    managerDst: callback.params.manager_dst,
    clientSees: numberShown(caller, callee),
  };
}

/** The vendor page's outbound-settings rules: a SIP caller uses the default outbound number; a client number uses its country's rule. */
function numberShown(caller: Party, callee: Party): string {
  if (caller.kind === 'sip') {
    return callee.kind === 'phone'
      ? `The client ${describeParty(callee)} sees the number set in the project's default outbound connection settings (the caller is a SIP account).`
      : 'Both ends are inside the project: no outbound number is used.';
  }
  if (caller.kind === 'phone') {
    const code = parsePhoneNumberFromString(`+${caller.value}`)?.countryCallingCode;
    return code
      ? `The client ${describeParty(caller)} sees the number of the outbound rule for the +${code} direction, in the project's outbound call settings.`
      : `The client ${describeParty(caller)} sees the number of the outbound rule matching its country prefix.`;
  }
  return 'The number shown depends on the project’s outbound call settings.';
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fieldsOfKind } from '../contract/callback-fields';
import { text, type Text } from '../contract/i18n/text';
import type { CallbackFormInput } from '../contract/schemas';
import { describeLegs, describeParty } from './prepare';
import type { Party, PreparedCallback } from '../contract/callback-types';
import type { CallLogPreview } from '../contract/preview-types';

/** The traffic-source labels an inbound call carries: the form's UTM fields. */
const utmFields = fieldsOfKind('utm');

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
      labelsNote: text('preview.simpleNoLabels'),
      rings: describeLegs(callback),
      managerDst: null,
      clientSees: text('preview.simpleClientSees', {
        destination: describeParty(destination),
        extension: describeParty(extension),
      }),
    };
  }
  const { caller, callee } = callback.parties;
  const inbound = callback.params.direction === 'in';
  const labels =
    form.method === 'extended'
      ? utmFields
          .map((field) => ({ name: text(`preview.${field}`), value: form[field]?.trim() ?? '' }))
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
        ? text('preview.inboundLabels')
        : text('preview.inboundNoLabels')
      : labels.length > 0
        ? text('preview.outboundLabelsIgnored')
        : text('preview.outboundNoLabels'),
    rings: describeLegs(callback),
    managerDst: callback.params.manager_dst,
    clientSees: numberShown(caller, callee),
  };
}

/** The vendor page's outbound-settings rules: a SIP caller uses the default outbound number; a client number uses its country's rule. */
function numberShown(caller: Party, callee: Party): Text {
  if (caller.kind === 'sip') {
    return callee.kind === 'phone'
      ? text('preview.sipCallerSees', { client: describeParty(callee) })
      : text('preview.bothInside');
  }
  if (caller.kind === 'phone') {
    const code = parsePhoneNumberFromString(`+${caller.value}`)?.countryCallingCode;
    return code
      ? text('preview.ruleForCode', { client: describeParty(caller), code })
      : text('preview.ruleForPrefix', { client: describeParty(caller) });
  }
  return text('preview.dependsOnSettings');
}

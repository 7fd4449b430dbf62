import type { CallbackFormInput } from '../electron/contract/schemas';
import type { PartyField } from '../electron/contract/history-types';

/**
 * An earlier attempt's form to start from. With masking on, the history
 * gives its numbers masked: those fields start empty, with the masked value
 * shown beside them, for the person to type.
 */
export interface ClonedForm {
  form: CallbackFormInput;
  maskedNumbers: Partial<Record<PartyField, string>>;
}

/** An attempt's form to start from: the fields main masked start empty, their masked value kept beside them. */
export function cloneForm(form: CallbackFormInput, maskedFields: readonly PartyField[]): ClonedForm {
  const fields: Record<string, unknown> = { ...form };
  const maskedNumbers: ClonedForm['maskedNumbers'] = {};
  for (const field of maskedFields) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    maskedNumbers[field] = value;
    fields[field] = '';
  }
  return { form: fields as CallbackFormInput, maskedNumbers };
}

/** Everything the callback form holds, as typed. */
export interface FormDraft {
  method: 'simple' | 'extended';
  extension: string;
  destination: string;
  caller: string;
  callee: string;
  calleeType: 'number' | 'scheme';
  direction: 'out' | 'in';
  first: 'employee' | 'client';
  /** Empty means "follow who rings first". */
  managerDst: '' | '0' | '1';
  clientIp: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  utmTerm: string;
  utmContent: string;
  clientId: string;
  userAgent: string;
}

export type DraftField = Exclude<keyof FormDraft, 'method'>;

export const emptyDraft: FormDraft = {
  method: 'extended',
  extension: '',
  destination: '',
  caller: '',
  callee: '',
  calleeType: 'number',
  direction: 'out',
  first: 'employee',
  managerDst: '',
  clientIp: '',
  utmSource: '',
  utmMedium: '',
  utmCampaign: '',
  utmTerm: '',
  utmContent: '',
  clientId: '',
  userAgent: '',
};

/** What goes over IPC: only the chosen method's fields. */
export function toCallbackForm(draft: FormDraft): CallbackFormInput {
  if (draft.method === 'simple') {
    return { method: 'simple', extension: draft.extension, destination: draft.destination };
  }
  return {
    method: 'extended',
    caller: draft.caller,
    callee: draft.callee,
    calleeType: draft.calleeType,
    direction: draft.direction,
    first: draft.first,
    managerDst: draft.managerDst === '' ? null : draft.managerDst === '1' ? 1 : 0,
    clientIp: draft.clientIp,
    utmSource: draft.utmSource,
    utmMedium: draft.utmMedium,
    utmCampaign: draft.utmCampaign,
    utmTerm: draft.utmTerm,
    utmContent: draft.utmContent,
    clientId: draft.clientId,
    userAgent: draft.userAgent,
  };
}

/** The form as it was filled in for an earlier attempt: for "clone into the form". */
export function fromCallbackForm(form: CallbackFormInput): FormDraft {
  if (form.method === 'simple') {
    return { ...emptyDraft, method: 'simple', extension: form.extension, destination: form.destination };
  }
  return {
    ...emptyDraft,
    method: 'extended',
    caller: form.caller,
    callee: form.callee,
    calleeType: form.calleeType ?? 'number',
    direction: form.direction ?? 'out',
    first: form.first ?? 'employee',
    managerDst:
      form.managerDst === undefined || form.managerDst === null ? '' : form.managerDst === 1 ? '1' : '0',
    clientIp: form.clientIp ?? '',
    utmSource: form.utmSource ?? '',
    utmMedium: form.utmMedium ?? '',
    utmCampaign: form.utmCampaign ?? '',
    utmTerm: form.utmTerm ?? '',
    utmContent: form.utmContent ?? '',
    clientId: form.clientId ?? '',
    userAgent: form.userAgent ?? '',
  };
}

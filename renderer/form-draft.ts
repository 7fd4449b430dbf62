import type { CallbackMethod, PartyField } from '../electron/contract/callback-fields';
import type { CallbackFormInput } from '../electron/contract/schemas';
import type { FormDraft } from '../electron/contract/callback-draft';

// The draft is derived from the field table, in the contract, where the command line makes its forms the same way.
export {
  emptyDraft,
  fromCallbackForm,
  toCallbackForm,
  type DraftField,
  type FormDraft,
} from '../electron/contract/callback-draft';

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

/**
 * The draft with its method changed, the client carried to the other
 * method's field for the client: the extended method's caller is the client
 * (the vendor's page: "customer's phone number", "the number or SIP account
 * to call back"), whom the simple method calls as its destination ("the phone
 * number or SIP account login to call"). The callee (an employee, a SIP login
 * or a forwarding scheme) and the extension (one of the project's own
 * incoming numbers) mean nothing in the other method: they stay in the draft,
 * unsent, and are there again when the method comes back.
 */
export function withMethod(draft: FormDraft, method: CallbackMethod): FormDraft {
  if (draft.method === method) return draft;
  const [from, to] =
    method === 'simple' ? (['caller', 'destination'] as const) : (['destination', 'caller'] as const);
  // An empty field carries nothing over: what the other method held stays.
  return draft[from].trim() === '' ? { ...draft, method } : { ...draft, method, [to]: draft[from] };
}

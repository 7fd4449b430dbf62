import type { PartyField } from '../electron/contract/callback-fields';
import type { CallbackFormInput } from '../electron/contract/schemas';

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

import {
  callbackFields,
  defaultMethod,
  fieldEntries,
  fieldsOf,
  type CallbackFieldName,
  type CallbackMethod,
  type ChoiceValue,
  type FieldOfKind,
  type Fields,
} from './callback-fields';
import type { CallbackFormInput } from './schemas';

/** A field's value as the form holds it: text as typed; a number choice as text, empty for none. */
export type DraftValue<N extends CallbackFieldName> = Fields[N] extends { kind: 'choice' }
  ? ChoiceValue<N & FieldOfKind<'choice'>>
  : Fields[N] extends { kind: 'number-choice' }
    ? '' | `${ChoiceValue<N & FieldOfKind<'number-choice'>>}`
    : string;

/** Everything the callback form holds, as typed, for both methods at once. */
export type FormDraft = { method: CallbackMethod } & { [N in CallbackFieldName]: DraftValue<N> };

export type DraftField = Exclude<keyof FormDraft, 'method'>;

/** A new form: every field empty or at its default. */
export const emptyDraft: FormDraft = {
  method: defaultMethod,
  ...(Object.fromEntries(
    fieldEntries.map(([name, field]) => [name, field.kind === 'choice' ? field.default : '']),
  ) as Omit<FormDraft, 'method'>),
};

/**
 * A field's value as the form sends it, from the text the form or a flag
 * holds: a number choice becomes its number, or null when empty. Text that
 * is none of a choice's values is passed on as it is, for the schema to refuse.
 */
export function formValueOf(name: CallbackFieldName, written: string): string | number | null {
  const field = callbackFields[name];
  if (field.kind !== 'number-choice') return written;
  if (written === '') return null;
  return field.values.find((value) => String(value) === written) ?? written;
}

/** A field's value as the form holds it, from what was sent: what is missing is the field's default. */
function draftValueOf(name: CallbackFieldName, sent: unknown): string {
  if (typeof sent === 'string') return sent;
  if (typeof sent === 'number') return String(sent);
  return emptyDraft[name];
}

/** What goes over IPC: only the chosen method's fields. */
export function toCallbackForm(draft: FormDraft): CallbackFormInput {
  const form: Record<string, unknown> = { method: draft.method };
  for (const name of fieldsOf(draft.method)) form[name] = formValueOf(name, draft[name]);
  // Each value is one the field's schema takes: the draft's type allows nothing else.
  return form as CallbackFormInput;
}

/** The form as it was filled in for an earlier attempt: for "clone into the form", or a template. */
export function fromCallbackForm(form: CallbackFormInput): FormDraft {
  const draft: Record<string, unknown> = { ...emptyDraft, method: form.method };
  const sent = form as Partial<Record<CallbackFieldName, unknown>>;
  for (const name of fieldsOf(form.method)) draft[name] = draftValueOf(name, sent[name]);
  return draft as FormDraft;
}

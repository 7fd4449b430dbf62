import {
  callbackFields,
  fieldsOf,
  type CallbackMethod,
  type FieldDescriptor,
} from '../contract/callback-fields';
import { emptyDraft, toCallbackForm, type FormDraft } from '../contract/callback-draft';
import type { CallbackFormInput } from '../contract/schemas';
import type { FlagRule, FlagValue } from './flag-rules';

/** The flags of a method's form fields, from the field table: one each, checked by the field's schema. */
export function fieldFlags(method: CallbackMethod): Record<string, FlagRule> {
  return Object.fromEntries(
    fieldsOf(method).map((field) => [callbackFields[field].flag, { kind: 'field', field } as const]),
  );
}

/**
 * The form the flags make, made as the window's form makes it: a draft
 * with the flags' values, every other field at its default.
 */
export function formFromFlags<M extends CallbackMethod>(
  method: M,
  values: Record<string, FlagValue | undefined>,
): Extract<CallbackFormInput, { method: M }> {
  const draft: Record<string, unknown> = { ...emptyDraft, method };
  for (const field of fieldsOf(method)) {
    const value = values[callbackFields[field].flag];
    if (typeof value === 'string') draft[field] = value;
  }
  // Each value has passed its field's schema when the command line was read; the method is the one asked for.
  return toCallbackForm(draft as FormDraft) as Extract<CallbackFormInput, { method: M }>;
}

/** How `--help` names a flag's value. */
function valueName(field: FieldDescriptor): string {
  if (field.flagValue !== undefined) return field.flagValue;
  switch (field.kind) {
    case 'party':
      return field.accepts === 'phone' ? 'N' : 'N|SIP';
    case 'choice':
    case 'number-choice':
      return field.values.join('|');
    case 'ip':
      return 'IP';
    case 'utm':
    case 'text':
      return 'TEXT';
  }
}

/** The `--help` lines of a method's field flags, their descriptions in one column. */
export function fieldFlagsHelp(method: CallbackMethod, extra: [string, string][] = []): string {
  const lines: [string, string][] = fieldsOf(method).map((name) => {
    const field: FieldDescriptor = callbackFields[name];
    const help = field.kind === 'choice' ? `${field.help} (default ${field.default})` : field.help;
    return [`--${field.flag} ${valueName(field)}`, help];
  });
  lines.push(...extra);
  const width = Math.max(...lines.map(([usage]) => usage.length)) + 2;
  return lines.map(([usage, help]) => `  ${usage.padEnd(width)}${help}`).join('\n');
}

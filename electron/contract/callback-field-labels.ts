import { callbackFields, type CallbackFieldName, type FieldDescriptor, type Fields } from './callback-fields';
import type { MessageKey } from './i18n/text';

/** The catalogue keys a field's words are looked up by (see the table's comment), for each field of a union. */
type LabelKey<N extends CallbackFieldName> = N extends CallbackFieldName
  ? | `field.${N}`
    | (Fields[N]['kind'] extends 'utm' ? `preview.${N}` : never)
    | (Fields[N]['kind'] extends 'utm' | 'text' | 'ip' | 'choice' ? `form.${N}` : never)
    | (Fields[N] extends { kind: 'choice'; values: readonly (infer V extends string)[] }
        ? `form.${N}.${V}`
        : never)
  : never;

/** A field whose words are missing from the English catalogue fails to compile here, naming each key. */
const catalogued: Record<Exclude<LabelKey<CallbackFieldName>, MessageKey>, never> = {};
void catalogued;

/** The catalogue keys of one field's words, for a check that both catalogues hold them. */
export function labelKeysOf<N extends CallbackFieldName>(name: N): LabelKey<N>[] {
  const field: FieldDescriptor = callbackFields[name];
  const keys = [`field.${name}`];
  if (field.kind === 'utm') keys.push(`preview.${name}`);
  if (field.kind === 'utm' || field.kind === 'text' || field.kind === 'ip' || field.kind === 'choice')
    keys.push(`form.${name}`);
  if (field.kind === 'choice') keys.push(...field.values.map((value) => `form.${name}.${value}`));
  // The keys are built by the rule LabelKey states, kind by kind.
  return keys as LabelKey<N>[];
}

import { z } from 'zod';
import {
  callbackFields,
  fieldsOf,
  type CallbackFieldName,
  type CallbackMethod,
  type FieldDescriptor,
  type FieldOf,
} from './callback-fields';

type Fields = typeof callbackFields;

/** How long the strings of a form may be: its parties, and any other text. */
export interface FormBounds {
  party: z.ZodString;
  text: z.ZodString;
}

/** A field's schema by its kind: parties required, everything else optional; a number choice may be null. */
export type FieldSchema<N extends CallbackFieldName> = Fields[N] extends { kind: 'party' }
  ? z.ZodString
  : Fields[N] extends { kind: 'number-choice'; values: readonly (infer V extends number)[] }
    ? z.ZodOptional<z.ZodNullable<z.ZodLiteral<V>>>
    : Fields[N] extends { kind: 'choice'; values: readonly (infer V extends string)[] }
      ? z.ZodOptional<z.ZodLiteral<V>>
      : z.ZodOptional<z.ZodString>;

/**
 * One field's schema, built from its descriptor. Only the bounds are checked
 * here; what a value must look like (a number, an address) is the core's
 * check, so the person is told which field is wrong and why.
 */
export function fieldSchema<N extends CallbackFieldName>(name: N, bounds: FormBounds): FieldSchema<N> {
  const field: FieldDescriptor = callbackFields[name];
  const schema: z.ZodType = (() => {
    switch (field.kind) {
      case 'party':
        return bounds.party;
      case 'choice':
        return z.literal(field.values).optional();
      case 'number-choice':
        return z.literal(field.values).nullable().optional();
      case 'utm':
      case 'text':
      case 'ip':
        return bounds.text.optional();
    }
  })();
  // The switch above builds, for each kind, exactly the schema FieldSchema names for it.
  return schema as FieldSchema<N>;
}

type MethodShape<M extends CallbackMethod> = { method: z.ZodLiteral<M> } & {
  [N in FieldOf<M>]: FieldSchema<N>;
};

/** One method's form: its fields and nothing else. */
export type MethodFormSchema<M extends CallbackMethod> = z.ZodObject<MethodShape<M>, z.core.$strict>;

function methodFormSchema<M extends CallbackMethod>(method: M, bounds: FormBounds): MethodFormSchema<M> {
  const shape: Record<string, z.ZodType> = { method: z.literal(method) };
  for (const name of fieldsOf(method)) shape[name] = fieldSchema(name, bounds);
  // The shape holds the method and each of its fields' schemas, as MethodShape says.
  return z.strictObject(shape) as unknown as MethodFormSchema<M>;
}

/** The two methods' forms, told apart by `method`. */
export function callbackFormSchemaWith(bounds: FormBounds) {
  return z.discriminatedUnion('method', [
    methodFormSchema('simple', bounds),
    methodFormSchema('extended', bounds),
  ]);
}

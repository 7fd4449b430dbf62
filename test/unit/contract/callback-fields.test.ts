import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
import { runCli } from '../../../electron/cli/run';
import type { StopRequests } from '../../../electron/cli/stop-requests';
import {
  callbackFields,
  callbackMethods,
  fieldEntries,
  type CallbackFieldName,
  type CallbackMethod,
  type FieldDescriptor,
} from '../../../electron/contract/callback-fields';
import { labelKeysOf } from '../../../electron/contract/callback-field-labels';
import {
  emptyDraft,
  formValueOf,
  fromCallbackForm,
  toCallbackForm,
  type FormDraft,
} from '../../../electron/contract/callback-draft';
import { fieldSchema } from '../../../electron/contract/callback-schema';
import { fieldValueProblem, type FieldValueProblem } from '../../../electron/contract/field-values';
import { inputLimits } from '../../../electron/contract/limits';
import { requestSchemas, typedBounds } from '../../../electron/contract/schemas';
import type { Transport } from '../../../electron/ringostat/transport';
import { testDesk, type TestDesk } from '../../support/test-desk';

/*
 * Every field of the table, whatever it is, is checked here by its kind: a
 * field added to the table is covered without a line of this file changing.
 */

const key = 'derivation-test-key-4711';
const projectId = '10001';
/** A callee that is valid both as a number and as a forwarding scheme id, so every callee type can be sent. */
const bothKindsOfCallee = '380632223344';
const partiesOf: Record<CallbackMethod, Partial<Record<CallbackFieldName, string>>> = {
  simple: { extension: '380441112233', destination: '0671112233' },
  extended: { caller: '0671112233', callee: bothKindsOfCallee },
};

/** A valid value for the field, other than its default, as the form (and a flag) holds it. */
function sampleOf(field: FieldDescriptor): string {
  switch (field.kind) {
    case 'party':
      return '+38 (063) 222-33-55';
    case 'choice':
      return field.values.find((value) => value !== field.default) ?? field.default;
    case 'number-choice':
      return String(field.values[field.values.length - 1]);
    case 'utm':
      return 'spring_sale';
    case 'text':
      return field.format === 'token' ? 'GA.1234.5678' : 'Mozilla/5.0 (X11; Linux)';
    case 'ip':
      return '10.10.10.10';
  }
}

/** Values of the field's own type its schema must refuse. */
function refusedBy(field: FieldDescriptor): unknown[] {
  switch (field.kind) {
    case 'party':
      return ['1'.repeat(inputLimits.partyLength + 1), 380671112233];
    case 'choice':
      return ['not-one-of-them', field.values[0].toUpperCase()];
    case 'number-choice':
      return [Math.max(...field.values) + 1, String(field.values[0])];
    case 'utm':
    case 'text':
    case 'ip':
      return ['x'.repeat(2001), 42];
  }
}

function draftWith(method: CallbackMethod, name: CallbackFieldName, value: string): FormDraft {
  return { ...emptyDraft, method, ...partiesOf[method], [name]: value } as FormDraft;
}

/** One case per field and method it belongs to. */
const cases = fieldEntries.flatMap(([name, field]) =>
  field.methods.map((method) => ({ name, field, method, sample: sampleOf(field) })),
);

describe('the field table', () => {
  it('gives every field a flag of its own and words in both catalogues', () => {
    const flags = fieldEntries.map(([, field]) => field.flag);
    expect(new Set(flags).size).toBe(flags.length);
    for (const [name] of fieldEntries)
      for (const label of labelKeysOf(name)) {
        expect(en, `${name}: ${label}`).toHaveProperty([label]);
        expect(uk, `${name}: ${label}`).toHaveProperty([label]);
      }
  });
});

describe.each(cases)('$name ($method method)', ({ name, field, method, sample }) => {
  const formSchema = requestSchemas.previewCallback;
  const formWith = (value: unknown): Record<string, unknown> => ({
    ...toCallbackForm(draftWith(method, name, sample)),
    [name]: value,
  });

  it('is taken by the schema as its kind allows, and refused otherwise', () => {
    expect(fieldSchema(name, typedBounds).safeParse(formValueOf(name, sample)).success).toBe(true);
    expect(formSchema.safeParse({ form: formWith(formValueOf(name, sample)) }).success).toBe(true);
    for (const refused of refusedBy(field))
      expect(formSchema.safeParse({ form: formWith(refused) }).success, String(refused)).toBe(false);
    const { [name]: _left, ...without } = formWith(undefined);
    expect(formSchema.safeParse({ form: without }).success).toBe(field.kind !== 'party');
    for (const other of callbackMethods.filter((each) => !field.methods.includes(each))) {
      const otherForm = {
        ...toCallbackForm(draftWith(other, name, sample)),
        [name]: formValueOf(name, sample),
      };
      expect(formSchema.safeParse({ form: otherForm }).success, `on the ${other} form`).toBe(false);
    }
  });

  it('is held by the command line to the very bounds its schema holds it to, without zod', () => {
    const probes: unknown[] = [
      undefined,
      null,
      '',
      'x',
      sample,
      formValueOf(name, sample),
      ...refusedBy(field),
      ...(field.kind === 'choice' || field.kind === 'number-choice' ? field.values : []),
      ...[inputLimits.partyLength, inputLimits.textLength].flatMap((length) => [
        '9'.repeat(length),
        '9'.repeat(length + 1),
      ]),
    ];
    const verdictOfSchema = (value: unknown): FieldValueProblem | null => {
      const parsed = fieldSchema(name, typedBounds).safeParse(value);
      const issue = parsed.error?.issues[0];
      if (!issue) return null;
      if (issue.code === 'too_big') return { kind: 'too-long', maximum: Number(issue.maximum) };
      if (issue.code === 'invalid_value')
        return { kind: 'not-a-choice', values: issue.values as (string | number)[] };
      return { kind: 'wrong-type' };
    };
    for (const value of probes)
      expect(fieldValueProblem(name, value), String(value)).toEqual(verdictOfSchema(value));
  });

  it('goes into the form sent and comes back into the draft unchanged', () => {
    const draft = draftWith(method, name, sample);
    const form = toCallbackForm(draft) as Record<string, unknown>;
    expect(form[name]).toBe(formValueOf(name, sample));
    expect(fromCallbackForm(toCallbackForm(draft))).toEqual({
      ...draft,
      ...Object.fromEntries(
        fieldEntries
          .filter(([, each]) => !each.methods.includes(method))
          .map(([other]) => [other, emptyDraft[other]]),
      ),
    });
  });

  it('is a command-line flag that makes the request the window makes', async () => {
    const windowRequest = await windowPreview(toCallbackForm(draftWith(method, name, sample)));
    const flags = Object.entries({ ...partiesOf[method], [name]: sample }).flatMap(([each, value]) => [
      `--${callbackFields[each as CallbackFieldName].flag}`,
      value,
    ]);
    const cliRequest = await cliDryRun([method, ...flags]);
    expect(cliRequest).toBe(windowRequest);
    if (field.parameter !== null) expect(cliRequest).toMatch(new RegExp(`["&]?${field.parameter}["=]`));
  });

  it('is refused on the command line where the schema refuses it', async () => {
    const tooLong =
      field.kind === 'choice' || field.kind === 'number-choice' ? 'none-of-them' : 'x'.repeat(2001);
    const flag = `--${field.flag}`;
    const output: string[] = [];
    const code = await runCli(
      [method, '--dry-run', ...flagsOf(method, name), flag, tooLong],
      context(output),
    );
    expect(code).toBe(2);
    expect(output.join('\n')).toContain(flag);
  });
});

function flagsOf(method: CallbackMethod, without: CallbackFieldName): string[] {
  return Object.entries(partiesOf[method])
    .filter(([each]) => each !== without)
    .flatMap(([each, value]) => [`--${callbackFields[each as CallbackFieldName].flag}`, value]);
}

// Nothing is sent: the window's preview and the command line's dry run both build the request and stop.
const nowhere: Transport = async () => {
  throw new Error('A request was sent.');
};
const noStops: StopRequests = { first: new Promise(() => {}), count: () => 0, hold: () => () => {} };

function context(output: string[]) {
  return {
    env: { RINGOSTAT_API_URL: 'http://127.0.0.1:9', RINGOSTAT_AUTH_KEY: key },
    io: { out: (text: string) => output.push(text), err: (text: string) => output.push(text) },
    transport: nowhere,
    stops: noStops,
  };
}

/** The request body the command line's dry run prints, its random JSON-RPC id set to 1. */
async function cliDryRun(args: string[]): Promise<string> {
  const output: string[] = [];
  const extended = args[0] === 'extended' ? ['--project-id', projectId] : [];
  const code = await runCli([...args, ...extended, '--dry-run', '--json'], context(output));
  expect(code, output.join('\n')).toBe(0);
  return withoutId((JSON.parse(output.join('')) as { request: { body: string } }).request.body);
}

let desk: TestDesk;
beforeAll(() => {
  desk = testDesk({ transport: nowhere, simulatorUrl: () => 'http://127.0.0.1:9' });
  const created = desk.profiles.create({
    name: 'Live',
    projectId,
    numbers: ['380441112233'],
    country: 'UA',
    target: 'ringostat',
    apiUrl: 'http://127.0.0.1:9',
  });
  if (!created.ok) throw new Error('The profile was refused.');
  desk.profiles.setKey(desk.profiles.active().id, key, 'encrypted');
});
afterAll(() => desk.dispose());

/** The request body main's preview shows the window for a form, its random JSON-RPC id set to 1. */
async function windowPreview(form: unknown): Promise<string> {
  const result = await desk.dispatch('previewCallback', { form });
  if (!result.ok) throw new Error(`The preview was refused: ${result.error.code}`);
  const { request, errors } = result.value as { request: { body: string } | null; errors: unknown[] };
  expect(errors).toEqual([]);
  return withoutId(request?.body ?? '');
}

function withoutId(body: string): string {
  return body.replace(/^\{"jsonrpc":"2\.0","id":\d+,/, '{"jsonrpc":"2.0","id":1,');
}

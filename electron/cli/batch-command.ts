import { text } from '../contract/i18n/text';
import { readFileSync, statSync } from 'node:fs';
import type { CountryCode } from 'libphonenumber-js/max';
import { z } from 'zod';
import { parseBatchValues, planBatch, type BatchColumn } from '../batch/batch-plan';
import { BatchRun } from '../batch/batch-run';
import { inputLimits } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import { callbackFormSchema, type CallbackFormInput } from '../contract/schemas';
import { defaultTimeoutMs, sendCallback } from '../ringostat/client';
import { defaultCountry, parseCountry } from '../ringostat/party';
import { prepareCallback } from '../ringostat/prepare';
import { sandbox } from '../simulator/sandbox';
import type { ParsedValues } from './args';
import { batchJson, describeRows, exitCodeOf, summary } from './batch-report';
import type { CliContext } from './context';
import { english, type CliProblem } from './output';
import { sandboxTarget } from '../simulator/scenario-address';
import { reportInvalid, withTarget } from './target';

const exportFile = z.object({
  kind: z.literal('callback-desk-templates'),
  templates: z.array(z.object({ name: z.string(), form: callbackFormSchema })),
});

/** A templates export of thousands of templates is far below this. */
const templateFileLimit = { bytes: 10_000_000, says: 'at most 10,000,000 bytes' };
/** A character of UTF-8 text takes at most 4 bytes: a larger file cannot be within the values limit. */
const valuesFileLimit = {
  bytes: inputLimits.valuesLength * 4,
  says: `a run's values are at most ${inputLimits.valuesLength.toLocaleString('en')} characters`,
};

/** `batch`: a template and a file of values, checked first, then sent one at a time with a gap. */
export async function runBatchCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const json = values.json === true;
  const useSandbox = values.sandbox === true;
  const errors: CliProblem[] = [];
  const template = readTemplate(values.template, values.name);
  if (!template.ok) errors.push({ field: 'template', message: `--template: ${template.error}` });
  const valueText = readText(values.values, '--values', valuesFileLimit);
  const parsedValues = valueText.ok ? parseBatchValues(valueText.value) : valueText;
  if (!parsedValues.ok) {
    const problem = parsedValues.error;
    errors.push({ field: 'values', message: typeof problem === 'string' ? problem : english(problem) });
  }
  let country: CountryCode = defaultCountry;
  if (typeof values.country === 'string') {
    const parsed = parseCountry(values.country);
    if (parsed.ok) country = parsed.value;
    else errors.push({ field: 'country', message: `--country: ${english(parsed.error)}` });
  }
  // Each flag's rule has already checked the gap's range and the column's choices.
  const gapMs = typeof values.gap === 'number' ? Math.round(values.gap * 1000) : 5_000;
  const column = (typeof values.column === 'string' ? values.column : 'callee') as BatchColumn;
  if (errors.length > 0 || !template.ok || !parsedValues.ok) return reportInvalid(context, errors, json);

  const projectId =
    (typeof values['project-id'] === 'string' ? values['project-id'] : '') ||
    (useSandbox ? sandbox.projectId : (context.env.RINGOSTAT_PROJECT_ID ?? ''));
  const planned = planBatch(template.value, column, parsedValues.value, {
    country,
    projectId,
    blocklist: [],
  });
  if (!planned.ok) return reportInvalid(context, [{ field: 'values', message: planned.error }], json);
  const rows = planned.value;
  const valid = rows.filter((row) => row.error === null).length;
  const say = (text: string) => (json ? undefined : context.io.err(text));
  for (const row of rows)
    if (row.error) say(`Row ${row.index} (${row.value}) will not be sent: ${english(row.error)}`);
  if (valid === 0)
    return reportInvalid(
      context,
      [{ field: 'values', message: 'No row is valid: nothing would be sent.' }],
      json,
    );
  if (!useSandbox && values.confirm !== valid) {
    return reportInvalid(
      context,
      [
        {
          field: 'confirm',
          message: `This run places ${valid} real call(s). Add --confirm ${valid} to place them.`,
        },
      ],
      json,
    );
  }

  return withTarget(context, { sandbox: useSandbox, json }, async (target, sandboxed) => {
    if (context.stops.count() > 0)
      return reportInvalid(
        context,
        [{ field: 'flags', message: 'Stopped by hand before the first row: nothing was sent.' }],
        json,
      );
    say(`Sending ${valid} callback(s), one every ${gapMs / 1000} s. Ctrl+C stops after the call in flight.`);
    const run = new BatchRun(
      'cli',
      rows,
      { gapMs, stopOnFailure: values['stop-on-failure'] === true },
      async (row) => {
        say(`Row ${row.index} (${row.value}): sending…`);
        const prepared = prepareCallback(
          row.form.method === 'extended' ? { ...row.form, projectId } : row.form,
          country,
        );
        if (!prepared.ok)
          return {
            ok: false,
            error: {
              message: text('words.sentences', { items: prepared.error.map((error) => error.message) }),
            },
          };
        const destination = sandboxed ? sandboxTarget(target, prepared.value) : target;
        const result = await sendCallback(prepared.value, destination, { transport: context.transport });
        say(`Row ${row.index} (${row.value}): ${result.outcome.toUpperCase()}: ${english(result.message)}`);
        return { ok: true, value: { ...result, historyId: '', historyWarning: null } };
      },
    );
    // Every Ctrl+C (or SIGTERM) is answered, none cuts the call in flight short: its outcome is printed with the rest.
    const release = context.stops.hold((count) => {
      run.stop();
      const sending = run.snapshot().rows.find((row) => row.state === 'sending');
      const inFlight = sending ? `row ${sending.index} (${sending.value})` : null;
      if (count === 1)
        context.io.err(
          inFlight
            ? `Stopping: no further row is sent. Waiting for the answer to ${inFlight}, then every row's outcome is printed.`
            : 'Stopping: no further row is sent.',
        );
      else if (inFlight)
        context.io.err(
          `Still waiting for the answer to ${inFlight} (at most ${defaultTimeoutMs / 1000} s), so its outcome is not lost. Ctrl+C again does not cut it short.`,
        );
    });
    try {
      await run.done;
    } finally {
      release();
    }
    const snapshot = run.snapshot();
    if (json) context.io.out(batchJson(snapshot));
    else context.io.out([...describeRows(snapshot), summary(snapshot)].join('\n'));
    return exitCodeOf(snapshot);
  });
}

/** A templates export (one template, or the one --name picks), a single template, or a bare form. */
function readTemplate(
  path: ParsedValues[string],
  name: ParsedValues[string],
): Result<CallbackFormInput, string> {
  const text = readText(path, '--template', templateFileLimit);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return fail('the file is not JSON.');
  }
  const asExport = exportFile.safeParse(json);
  if (asExport.success) {
    const { templates } = asExport.data;
    const chosen =
      typeof name === 'string' ? templates.filter((template) => template.name === name) : templates;
    if (chosen.length === 1 && chosen[0]) return ok(chosen[0].form);
    return fail(
      chosen.length === 0
        ? `no template named “${String(name)}” in the file.`
        : `the file holds ${chosen.length} templates: choose one with --name (${templates.map((template) => template.name).join(', ')}).`,
    );
  }
  const single = z.object({ form: callbackFormSchema }).safeParse(json);
  if (single.success) return ok(single.data.form);
  const bare = callbackFormSchema.safeParse(json);
  return bare.success ? ok(bare.data) : fail('the file is neither a templates export nor a callback form.');
}

/** Reads a whole file, after checking its size: a file far too large is refused without being read. */
function readText(
  path: ParsedValues[string],
  flag: string,
  limit: { bytes: number; says: string },
): Result<string, string> {
  if (typeof path !== 'string' || path.trim() === '') return fail(`${flag} FILE is required.`);
  try {
    const size = statSync(path).size;
    if (size > limit.bytes)
      return fail(`${flag} ${path} is ${size.toLocaleString('en')} bytes, too large to read: ${limit.says}.`);
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`${flag} ${path} cannot be read${code === 'ENOENT' ? ': no such file' : ''}.`);
  }
}

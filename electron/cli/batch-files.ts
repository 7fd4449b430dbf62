import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { inputLimits } from '../contract/limits';
import { readBoundedText, type FileRefusal } from '../files/bounded-read';
import { fail, ok, type Result } from '../contract/result';
import { callbackFormSchema, type CallbackFormInput } from '../contract/schemas';
import { templateExportBytes } from '../templates/template-store';
import type { ParsedValues } from './args';

const exportFile = z.object({
  kind: z.literal('callback-desk-templates'),
  templates: z.array(z.object({ name: z.string(), form: callbackFormSchema })),
});

/** The same limit as the window's import: a templates export of thousands of templates is far below it. */
const templateFileLimit = {
  bytes: templateExportBytes,
  says: `at most ${templateExportBytes.toLocaleString('en')} bytes`,
};
/** A character of UTF-8 text takes at most 4 bytes: a larger file cannot be within the values limit. */
export const valuesFileLimit = {
  bytes: inputLimits.valuesLength * 4,
  says: `a run's values are at most ${inputLimits.valuesLength.toLocaleString('en')} characters`,
};

/** A run's template, and its name when the file gives one (a report names its suite after it). */
export interface RunTemplate {
  form: CallbackFormInput;
  name: string | null;
}

/** A templates export (one template, or the one --name picks), a single template, or a bare form. */
export function readTemplate(
  path: ParsedValues[string],
  name: ParsedValues[string],
): Result<RunTemplate, string> {
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
    if (chosen.length === 1 && chosen[0]) return ok({ form: chosen[0].form, name: chosen[0].name });
    return fail(
      chosen.length === 0
        ? `no template named “${String(name)}” in the file.`
        : `the file holds ${chosen.length} templates: choose one with --name (${templates.map((template) => template.name).join(', ')}).`,
    );
  }
  const single = z.object({ form: callbackFormSchema, name: z.string().optional() }).safeParse(json);
  if (single.success) return ok({ form: single.data.form, name: single.data.name ?? null });
  const bare = callbackFormSchema.safeParse(json);
  return bare.success
    ? ok({ form: bare.data, name: null })
    : fail('the file is neither a templates export nor a callback form.');
}

/**
 * Reads a whole file, within its limit: a file far too large, and anything
 * that is not a regular file (a folder, a named pipe, a device), is refused
 * without being read, saying what to give instead.
 */
export function readText(
  path: ParsedValues[string],
  flag: string,
  limit: { bytes: number; says: string },
): Result<string, string> {
  if (typeof path !== 'string' || path.trim() === '') return fail(`${flag} FILE is required.`);
  const read = readBoundedText(path, limit.bytes);
  return read.ok ? read : fail(`${flag} ${path} ${refusalWords(read.error, limit.says)}`);
}

/** Why a file was not read, after its flag and name. */
function refusalWords(refusal: FileRefusal, limitSays: string): string {
  switch (refusal.kind) {
    case 'missing':
      return 'cannot be read: no such file.';
    case 'unreadable':
      return `cannot be read (${refusal.code}).`;
    case 'too-large':
      return refusal.bytes === null
        ? `grew past ${refusal.limit.toLocaleString('en')} bytes while it was read, too large to read: ${limitSays}.`
        : `is ${refusal.bytes.toLocaleString('en')} bytes, too large to read: ${limitSays}.`;
    case 'not-a-file':
      return {
        folder: 'is a folder, not a file: name the file inside it.',
        pipe: 'is a named pipe, not a file: save what it gives to a file and name that.',
        device: 'is a device, not a file: name a file.',
        socket: 'is a socket, not a file: name a file.',
        other: 'is not a regular file: name a file.',
      }[refusal.what];
  }
}

/** One `--report KIND:FILE`. */
export interface ReportSpec {
  kind: 'junit' | 'json';
  path: string;
}

/**
 * Reads every `--report`, and checks before anything is sent that each file
 * can be written: its folder exists and may be written to, and no two
 * reports name the same file.
 */
export function readReportSpecs(written: ParsedValues[string]): Result<ReportSpec[], string[]> {
  const given = Array.isArray(written) ? written : typeof written === 'string' ? [written] : [];
  const problems: string[] = [];
  const specs: ReportSpec[] = [];
  for (const item of given) {
    const match = /^(junit|json):(.+)$/.exec(item);
    if (!match || !match[1] || !match[2]?.trim()) {
      problems.push(
        `--report must be junit:FILE or json:FILE (given: “${item.slice(0, 40)}”), such as --report junit:run.xml.`,
      );
      continue;
    }
    const path = resolve(match[2]);
    if (specs.some((spec) => spec.path === path)) {
      problems.push(`--report names ${match[2]} twice: give each report its own file.`);
      continue;
    }
    const unwritable = cannotWrite(path);
    if (unwritable) problems.push(`--report ${match[2]}: ${unwritable}`);
    else specs.push({ kind: match[1] as ReportSpec['kind'], path });
  }
  return problems.length > 0 ? fail(problems) : ok(specs);
}

function cannotWrite(path: string): string | null {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return 'that is a folder, not a file.';
    const folder = dirname(path);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
      return `the folder ${folder} does not exist.`;
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return `the folder ${dirname(path)} cannot be written to.`;
  }
}

/** Writes each report; says which could not be written. */
export function writeReports(
  specs: ReportSpec[],
  content: Record<ReportSpec['kind'], () => string>,
): string[] {
  const problems: string[] = [];
  for (const spec of specs) {
    try {
      writeFileSync(spec.path, content[spec.kind](), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'an error';
      problems.push(`The ${spec.kind} report could not be written to ${spec.path} (${code}).`);
    }
  }
  return problems;
}

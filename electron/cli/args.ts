import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fieldEntries } from '../contract/callback-fields';
import { gapLimits, inputLimits, timeoutRange } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import { fieldFlags } from './field-flags';
import { applyRule, filePath, freeText, type FlagRule, type FlagValue } from './flag-rules';
import type { CliProblem } from './output';

const short: FlagRule = { kind: 'text', maxLength: 64 };
const projectId: FlagRule = { kind: 'digits', maxLength: 12 };
const switchFlag: FlagRule = { kind: 'switch' };

const commonFlags = {
  country: short,
  timeout: { kind: 'seconds', ...timeoutRange },
  'dry-run': switchFlag,
  json: switchFlag,
  sandbox: switchFlag,
  help: switchFlag,
} as const satisfies Record<string, FlagRule>;

const readFlags = { json: switchFlag, sandbox: switchFlag, help: switchFlag } as const;

/** Every flag of every command, each with its one rule. */
export const commandFlags = {
  simple: { ...commonFlags, ...fieldFlags('simple') },
  extended: { ...commonFlags, ...fieldFlags('extended'), 'project-id': projectId },
  simulator: {
    port: { kind: 'whole', minimum: 0, maximum: 65535, note: '0 picks a free port' },
    help: switchFlag,
  },
  check: readFlags,
  batch: {
    ...readFlags,
    country: short,
    template: filePath,
    name: freeText,
    values: filePath,
    column: { kind: 'choice', values: ['callee', 'caller', 'destination'] },
    gap: { kind: 'seconds', minimum: gapLimits.minimumMs / 1000, maximum: gapLimits.maximumMs / 1000 },
    confirm: { kind: 'whole', minimum: 1, maximum: inputLimits.rows },
    'stop-on-failure': switchFlag,
    'project-id': projectId,
    report: { kind: 'text', maxLength: 4096, repeatable: true },
    'mask-numbers': switchFlag,
  },
  staff: { ...readFlags, 'project-id': projectId },
  calls: { ...readFlags, from: short, to: short, 'time-zone': short },
} as const satisfies Record<string, Record<string, FlagRule>>;

export type CommandName = keyof typeof commandFlags;
export type ParsedValues = Record<string, FlagValue | undefined>;

const keyFlag = /^--?(auth[-_]?key|key|api[-_]?key|token)(=|$)/i;

/**
 * Parses one command's flags strictly: unknown flags, stray words and a
 * flag given twice are refused, and every value is checked by its flag's
 * rule. A flag that looks like it carries the key is refused without
 * repeating its value.
 */
export function parseCommandArgs(command: CommandName, args: string[]): Result<ParsedValues, CliProblem[]> {
  if (args.some((arg) => keyFlag.test(arg))) {
    return fail([
      {
        field: 'authKey',
        message:
          'The Auth-key is never taken from a flag: flags show in process lists and shell history. Set RINGOSTAT_AUTH_KEY in the environment instead.',
      },
    ]);
  }
  const rules: Record<string, FlagRule> = commandFlags[command];
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [flag, rule] of Object.entries(rules)) {
    options[flag] = { type: rule.kind === 'switch' ? 'boolean' : 'string' };
    if (rule.kind === 'text' && rule.repeatable) options[flag] = { type: 'string', multiple: true };
    if (flag === 'help') options[flag] = { type: 'boolean', short: 'h' };
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    return fail([{ field: 'flags', message: `${message}. See callback-desk ${command} --help.` }]);
  }
  const problems: CliProblem[] = [];
  const times = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (token.kind === 'option') times.set(token.name, (times.get(token.name) ?? 0) + 1);
  }
  for (const [flag, count] of times) {
    // The last of two values would win silently, and the person may have meant the first.
    if (count > 1 && !isRepeatable(rules[flag]))
      problems.push({
        field: fieldOf(flag),
        message: `--${flag} is given ${count === 2 ? 'twice' : `${count} times`}: give it once.`,
      });
  }
  const values: ParsedValues = {};
  for (const [flag, written] of Object.entries(parsed.values)) {
    const rule = rules[flag];
    if (rule === undefined || written === undefined) continue;
    const checked = (Array.isArray(written) ? written : [written]).map((one) => applyRule(flag, rule, one));
    for (const check of checked) if (!check.ok) problems.push({ field: fieldOf(flag), message: check.error });
    if (isRepeatable(rule))
      values[flag] = checked.flatMap((check) => (check.ok ? [String(check.value)] : []));
    else if (checked[0]?.ok) values[flag] = checked[0].value;
  }
  return problems.length > 0 ? fail(problems) : ok(values);
}

/** `--callee-type` is about the form's `calleeType`: errors carry the form's field names. */
function fieldOf(flag: string): string {
  const field = fieldEntries.find(([, descriptor]) => descriptor.flag === flag)?.[0];
  return field ?? flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function isRepeatable(rule: FlagRule | undefined): boolean {
  return rule?.kind === 'text' && rule.repeatable === true;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail, ok, type Result } from '../contract/result';

type Options = NonNullable<ParseArgsConfig['options']>;

const commonOptions = {
  country: { type: 'string' },
  timeout: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  sandbox: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const commandOptions = {
  simple: { ...commonOptions, extension: { type: 'string' }, destination: { type: 'string' } },
  extended: {
    ...commonOptions,
    caller: { type: 'string' },
    callee: { type: 'string' },
    'callee-type': { type: 'string' },
    direction: { type: 'string' },
    first: { type: 'string' },
    'manager-dst': { type: 'string' },
    'project-id': { type: 'string' },
    'client-ip': { type: 'string' },
    'utm-source': { type: 'string' },
    'utm-medium': { type: 'string' },
    'utm-campaign': { type: 'string' },
    'utm-term': { type: 'string' },
    'utm-content': { type: 'string' },
    'client-id': { type: 'string' },
    'user-agent': { type: 'string' },
  },
  simulator: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  check: { json: commonOptions.json, sandbox: commonOptions.sandbox, help: commonOptions.help },
  batch: {
    json: commonOptions.json,
    sandbox: commonOptions.sandbox,
    help: commonOptions.help,
    country: commonOptions.country,
    template: { type: 'string' },
    name: { type: 'string' },
    values: { type: 'string' },
    column: { type: 'string' },
    gap: { type: 'string' },
    confirm: { type: 'string' },
    'stop-on-failure': { type: 'boolean' },
    'project-id': { type: 'string' },
  },
  staff: {
    json: commonOptions.json,
    sandbox: commonOptions.sandbox,
    help: commonOptions.help,
    'project-id': { type: 'string' },
  },
  calls: {
    json: commonOptions.json,
    sandbox: commonOptions.sandbox,
    help: commonOptions.help,
    from: { type: 'string' },
    to: { type: 'string' },
    'time-zone': { type: 'string' },
  },
} as const satisfies Record<string, Options>;

export type CommandName = keyof typeof commandOptions;
export type ParsedValues = Record<string, string | boolean | undefined>;

const keyFlag = /^--?(auth[-_]?key|key|api[-_]?key|token)(=|$)/i;

/**
 * Parses one command's flags strictly. Unknown flags and stray words are
 * refused; a flag that looks like it carries the key is refused without
 * repeating its value.
 */
export function parseCommandArgs(command: CommandName, args: string[]): Result<ParsedValues, string> {
  if (args.some((arg) => keyFlag.test(arg))) {
    return fail(
      'The Auth-key is never taken from a flag: flags show in process lists and shell history. Set RINGOSTAT_AUTH_KEY in the environment instead.',
    );
  }
  try {
    const { values } = parseArgs({
      args,
      options: commandOptions[command],
      strict: true,
      allowPositionals: false,
    });
    return ok(values as ParsedValues);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    return fail(`${message}. See callback-desk ${command} --help.`);
  }
}

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(commandOptions, name);
}

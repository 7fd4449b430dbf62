import type { CommandName, ParsedValues } from './args';
import type { CliContext } from './context';
import { exitCodes } from './exit-codes';
import { escapeForTerminal } from './terminal-text';

/** The commands, for telling one from a typo before any of their code loads. */
const commandNames: readonly CommandName[] = [
  'simple',
  'extended',
  'batch',
  'calls',
  'staff',
  'check',
  'simulator',
];

function isCommand(name: string | undefined): name is CommandName {
  return commandNames.includes(name as CommandName);
}

/**
 * Runs one command line and returns the exit code. Every line written passes
 * the key filter, then has its control characters escaped. Each command's
 * code is a chunk of its own, loaded only when that command runs, so `--help`
 * loads none and `extended` neither zod nor the runs.
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const secret = context.env.RINGOSTAT_AUTH_KEY?.trim() ?? '';
  const scrub = (text: string): string => (secret === '' ? text : text.split(secret).join('[redacted]'));
  const safe: CliContext = {
    ...context,
    io: {
      out: (text) => context.io.out(escapeForTerminal(scrub(text))),
      err: (text) => context.io.err(escapeForTerminal(scrub(text))),
    },
  };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    safe.io.err(
      `callback-desk failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

async function dispatch(argv: string[], safe: CliContext): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) {
    safe.io.err(await helpFor('main'));
    return exitCodes.invalid;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = args[0];
    safe.io.out(await helpFor(isCommand(topic) ? topic : 'main'));
    return 0;
  }
  if (!isCommand(command)) {
    safe.io.err(
      `Unknown command “${command.slice(0, 40)}”. Commands: ${commandNames.join(', ')}. See callback-desk --help.`,
    );
    return exitCodes.invalid;
  }
  const { parseCommandArgs } = await import('./args');
  const parsed = parseCommandArgs(command, args);
  if (!parsed.ok) {
    const { reportInvalid } = await import('./output');
    return reportInvalid(safe, parsed.error, args.includes('--json'));
  }
  if (parsed.value.help === true) {
    safe.io.out(await helpFor(command));
    return 0;
  }
  return runCommand(command, parsed.value, safe);
}

async function helpFor(topic: CommandName | 'main'): Promise<string> {
  if (topic === 'simulator') return (await import('./simulator-command')).simulatorHelp();
  return (await import('./help')).helpText(topic);
}

async function runCommand(command: CommandName, values: ParsedValues, safe: CliContext): Promise<number> {
  switch (command) {
    case 'simulator':
      return (await import('./simulator-command')).runSimulatorCommand(values, safe);
    case 'check':
      return (await import('./read-commands')).runCheckCommand(values, safe);
    case 'staff':
      return (await import('./read-commands')).runStaffCommand(values, safe);
    case 'calls':
      return (await import('./read-commands')).runCallsCommand(values, safe);
    case 'batch':
      return (await import('./batch-command')).runBatchCommand(values, safe);
    case 'simple':
    case 'extended':
      return (await import('./callback-command')).runCallbackCommand(command, values, safe);
  }
}

import { isCommand, parseCommandArgs } from './args';
import { runCallbackCommand } from './callback-command';
import type { CliContext } from './context';
import { helpText } from './help';
import { exitCodes } from './output';
import { runBatchCommand } from './batch-command';
import { runCallsCommand, runCheckCommand, runStaffCommand } from './read-commands';
import { runSimulatorCommand } from './simulator-command';
import { reportInvalid } from './target';
import { escapeForTerminal } from './terminal-text';

/**
 * Runs one command line and returns the exit code. Every line written passes
 * the key filter, then has its control characters escaped.
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
    safe.io.err(helpText('main'));
    return exitCodes.invalid;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = args[0];
    safe.io.out(isCommand(topic) ? helpText(topic) : helpText('main'));
    return 0;
  }
  if (!isCommand(command)) {
    safe.io.err(
      `Unknown command “${command.slice(0, 40)}”. Commands: simple, extended, batch, calls, staff, check, simulator. See callback-desk --help.`,
    );
    return exitCodes.invalid;
  }
  const parsed = parseCommandArgs(command, args);
  if (!parsed.ok) return reportInvalid(safe, parsed.error, args.includes('--json'));
  if (parsed.value.help === true) {
    safe.io.out(helpText(command));
    return 0;
  }
  if (command === 'simulator') return runSimulatorCommand(parsed.value, safe);
  if (command === 'check') return runCheckCommand(parsed.value, safe);
  if (command === 'staff') return runStaffCommand(parsed.value, safe);
  if (command === 'calls') return runCallsCommand(parsed.value, safe);
  if (command === 'batch') return runBatchCommand(parsed.value, safe);
  return runCallbackCommand(command, parsed.value, safe);
}

import { text } from '../contract/i18n/text';
import type { SimulatedCall } from '../simulator/call-log';
import { scenarios, sandbox } from '../simulator/sandbox';
import { scenarioAddress } from '../simulator/scenario-address';
import { startSimulator } from '../simulator/server';
import type { ParsedValues } from './args';
import type { CliContext } from './context';
import { english, exitCodes } from './output';

/** What the simulator answers, for `--help` and for the start of a `simulator` run. */
function whatItAnswers(): string {
  return `It answers POST /callback/outward_call and POST /a/v2 like Ringostat, and the
read-only GET /calls/list, GET /sipstatus/online, GET /sipstatus/speaking and
POST /api/json-rpc (getProjectStaffListAndDirections). Its raw call log is at
GET /sandbox/calls. It never rings a phone.
  Auth-key ${sandbox.authKey}   (${sandbox.noAccessKey} is refused with 403)
  project id ${sandbox.projectId}, incoming numbers ${sandbox.projectNumbers.join(', ')}
  forwarding schemes ${Object.entries(sandbox.schemes)
    .map(([id, name]) => `${id} (${name})`)
    .join(', ')}
Scenario numbers (as destination, caller or callee):
${scenarios.map((scenario) => `  ${scenario.number}  ${english(text(`scenarios.${scenario.behaviour}.description`))}`).join('\n')}
The scenario address is the simulator's port on [::1], where nothing listens: the app and
--sandbox send the "not sent" number there.`;
}

export function simulatorHelp(): string {
  return `callback-desk simulator: run the embedded Ringostat simulator until Ctrl+C.

Usage:
  callback-desk simulator [--port N]

  --port N     listen on this port of 127.0.0.1, 0 to 65535 (default, or 0: a free one)
  -h, --help   show this help

${whatItAnswers()}`;
}

/** `simulator`: serves the Ringostat stand-in on 127.0.0.1 until asked to stop. */
export async function runSimulatorCommand(values: ParsedValues, context: CliContext): Promise<number> {
  const { io } = context;
  // The flag's rule has already held it to a whole number from 0 to 65535.
  const port = typeof values.port === 'number' ? values.port : 0;
  let simulator;
  try {
    simulator = await startSimulator({ port, onCall: (call) => io.out(describeCall(call)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'EADDRINUSE'
        ? `Port ${port} on 127.0.0.1 is already in use: choose another with --port, or leave it out to get a free one.`
        : `The simulator could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    return exitCodes.invalid;
  }
  io.out(
    `Ringostat simulator listening on ${simulator.url}\nUse it as the API URL: RINGOSTAT_API_URL=${simulator.url}`,
  );
  io.out(`Scenario address, where nothing listens (outcome "not sent"): ${scenarioAddress(simulator.url)}`);
  io.out(whatItAnswers());
  io.out('Press Ctrl+C to stop.');
  await context.stops.first;
  await simulator.close();
  io.out(`Stopped after ${simulator.calls().length} call(s).`);
  return 0;
}

function describeCall(call: SimulatedCall): string {
  const utm = call.utm_source ? ` utm_source=${call.utm_source}` : '';
  return `${call.calldate} placed ${call.call_type} call: who called ${call.caller}, where ${call.dst}, rang first ${call.rang_first}${utm}`;
}

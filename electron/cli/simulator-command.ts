import type { SimulatedCall } from '../simulator/call-log';
import { scenarioAddress } from '../simulator/scenario-address';
import { startSimulator } from '../simulator/server';
import type { ParsedValues } from './args';
import type { CliContext } from './context';
import { helpText } from './help';
import { exitCodes } from './output';

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
  io.out(helpText('simulator').slice(helpText('simulator').indexOf('It answers')));
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

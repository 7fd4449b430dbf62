import { describe, expect, it } from 'vitest';
import { rpcResult, startLoopbackServer, type Behaviour } from '../../support/loopback-server';
import { runCli } from '../../support/run-cli';

const secret = 'live-secret-key-5f3a9c';
const extended = ['extended', '--caller', '0671112233', '--callee', 'sip_anna', '--project-id', '11111'];
const simple = ['simple', '--extension', '0441112233', '--destination', '0671112233'];

/** Runs the CLI once against a loopback server answering as given. */
async function run(
  args: string[],
  behaviour: Parameters<typeof startLoopbackServer>[0],
  env: Record<string, string> = {},
) {
  const server = await startLoopbackServer(behaviour);
  try {
    const result = await runCli(args, { RINGOSTAT_API_URL: server.url, RINGOSTAT_AUTH_KEY: secret, ...env });
    return { ...result, received: server.received };
  } finally {
    await server.close();
  }
}

const json = (body: string): Behaviour => ({ kind: 'answer', status: 200, body });

describe('the exit code follows the acceptance rule', () => {
  const cases: [string, string[], Parameters<typeof startLoopbackServer>[0], number, string][] = [
    ['extended, its id and result true', extended, rpcResult(true), 0, 'ACCEPTED'],
    ['extended, result null', extended, rpcResult(null), 4, 'UNKNOWN'],
    ['extended, result {}', extended, rpcResult({}), 4, 'UNKNOWN'],
    ['extended, result 0', extended, rpcResult(0), 4, 'UNKNOWN'],
    ['extended, no id', extended, json('{"jsonrpc":"2.0","result":true}'), 4, 'without the request’s id'],
    ['simple, empty 200', simple, json(''), 0, 'ACCEPTED'],
    ['simple, status ok', simple, json('{"status":"ok"}'), 0, 'ACCEPTED'],
    ['simple, result false', simple, json('{"result":false}'), 3, 'REJECTED'],
    ['simple, success false', simple, json('{"success":false}'), 3, 'REJECTED'],
    ['simple, something else', simple, json('{"queued":1}'), 4, 'the JSON value {"queued":1}'],
  ];
  it.each(cases.map(([name, ...rest]) => [`${name} → exit ${rest[2]}`, ...rest] as const))(
    '%s',
    async (_name, args, behaviour, code, words) => {
      const result = await run(args, behaviour);
      expect(result.received).toHaveLength(1);
      expect(result.stdout).toContain(words);
      expect(result.code).toBe(code);
    },
  );
});

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

describe('the key and the API URL from the environment', () => {
  it('2 and nothing sent for a key that cannot be a Ringostat key, saying why', async () => {
    const refusals: [string, string][] = [
      ['short-key-12345', 'too short to be a Ringostat key'],
      ['with\ttab-0123456789', 'spaces, line breaks or other characters'],
    ];
    for (const [key, reason] of refusals) {
      const result = await run(extended, rpcResult(true), { RINGOSTAT_AUTH_KEY: key });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(reason);
      expect(result.stdout + result.stderr).not.toContain(key);
      expect(result.received).toHaveLength(0);
    }
  });

  it('2 and nothing sent for a URL with a user name, a query, or another scheme', async () => {
    const server = await startLoopbackServer(rpcResult(true));
    try {
      const port = new URL(server.url).port;
      const refusals: [string, string][] = [
        [`http://user:pw@127.0.0.1:${port}`, 'must not contain a user name or password'],
        [`${server.url}/?x=1`, 'must not contain a query'],
        [`ftp://127.0.0.1:${port}`, 'must start with https://'],
      ];
      for (const [url, reason] of refusals) {
        for (const command of [extended, ['check'], ['staff', '--project-id', '1'], ['calls']]) {
          const result = await runCli(command, { RINGOSTAT_API_URL: url, RINGOSTAT_AUTH_KEY: secret });
          expect({ url, command, code: result.code }).toEqual({ url, command, code: 2 });
          expect(result.stderr).toContain(reason);
        }
      }
      expect(server.received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});

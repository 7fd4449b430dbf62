import { text } from '../../electron/contract/i18n/text';
import type { Transport } from '../../electron/ringostat/transport';
import { afterEach } from 'vitest';
import { testDesk, type TestDesk } from './test-desk';

/** A transport that answers like the simulator would, counting requests; `hold` keeps one waiting. */
export function countingTransport(answer: 'accept' | 'refuse-connection' = 'accept') {
  const sent: string[] = [];
  let release: (() => void) | null = null;
  const transport: Transport = async (request) => {
    // Reads (the call-log check after an accepted callback) answer at once with an empty log.
    if (request.method === 'GET') {
      return {
        kind: 'answer',
        answer: { status: 200, contentType: 'application/json', body: '[]', truncated: false },
        latencyMs: 1,
      };
    }
    sent.push(request.headers['Auth-key'] ?? '');
    if (answer === 'refuse-connection')
      return { kind: 'not-connected', reason: text('transport.ECONNREFUSED'), latencyMs: 1 };
    await new Promise<void>((resolve) => (release = resolve));
    return {
      kind: 'answer',
      answer: {
        status: 200,
        contentType: 'application/json',
        // An answer counts only when it names the request it answers.
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: (JSON.parse(request.body) as { id: number }).id,
          result: true,
        }),
        truncated: false,
      },
      latencyMs: 5,
    };
  };
  return { transport, sent, release: () => release?.() };
}

/**
 * The main process's services over a counting wire, on a clock the test moves;
 * registers closing them after each test of the calling file.
 */
export function deskOnCountingWire() {
  const opened: TestDesk[] = [];
  afterEach(async () => {
    for (const desk of opened.splice(0)) await desk.dispose();
  });

  return function setUp(answer: 'accept' | 'refuse-connection' = 'accept', historyFolder?: string) {
    let clock = Date.parse('2026-11-26T10:00:00Z');
    const wire = countingTransport(answer);
    const desk = testDesk({
      transport: wire.transport,
      simulatorUrl: () => 'http://127.0.0.1:9',
      now: () => new Date(clock),
      ...(historyFolder ? { historyFolder } : {}),
    });
    opened.push(desk);
    return {
      dispatch: desk.dispatch,
      wire,
      desk,
      profiles: desk.profiles,
      history: desk.history,
      folder: desk.folder,
      advance: (ms: number) => (clock += ms),
    };
  };
}

/** A callback the simulator accepts. */
export const form = { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' } as const;

import http from 'node:http';
import type { Socket } from 'node:net';
import { formatCallDate } from '../ringostat/project-time';
import type { SimulatedCall } from './call-log';
import {
  checkAuth,
  handleExtendedCallback,
  handleSimpleCallback,
  jsonAnswer,
  type HandlerResult,
  type SimulatorAnswer,
  type SimulatorRequest,
} from './callback-handlers';
import { handleCallsList, handleSipSpeaking, handleStaffRpc } from './read-handlers';
import { sandbox } from './sandbox';

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** How long the "slow" scenario waits before answering. */
  slowAnswerMs?: number;
  now?: () => Date;
  /** How long a call rings before its call-log row shows how it ended. */
  ringMs?: number;
  /** Told of every call as it is placed. */
  onCall?: (call: SimulatedCall) => void;
}

export interface RunningSimulator {
  /** Base URL to use as the API URL, e.g. `http://127.0.0.1:43121`. */
  url: string;
  port: number;
  /** Every call placed so far, oldest first. */
  calls(): readonly SimulatedCall[];
  /** How many requests each path has received. */
  requestCount(path?: string): number;
  close(): Promise<void>;
}

const maxBodyBytes = 64 * 1024;

/** Starts the simulator on 127.0.0.1 only. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const slowAnswerMs = options.slowAnswerMs ?? 5_000;
  const ringMs = options.ringMs ?? sandbox.ringMs;
  const now = options.now ?? (() => new Date());
  const calls: SimulatedCall[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const route = (request: SimulatorRequest): HandlerResult => {
    if (request.method === 'GET' && request.path === '/sandbox/calls') {
      return { reply: jsonAnswer(200, calls) };
    }
    if (request.method === 'GET' && request.path === '/sipstatus/online') {
      return checkAuth(request) ?? { reply: jsonAnswer(200, sandbox.onlineSipLogins) };
    }
    if (request.method === 'GET' && request.path === '/sipstatus/speaking') {
      return handleSipSpeaking(request, calls, now().getTime(), ringMs);
    }
    if (request.method === 'GET' && request.path === '/calls/list') {
      return handleCallsList(request, calls, now().getTime(), ringMs);
    }
    if (request.method === 'POST' && request.path === '/api/json-rpc') return handleStaffRpc(request);
    const handler = { '/callback/outward_call': handleSimpleCallback, '/a/v2': handleExtendedCallback }[
      request.path
    ];
    if (!handler) return { reply: jsonAnswer(404, { message: `No such endpoint: ${request.path}` }) };
    if (request.method !== 'POST') return { reply: jsonAnswer(405, { message: 'Use POST' }) };
    return handler(request);
  };

  const server = http.createServer((incoming, outgoing) => {
    const { pathname: path, searchParams: query } = new URL(incoming.url ?? '/', 'http://simulator');
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    incoming.on('end', () => {
      if (size > maxBodyBytes) {
        reply(outgoing, jsonAnswer(413, { message: `The body is larger than ${maxBodyBytes} bytes` }));
        return;
      }
      const result = route({
        method: incoming.method ?? 'GET',
        path,
        query,
        headers: incoming.headers as Record<string, string | undefined>,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (result.placed) {
        const at = now();
        const call = {
          ...result.placed,
          uniqueid: `sim-${calls.length + 1}`,
          calldate: formatCallDate(at, sandbox.timeZone),
          placedAtMs: at.getTime(),
        };
        calls.push(call);
        options.onCall?.(call);
      }
      const { reply: answer } = result;
      if (answer.kind === 'silence') return; // held open until the client gives up or the simulator closes
      if (answer.kind === 'drop') {
        incoming.socket.destroy();
        return;
      }
      if (answer.delay === 'slow') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          reply(outgoing, answer);
        }, slowAnswerMs);
        timers.add(timer);
        return;
      }
      reply(outgoing, answer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls: () => calls.slice(),
    requestCount: (path) =>
      path === undefined
        ? [...counts.values()].reduce((sum, count) => sum + count, 0)
        : (counts.get(path) ?? 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function reply(outgoing: http.ServerResponse, answer: SimulatorAnswer): void {
  outgoing.writeHead(answer.status, { 'Content-Type': answer.contentType });
  outgoing.end(answer.body);
}

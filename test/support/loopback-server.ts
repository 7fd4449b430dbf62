import http from 'node:http';
import type { Socket } from 'node:net';

/** What the stand-in server does with each request once it has read it. */
export type Behaviour =
  | {
      kind: 'answer';
      status: number;
      body: string;
      contentType?: string;
      /** The reason phrase after the status code; Node's default for the code unless set. */
      statusText?: string;
      /** Further headers, such as a redirect's Location. */
      headers?: Record<string, string>;
    }
  | { kind: 'silence' }
  | { kind: 'reset' };

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface LoopbackServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers however a test needs,
 * including never or by resetting the connection. It records every request.
 */
export async function startLoopbackServer(
  behaviourOrChoice: Behaviour | ((request: ReceivedRequest) => Behaviour),
): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrived: ReceivedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(arrived);
      const behaviour =
        typeof behaviourOrChoice === 'function' ? behaviourOrChoice(arrived) : behaviourOrChoice;
      if (behaviour.kind === 'silence') return;
      if (behaviour.kind === 'reset') {
        request.socket.resetAndDestroy();
        return;
      }
      const headers = { 'Content-Type': behaviour.contentType ?? 'application/json', ...behaviour.headers };
      if (behaviour.statusText === undefined) response.writeHead(behaviour.status, headers);
      else response.writeHead(behaviour.status, behaviour.statusText, headers);
      response.end(behaviour.body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it: connections are refused. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A JSON-RPC answer to whichever request arrived: its own id, and the given result. */
export function rpcResult(result: unknown): (request: ReceivedRequest) => Behaviour {
  return (request) => ({
    kind: 'answer',
    status: 200,
    body: JSON.stringify({ jsonrpc: '2.0', id: (JSON.parse(request.body) as { id: unknown }).id, result }),
  });
}

import http from 'node:http';
import { answerRendererRequest, rendererOrigin } from '../../electron/renderer-files';

/**
 * Serves a built folder on 127.0.0.1 through the same function the app's
 * `app://desk/` scheme answers with: the same files, types and refusals.
 */
export async function serveFolder(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    void answerRendererRequest(request.method ?? 'GET', `${rendererOrigin}${path}`, folder).then((answer) => {
      response.writeHead(answer.status, { 'Content-Type': answer.contentType });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

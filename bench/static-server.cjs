// Serves a built folder on 127.0.0.1 from a process of its own, as the app's main process serves
// its page: nothing else here holds it up. Prints its address; ends when its standard input closes.
const http = require('node:http');
const { readFile } = require('node:fs/promises');
const { extname, join, normalize } = require('node:path');

const folder = process.argv[2];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const server = http.createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  const file = join(folder, path === '/' ? 'index.html' : path);
  if (!file.startsWith(folder)) return void response.writeHead(404).end();
  readFile(file).then(
    (body) =>
      response
        .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body),
    () => response.writeHead(404).end(),
  );
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`));
process.stdin.on('close', () => server.close());
process.stdin.resume();

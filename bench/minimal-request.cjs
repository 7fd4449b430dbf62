// The smallest program that sends the request `callback-desk extended` sends: node:http and nothing else.
// The command line's bench runs it beside the command line, with the request as its one argument (JSON).
const http = require('node:http');

const { url, method, headers, body } = JSON.parse(process.argv[2] ?? '{}');
const request = http.request(url, { method, headers }, (answer) => {
  let text = '';
  answer.setEncoding('utf8');
  answer.on('data', (chunk) => (text += chunk));
  answer.on('end', () => process.stdout.write(`${answer.statusCode} ${text}\n`));
});
request.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 5;
});
request.end(body);

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoopbackServer } from '../../support/loopback-server';
import { runCli } from '../../support/run-cli';

/** Characters a terminal acts on or reorders text by: ESC, BEL, CR, DEL, C1 (CSI, NEL), bidi override and isolate. */
// eslint-disable-next-line no-control-regex
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const hostile = '\u001b]0;owned\u0007\u001b[2J\r\u009b31m\u0085\u202eevil\u2066\u007f';
const shown = '\\x1b]0;owned\\x07\\x1b[2J\\x0d\\u009b31m\\u0085\\u202eevil\\u2066\\u007f';

const folder = mkdtempSync(join(tmpdir(), 'cli-terminal-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('text from outside is printed escaped, never acted on by the terminal', () => {
  it('in a flag echoed back in an error, as text and as JSON', async () => {
    const args = ['extended', '--sandbox', '--caller', `a${hostile}`, '--callee', 'sip_a'];
    const text = await runCli(args);
    expect(text.code).toBe(2);
    expect(text.stderr).not.toMatch(raw);
    expect(text.stderr).toContain(`Caller: “a${shown}”`);
    const json = await runCli([...args, '--json']);
    expect(json.stdout).not.toMatch(raw);
    // JSON writes them as \u escapes: it still reads back as exactly what was given.
    expect(JSON.parse(json.stdout).errors[0].message).toContain(`“a${hostile}”`);
  });

  it('in a server’s answer, as text and as JSON', async () => {
    const server = await startLoopbackServer({
      kind: 'answer',
      status: 401,
      body: `Key refused ${hostile}`,
      contentType: 'text/plain',
    });
    try {
      const env = { RINGOSTAT_API_URL: server.url, RINGOSTAT_AUTH_KEY: 'live-key-1234-abcdef' };
      const args = ['extended', '--caller', '0671112233', '--callee', 'sip_a', '--project-id', '1'];
      const text = await runCli(args, env);
      expect(text.code).toBe(3);
      expect(text.stdout).not.toMatch(raw);
      expect(text.stdout).toContain(`Answer: Key refused ${shown}`);
      const json = await runCli([...args, '--json'], env);
      expect(json.stdout).not.toMatch(raw);
      expect(JSON.parse(json.stdout).answer.body).toBe(`Key refused ${hostile}`);
    } finally {
      await server.close();
    }
  });

  it('in a values file', async () => {
    const template = join(folder, 'template.json');
    writeFileSync(
      template,
      JSON.stringify({ form: { method: 'extended', caller: '0671112233', callee: '' } }),
    );
    const values = join(folder, 'values.txt');
    writeFileSync(values, `101\u001b[8m\n\u202e102\n`);
    const run = await runCli(['batch', '--sandbox', '--template', template, '--values', values]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(raw);
    expect(run.stderr).toContain('Row 1 (101\\x1b[8m) will not be sent');
    expect(run.stderr).toContain('Row 2 (\\u202e102) will not be sent');
  });
});

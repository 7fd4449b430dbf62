import { describe, expect, it } from 'vitest';
import { startLoopbackServer } from '../../support/loopback-server';
import { runCli } from '../../support/run-cli';

const secret = 'live-secret-key-5f3a9c';

describe('staff, when the server answers with something other than a staff list', () => {
  for (const body of ['null', '[]', '"staff"']) {
    it(`${body}: exits 4 (unknown) and says the answer was unexpected`, async () => {
      const server = await startLoopbackServer({ kind: 'answer', status: 200, body });
      try {
        const run = await runCli(['staff', '--project-id', '11111'], {
          RINGOSTAT_API_URL: server.url,
          RINGOSTAT_AUTH_KEY: secret,
        });
        expect(run.stdout).toContain('UNKNOWN: Ringostat gave an unexpected answer to the staff list');
        expect(run.stderr).toBe('');
        expect(run.code).toBe(4);
      } finally {
        await server.close();
      }
    });
  }
});

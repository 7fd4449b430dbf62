import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/history/history-store';
import { attempt } from '../../support/history-fixtures';

it('answers a question asked while it closes as if empty, at any moment of its start', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'history-'));
  const first = HistoryStore.open(folder);
  await first.ready;
  const begun = first.begin(attempt({ caller: '380671112233' }));
  await first.close();
  const answers: unknown[] = [];
  for (let delay = 0; delay < 60; delay += 1) {
    const store = HistoryStore.open(folder);
    await new Promise((resolve) => setTimeout(resolve, delay));
    const asked = store.get(begun.id).then(
      (entry) => entry?.id ?? null,
      (error: Error) => error.message,
    );
    await store.close();
    answers.push(await asked);
  }
  rmSync(folder, { recursive: true, force: true });
  expect(answers.filter((answer) => typeof answer === 'string' && answer !== begun.id)).toEqual([]);
});

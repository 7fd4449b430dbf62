// Appends history entries as fast as it can, saying on stdout after each
// append returns, until it is killed. The crash test reads what it said.
import { HistoryStore } from '../../electron/history/history-store';
import { acceptedEnd, attempt } from './history-fixtures';

const folder = process.argv[2];
if (!folder) throw new Error('usage: history-crash-child FOLDER');
const store = HistoryStore.open(folder, { retention: { maxEntries: 1_000_000, maxAgeDays: 0 } });
for (;;) {
  const begun = store.begin(attempt());
  process.stdout.write(`begun ${begun.id}\n`);
  store.complete(begun.id, acceptedEnd);
  process.stdout.write(`completed ${begun.id}\n`);
}

// The history index's own thread: built as a separate file beside main.cjs,
// so searching a million entries never holds up the main process.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromIndex, IndexWorkerData, ToIndex } from './index-protocol';
import { IndexService } from './index-service';

const port = parentPort;
if (!port) throw new Error('The history index runs only as a worker thread.');
const say = (message: FromIndex) => port.postMessage(message);
const service = new IndexService(workerData as IndexWorkerData);

try {
  service.open();
  say({ type: 'ready', stats: service.stats() });
} catch (error) {
  say({ type: 'failed', call: null, message: error instanceof Error ? error.message : String(error) });
}

/** Calls run one at a time, in order, as lines do: a compaction's pauses let lines and quick calls in between. */
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToIndex) => {
  if (message.type === 'line') {
    service.line(message.text, message.offset, message.length);
    return;
  }
  const run = async () => {
    try {
      const value = await service.call(message.method, message.args);
      say({ type: 'reply', call: message.call, value, stats: service.stats() });
    } catch (error) {
      say({
        type: 'failed',
        call: message.call,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  // A compaction copies in slices; everything else answers at once, even while one runs.
  if (message.method === 'compact') queue = queue.then(run);
  else void run();
});

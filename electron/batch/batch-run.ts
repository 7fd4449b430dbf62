import { selector, text, type Text } from '../contract/i18n/text';
import type { SentCallback } from '../contract/desk-types';
import type { BatchRow, BatchRowState, BatchSnapshot, BatchStatus } from '../contract/batch-types';

/** Time, injected so a test can measure pacing without waiting. */
export interface BatchClock {
  now(): number;
  /** Resolves after `ms`, or at once when `cancelled` resolves first. */
  sleep(ms: number, cancelled: Promise<void>): Promise<void>;
}

/** The longest a Node or browser timer waits; a longer delay overflows and fires at once. */
const longestTimerMs = 2_147_483_647;

export const realClock: BatchClock = {
  now: () => Date.now(),
  sleep: (ms, cancelled) =>
    new Promise<void>((resolve) => {
      // A delay past the timer's limit is waited out in steps, so no caller can make calls go out back to back.
      const deadline = Date.now() + ms;
      let timer: ReturnType<typeof setTimeout>;
      const wait = () => {
        const left = deadline - Date.now();
        if (!(left > 0)) resolve();
        else timer = setTimeout(wait, Math.min(left, longestTimerMs));
      };
      wait();
      void cancelled.then(() => {
        clearTimeout(timer);
        resolve();
      });
    }),
};

type Send = (
  row: BatchRow,
) => Promise<{ ok: true; value: SentCallback } | { ok: false; error: { message: Text } }>;

/**
 * Sends a run's valid rows one at a time with a gap between them. Pause
 * waits after the current request; stop never cuts a request in flight:
 * the row being sent finishes, with its history entry, then the run ends.
 */
export class BatchRun {
  private status: BatchStatus = 'running';
  private stoppedBecause: Text | null = null;
  private readonly rows: BatchRowState[];
  private wake: () => void = () => undefined;
  private cancelGap: () => void = () => undefined;
  readonly done: Promise<void>;

  constructor(
    readonly id: string,
    rows: BatchRow[],
    private readonly options: { gapMs: number; stopOnFailure: boolean },
    private readonly send: Send,
    private readonly clock: BatchClock = realClock,
  ) {
    this.rows = rows.map((row) => ({ ...row, state: row.error ? 'invalid' : 'waiting', result: null }));
    this.done = this.loop();
  }

  pause(): void {
    if (this.status === 'running') this.status = 'paused';
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.wake();
  }

  stop(): void {
    if (this.status === 'stopped' || this.status === 'finished') return;
    this.status = 'stopping';
    this.stoppedBecause ??= text('batch.stoppedByHand');
    this.wake();
    this.cancelGap();
  }

  snapshot(): BatchSnapshot {
    const valid = this.rows.filter((row) => row.state !== 'invalid');
    return {
      id: this.id,
      status: this.status,
      rows: this.rows.map((row) => ({ ...row, result: row.result && { ...row.result } })),
      total: valid.length,
      sent: valid.filter((row) => row.state === 'done').length,
      gapMs: this.options.gapMs,
      stopOnFailure: this.options.stopOnFailure,
      stoppedBecause: this.stoppedBecause,
    };
  }

  /** Read afresh after every await: pause and stop arrive while the loop waits. */
  private current(): BatchStatus {
    return this.status;
  }

  private async loop(): Promise<void> {
    const queue = this.rows.filter((row) => row.state === 'waiting');
    for (const [position, row] of queue.entries()) {
      while (this.current() === 'paused') await new Promise<void>((resolve) => (this.wake = resolve));
      if (this.current() === 'stopping') break;
      row.state = 'sending';
      const sent = await this.send(row);
      row.state = 'done';
      row.result = sent.ok
        ? {
            outcome: sent.value.outcome,
            httpStatus: sent.value.httpStatus,
            latencyMs: sent.value.latencyMs,
            message: sent.value.message,
            historyId: sent.value.historyId,
          }
        : {
            outcome: 'refused',
            httpStatus: null,
            latencyMs: null,
            message: sent.error.message,
            historyId: null,
          };
      if (this.options.stopOnFailure && row.result.outcome !== 'accepted' && this.current() !== 'stopping') {
        this.status = 'stopping';
        this.stoppedBecause = text('batch.stoppedOnFailure', {
          row: row.index,
          outcome: selector(row.result.outcome),
        });
      }
      if (this.current() === 'stopping' || position === queue.length - 1) continue;
      await this.clock.sleep(this.options.gapMs, new Promise<void>((resolve) => (this.cancelGap = resolve)));
    }
    this.status = this.current() === 'stopping' ? 'stopped' : 'finished';
  }
}

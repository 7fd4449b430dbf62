import { selector, text, type Text } from '../contract/i18n/text';
import type { SentCallback } from '../contract/desk-types';
import type { BatchRow, BatchRowState, BatchSnapshot, BatchStatus } from '../contract/batch-types';
import type { HttpRequest } from '../contract/callback-types';
import type { RowCall } from '../contract/run-expect-types';
import { checkRow } from '../shared/run-expect';

type RowInProgress = Omit<BatchRowState, 'check'>;

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

type Send = (row: BatchRow) => Promise<
  | { ok: true; value: SentCallback }
  /** `profile-changed`: no later row may be sent either; the run stops. */
  | { ok: false; error: { message: Text; code?: string } }
>;

/** Follows a sent row into the call log until its row settles; resolves early, as `unchecked`, once `stopped` does. */
export type FollowCall = (row: BatchRow, sent: SentCallback, stopped: Promise<void>) => Promise<RowCall>;

export interface BatchRunOptions {
  gapMs: number;
  stopOnFailure: boolean;
  /** Without it, a row's expected call-log ending cannot be checked and counts as not met. */
  followCall?: FollowCall;
}

/**
 * Sends a run's valid rows one at a time with a gap between them. Pause
 * waits after the current request; stop never cuts a request in flight:
 * the row being sent finishes, with its history entry, then the run ends.
 */
export class BatchRun {
  private status: BatchStatus = 'running';
  private stoppedBecause: Text | null = null;
  private readonly rows: RowInProgress[];
  private readonly requests = new Map<number, HttpRequest>();
  private readonly startedAt: string;
  private endedAt: string | null = null;
  private wake: () => void = () => undefined;
  private cancelGap: () => void = () => undefined;
  private signalStop: () => void = () => undefined;
  /** Resolves when the run is stopped: ends a gap or a call-log wait at once. */
  private readonly stopped = new Promise<void>((resolve) => (this.signalStop = resolve));
  readonly done: Promise<void>;

  constructor(
    readonly id: string,
    rows: BatchRow[],
    private readonly options: BatchRunOptions,
    private readonly send: Send,
    private readonly clock: BatchClock = realClock,
  ) {
    this.rows = rows.map((row) => ({
      ...row,
      state: row.error ? 'invalid' : 'waiting',
      result: null,
      // An invalid row is never sent: an ending it expects has no call to come from.
      call: row.error && row.expect?.call ? { status: 'no-call', ending: null, message: null } : null,
    }));
    this.startedAt = new Date(clock.now()).toISOString();
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
    this.signalStop();
  }

  snapshot(): BatchSnapshot {
    const valid = this.rows.filter((row) => row.state !== 'invalid');
    const ended = this.status === 'stopped' || this.status === 'finished';
    return {
      id: this.id,
      status: this.status,
      rows: this.rows.map((row) => ({
        ...row,
        result: row.result && { ...row.result },
        call: row.call && { ...row.call },
        check: checkRow(row, ended),
      })),
      total: valid.length,
      sent: valid.filter((row) => row.state === 'done' || row.state === 'checking').length,
      gapMs: this.options.gapMs,
      stopOnFailure: this.options.stopOnFailure,
      stoppedBecause: this.stoppedBecause,
      startedAt: this.startedAt,
      endedAt: this.endedAt,
    };
  }

  /** Each sent row's request as it left, key redacted, by row index: for reports, never for the window's polling. */
  sentRequests(): ReadonlyMap<number, HttpRequest> {
    return this.requests;
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
      const sentAt = new Date(this.clock.now()).toISOString();
      const sent = await this.send(row);
      row.result = sent.ok
        ? {
            outcome: sent.value.outcome,
            httpStatus: sent.value.httpStatus,
            latencyMs: sent.value.latencyMs,
            message: sent.value.message,
            historyId: sent.value.historyId,
            sentAt,
          }
        : {
            outcome: 'refused',
            httpStatus: null,
            latencyMs: null,
            message: sent.error.message,
            historyId: null,
            sentAt,
          };
      if (sent.ok) this.requests.set(row.index, sent.value.request);
      // The profile changed under the run: no later row was confirmed for where it would now go.
      if (!sent.ok && sent.error.code === 'profile-changed' && this.current() !== 'stopping') {
        this.status = 'stopping';
        this.stoppedBecause = sent.error.message;
      }
      if (row.expect?.call) row.call = await this.followCall(row, sent.ok ? sent.value : null);
      row.state = 'done';
      const failed = checkRow(row, false).verdict === 'failed';
      if (this.options.stopOnFailure && failed && this.current() !== 'stopping') {
        this.status = 'stopping';
        this.stoppedBecause = row.expect
          ? text('runExpect.stoppedOnFailure', { row: row.index })
          : text('batch.stoppedOnFailure', { row: row.index, outcome: selector(row.result.outcome) });
      }
      if (this.current() === 'stopping' || position === queue.length - 1) continue;
      await this.clock.sleep(this.options.gapMs, new Promise<void>((resolve) => (this.cancelGap = resolve)));
    }
    this.endedAt = new Date(this.clock.now()).toISOString();
    this.status = this.current() === 'stopping' ? 'stopped' : 'finished';
  }

  /**
   * Waits for a sent row's call-log row to settle: only when a call may
   * have been placed (accepted, or unknown: a call may ring all the same).
   */
  private async followCall(row: RowInProgress, sent: SentCallback | null): Promise<RowCall> {
    if (!sent || (sent.outcome !== 'accepted' && sent.outcome !== 'unknown'))
      return { status: 'no-call', ending: null, message: null };
    if (!this.options.followCall || this.current() === 'stopping')
      return { status: 'unchecked', ending: null, message: null };
    row.state = 'checking';
    return this.options.followCall(row, sent, this.stopped);
  }
}

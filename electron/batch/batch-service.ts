import type { Locale } from '../contract/i18n/locales';
import { translate } from '../contract/i18n/translate';
import { text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import type { CountryCode } from 'libphonenumber-js/max';
import type { CallbackService } from '../callbacks/callback-service';
import { projectIdFor } from '../callbacks/targets';
import type { DeskError } from '../contract/desk-types';
import { gapLimits } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import type { CallbackFormInput } from '../contract/schemas';
import type { HistoryTag } from '../contract/history-types';
import type { ProfileService } from '../profiles/profile-service';
import type { BatchColumn, BatchPlan, BatchSnapshot } from '../contract/batch-types';
import { parseBatchValues, planBatch } from './batch-plan';
import { BatchRun, realClock, type BatchClock } from './batch-run';

export interface BatchRequest {
  form: CallbackFormInput;
  column: BatchColumn;
  values: string;
}

export interface BatchStart extends BatchRequest {
  gapMs: number;
  stopOnFailure: boolean;
  tag: HistoryTag;
  /** For a live project: the number of calls, typed by the person. */
  confirmCount?: number;
}

/** One run at a time, for the active profile, through the same send as a single callback. */
export class BatchService {
  private run: BatchRun | null = null;

  constructor(
    private readonly profiles: ProfileService,
    private readonly callbacks: CallbackService,
    /** The language a row's history note is written in: the app's. */
    private readonly locale: () => Locale,
    private readonly clock: BatchClock = realClock,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** Every row checked, nothing sent; refused whole when the values are over a limit. */
  plan(request: BatchRequest): Result<BatchPlan, DeskError> {
    const profile = this.profiles.active();
    const values = parseBatchValues(request.values);
    const rows = values.ok
      ? planBatch(request.form, request.column, values.value, {
          country: profile.country as CountryCode,
          projectId: projectIdFor(profile),
          blocklist: profile.blocklist ?? [],
        })
      : values;
    if (!rows.ok) return fail({ code: 'invalid-input', message: rows.error });
    return ok({
      rows: rows.value,
      valid: rows.value.filter((row) => row.error === null).length,
      live: profile.target === 'ringostat',
      profileName: profile.name,
    });
  }

  start(request: BatchStart): Result<BatchSnapshot, DeskError> {
    const current = this.run?.snapshot();
    if (
      current &&
      (current.status === 'running' || current.status === 'paused' || current.status === 'stopping')
    ) {
      return fail({ code: 'busy', message: text('batch.busy') });
    }
    // Not a whole number of milliseconds in range (NaN included) is refused too.
    if (
      !Number.isInteger(request.gapMs) ||
      request.gapMs < gapLimits.minimumMs ||
      request.gapMs > gapLimits.maximumMs
    ) {
      return fail({ code: 'invalid-input', message: text('batch.gapRange') });
    }
    const planned = this.plan(request);
    if (!planned.ok) return planned;
    const plan = planned.value;
    if (plan.valid === 0) return fail({ code: 'invalid-input', message: text('batch.noValidRow') });
    if (plan.live && request.confirmCount !== plan.valid) {
      return fail({
        code: 'confirm-live',
        message: text('batch.confirmLive', { count: plan.valid, profile: plan.profileName }),
      });
    }
    const id = this.newId();
    this.run = new BatchRun(
      id,
      plan.rows,
      { gapMs: request.gapMs, stopOnFailure: request.stopOnFailure },
      (row) =>
        this.callbacks.send(row.form, {
          // The run as a whole was confirmed: its rows do not ask again one by one.
          confirmDuplicate: true,
          confirmLive: true,
          tag: request.tag,
          note: translate(text('batch.note', { run: id.slice(0, 8), row: row.index }), this.locale()),
        }),
      this.clock,
    );
    return ok(this.run.snapshot());
  }

  current(): BatchSnapshot | null {
    return this.run?.snapshot() ?? null;
  }

  pause(): BatchSnapshot | null {
    this.run?.pause();
    return this.current();
  }

  resume(): BatchSnapshot | null {
    this.run?.resume();
    return this.current();
  }

  stop(): BatchSnapshot | null {
    this.run?.stop();
    return this.current();
  }

  /** Resolves when the current run has ended; for tests and quitting. */
  async settled(): Promise<void> {
    await this.run?.done;
  }
}

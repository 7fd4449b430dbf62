import type { Locale } from '../contract/i18n/locales';
import { translate } from '../contract/i18n/translate';
import { text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import type { CountryCode } from 'libphonenumber-js/max';
import type { CallbackService } from '../callbacks/callback-service';
import { profilePin, projectIdFor } from '../callbacks/targets';
import type { DeskError } from '../contract/desk-types';
import { gapLimits } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import type { CallbackFormInput } from '../contract/schemas';
import type { HistoryTag } from '../contract/history-types';
import type { ProfileService } from '../profiles/profile-service';
import type { BatchColumn, BatchPlan, BatchRowState, BatchSnapshot } from '../contract/batch-types';
import type { HttpRequest } from '../contract/callback-types';
import type { RowCall } from '../contract/run-expect-types';
import { parseRunSheet } from '../shared/run-sheet';
import { planBatch } from './batch-plan';
import { BatchRun, realClock, type BatchClock } from './batch-run';
import { compareRuns, type RunComparison, type RunSummary } from './run-compare';
import { storedRunOf, type RunMeta, type RunStore } from './run-store';

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
  /** The template the run uses, so it can be compared with the template's earlier runs. */
  template?: { id: string; name: string };
}

/** What a run needs of the call log and the data folder; without them, runs work as they always did. */
export interface BatchServiceOptions {
  /** Follows an attempt into the call log until its row settles, or `stopped` resolves. */
  followCall?: (historyId: string, stopped: Promise<void>) => Promise<RowCall>;
  /** Resolves once the search for an attempt's call-log row has ended. */
  settled?: (historyId: string) => Promise<void>;
  /** How an attempt's call ended, once its row settled. */
  callEnding?: (historyId: string) => string | null;
  /** Where ended runs are kept, to compare with later ones. */
  runs?: RunStore;
}

/** One run at a time, for the active profile, through the same send as a single callback. */
export class BatchService {
  private run: BatchRun | null = null;
  private meta: RunMeta | null = null;
  /** The profile the current run sends for: the one active when it started. */
  private profileId: string | null = null;
  /** The current run as kept, once it has been: settles after the run's last call-log row does. */
  private recorded: Promise<void> = Promise.resolve();

  constructor(
    private readonly profiles: ProfileService,
    private readonly callbacks: CallbackService,
    /** The language a row's history note is written in: the app's. */
    private readonly locale: () => Locale,
    private readonly clock: BatchClock = realClock,
    private readonly newId: () => string = randomUUID,
    private readonly options: BatchServiceOptions = {},
  ) {}

  /** Every row checked, nothing sent; refused whole when the values are over a limit. */
  plan(request: BatchRequest): Result<BatchPlan, DeskError> {
    const profile = this.profiles.active();
    const sheet = parseRunSheet(request.values);
    const rows = sheet.ok
      ? planBatch(request.form, request.column, sheet.value.rows, {
          country: profile.country as CountryCode,
          projectId: projectIdFor(profile),
          blocklist: profile.blocklist ?? [],
        })
      : sheet;
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
    // The run was checked and confirmed for this profile as it is now: every row goes to it, or none.
    const pinned = profilePin(this.profiles.active());
    this.profileId = this.profiles.active().id;
    const followCall = this.options.followCall;
    this.run = new BatchRun(
      id,
      plan.rows,
      {
        gapMs: request.gapMs,
        stopOnFailure: request.stopOnFailure,
        followCall: followCall && ((_row, sent, stopped) => followCall(sent.historyId, stopped)),
      },
      (row) =>
        this.callbacks.send(row.form, {
          // The run as a whole was confirmed: its rows do not ask again one by one.
          confirmDuplicate: true,
          confirmLive: true,
          profilePin: pinned,
          tag: request.tag,
          note: translate(text('batch.note', { run: id.slice(0, 8), row: row.index }), this.locale()),
        }),
      this.clock,
    );
    const form = request.form;
    this.meta = request.template
      ? {
          templateId: request.template.id,
          templateName: request.template.name,
          profileName: plan.profileName,
          valuesAreSchemes:
            form.method === 'extended' && form.calleeType === 'scheme' && request.column === 'callee',
        }
      : null;
    this.recorded = this.record(this.run, this.meta);
    return ok(this.run.snapshot());
  }

  /** Each sent row's request as it left, key redacted: for exports. */
  currentRequests(): ReadonlyMap<number, HttpRequest> {
    return this.run?.sentRequests() ?? new Map();
  }

  /** The profile the current run sends for, whichever is active now. */
  currentProfileId(): string | null {
    return this.run ? this.profileId : null;
  }

  /** The template the current run uses, if it was started from one. */
  currentTemplate(): { id: string; name: string } | null {
    return this.meta && { id: this.meta.templateId, name: this.meta.templateName };
  }

  /** Earlier runs of the current run's template, newest first. */
  earlierRuns(): RunSummary[] {
    const run = this.run;
    if (!run || !this.meta || !this.options.runs) return [];
    return this.options.runs.list(this.meta.templateId).filter((summary) => summary.id !== run.id);
  }

  /** The current run against an earlier run of its template: which rows changed outcome or call-log ending. */
  compare(earlierId: string): Result<{ comparison: RunComparison; valuesAreSchemes: boolean }, DeskError> {
    const run = this.run;
    const earlier = this.meta && this.options.runs?.get(this.meta.templateId, earlierId);
    if (!run || !this.meta || !earlier)
      return fail({ code: 'not-found', message: text('runExpect.noEarlierRun') });
    const now = storedRunOf(run.snapshot(), this.meta, (row) => this.endingOf(row));
    return ok({ comparison: compareRuns(now, earlier), valuesAreSchemes: this.meta.valuesAreSchemes });
  }

  /**
   * Keeps an ended run of a template: once at its end, and again when the
   * call-log rows of its accepted calls have settled (each search ends
   * within its time limit), so their endings can be compared later.
   */
  private async record(run: BatchRun, meta: RunMeta | null): Promise<void> {
    const store = this.options.runs;
    if (!meta || !store) return;
    await run.done;
    const save = () => {
      try {
        store.save(storedRunOf(run.snapshot(), meta, (row) => this.endingOf(row)));
      } catch {
        // Keeping a run for later comparison must never disturb the run itself.
      }
    };
    save();
    const following = run
      .snapshot()
      .rows.filter((row) => row.call === null && row.result?.outcome === 'accepted' && row.result.historyId)
      .map((row) => this.options.settled?.(row.result?.historyId ?? ''));
    if (following.length === 0) return;
    await Promise.all(following);
    save();
  }

  private endingOf(row: BatchRowState): string | null {
    const historyId = row.result?.historyId;
    return historyId ? (this.options.callEnding?.(historyId) ?? null) : null;
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

  /** Resolves once the current run is kept with its call-log endings; for tests. */
  async kept(): Promise<void> {
    await this.recorded;
  }
}

import { selector, text, type Text } from '../contract/i18n/text';
import type { DeskError } from '../contract/desk-types';
import { fail, ok, type Result } from '../contract/result';
import type { HistoryStore } from '../history/history-store';
import type { HistoryEntry } from '../contract/history-types';
import type { KeyVault } from '../profiles/key-vault';
import type { ProfileService } from '../profiles/profile-service';
import type { CallLogState } from '../contract/read-types';
import type { Transport } from '../ringostat/transport';
import { rowTime } from '../ringostat/call-log-match';
import { callLogTiming, lookForCallLogRow } from './call-log-look';
import { targetFor } from './targets';

export interface CallLogWatcherOptions {
  history: HistoryStore;
  profiles: ProfileService;
  keys: KeyVault;
  simulatorUrl: () => string;
  transport: Transport;
  now?: () => Date;
  /** Between checks: the live API is asked less often than the simulator. */
  intervalMs?: { live: number; simulator: number };
  /** Give up looking after this long from the send. */
  limitMs?: number;
  /** Told when a search ends (the row settled, none was found, or the log could not be read). */
  onEnded?: (state: CallLogState) => void;
}

/**
 * Looks for a placed callback's row in the call log and follows it until it
 * stops changing, then keeps it on the history entry. Reads only: nothing
 * here can place a call.
 */
export class CallLogWatcher {
  private readonly states = new Map<string, CallLogState>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly waiting = new Map<string, ((state: CallLogState) => void)[]>();
  private readonly starting = new Map<string, Promise<Result<CallLogState, DeskError>>>();
  private readonly now: () => Date;
  private stopped = false;

  constructor(private readonly options: CallLogWatcherOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Starts following an attempt (once), or says where it stands. */
  async watch(historyId: string): Promise<Result<CallLogState, DeskError>> {
    const known = this.states.get(historyId);
    // A search that ended without a row may be started again; one under way or final is only reported.
    if (known && known.status !== 'not-found' && known.status !== 'failed') return ok({ ...known });
    // Asked twice while the entry is still being read (the send starts one, a run or the window another):
    // both wait for the one search, rather than each starting its own.
    const starting = this.starting.get(historyId);
    if (starting) return starting;
    const start = this.start(historyId);
    this.starting.set(historyId, start);
    try {
      return await start;
    } finally {
      this.starting.delete(historyId);
    }
  }

  private async start(historyId: string): Promise<Result<CallLogState, DeskError>> {
    const entry = await this.options.history.get(historyId);
    if (!entry) return fail({ code: 'not-found', message: text('callLog.entryGone') });
    if (entry.callLog && entry.callLog.status === 'final')
      return ok(stateFromStored(historyId, entry, this.options.profiles.find(entry.profileId)?.timeZone));
    // A refused or unsent request placed no call: a search could only come back empty, or match another call.
    if (entry.outcome === 'rejected' || entry.outcome === 'not-sent')
      return fail({ code: 'invalid-input', message: text('callLog.nothingPlaced') });
    const profile = this.options.profiles.find(entry.profileId);
    if (!profile)
      return fail({
        code: 'not-found',
        message: text('callLog.profileGone', { profile: entry.profileName }),
      });
    const target = targetFor(profile, this.options.keys, this.options.simulatorUrl);
    if (!target.ok) return fail({ code: 'invalid-input', message: target.error.message });
    const timeZone = profile.timeZone ?? 'Europe/Kyiv';
    const state: CallLogState = {
      historyId,
      status: 'searching',
      row: null,
      rowAt: null,
      timeZone,
      candidates: 0,
      checks: 0,
      message: text('callLog.looking'),
      checkedAt: null,
    };
    this.states.set(historyId, state);
    if (this.states.size > 2_000) this.states.delete(this.states.keys().next().value as string);
    const interval =
      profile.target === 'simulator'
        ? (this.options.intervalMs?.simulator ?? callLogTiming.intervalMs.simulator)
        : (this.options.intervalMs?.live ?? callLogTiming.intervalMs.live);
    let stable = 0;
    const check = async (): Promise<void> => {
      try {
        await step();
      } catch (error) {
        // Reading is all this does; whatever went wrong, the search ends with a reason rather than silently.
        state.message = text('callLog.failed', {
          detail: error instanceof Error ? error.message : String(error),
        });
        this.finish(state, 'failed');
      }
    };
    const attempt = {
      sentAtMs: Date.parse(entry.at),
      method: entry.method,
      caller: entry.caller,
      callee: entry.callee,
      calleeIsScheme: entry.form.method === 'extended' && entry.form.calleeType === 'scheme',
    };
    const step = async (): Promise<void> => {
      if (this.stopped) return;
      const now = this.now();
      const look = await lookForCallLogRow(
        target.value,
        this.options.transport,
        attempt,
        timeZone,
        now.getTime(),
        {
          row: state.row,
          stable,
        },
      );
      state.checks += 1;
      state.checkedAt = now.toISOString();
      if (look.kind === 'unreadable') {
        state.message = look.message;
        if (look.refused) return this.finish(state, 'failed');
      } else if (look.kind === 'row') {
        stable = look.stable;
        state.row = look.row;
        state.rowAt = rowTime(look.row, timeZone, attempt.sentAtMs);
        state.candidates = look.candidates;
        state.status = look.settled ? 'final' : 'provisional';
        state.message = look.settled ? text('callLog.settled') : text('callLog.provisional');
        if (look.settled) return this.finish(state, 'final');
      }
      if (now.getTime() - attempt.sentAtMs > (this.options.limitMs ?? callLogTiming.limitMs)) {
        state.message = state.row ? text('callLog.timeLimitRow') : text('callLog.timeLimitNone');
        return this.finish(state, state.row ? 'final' : 'not-found');
      }
      this.schedule(check, interval);
    };
    this.schedule(check, 0);
    return ok({ ...state });
  }

  /** Where a search stands, without starting one. */
  peek(historyId: string): CallLogState | null {
    const state = this.states.get(historyId);
    return state ? { ...state } : null;
  }

  /**
   * Follows an attempt (starting if need be) and resolves once its search
   * has ended: the row settled, none was found in time, or the log could
   * not be read. On quitting, it resolves with the search as it stands.
   */
  async settled(historyId: string): Promise<Result<CallLogState, DeskError>> {
    const started = await this.watch(historyId);
    if (!started.ok || !isSearching(started.value.status)) return started;
    const state = this.states.get(historyId);
    if (!state || !isSearching(state.status) || this.stopped) return ok({ ...(state ?? started.value) });
    return ok(
      await new Promise<CallLogState>((resolve) =>
        this.waiting.set(historyId, [...(this.waiting.get(historyId) ?? []), resolve]),
      ),
    );
  }

  /** Stops every check; for quitting. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const [historyId, waiters] of this.waiting) this.release(historyId, waiters);
    this.waiting.clear();
  }

  private release(historyId: string, waiters: ((state: CallLogState) => void)[]): void {
    const state = this.states.get(historyId);
    if (state) for (const resolve of waiters) resolve({ ...state });
  }

  private schedule(check: () => Promise<void>, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void check();
    }, delayMs);
    this.timers.add(timer);
  }

  private finish(state: CallLogState, status: 'final' | 'not-found' | 'failed'): void {
    state.status = status;
    const waiters = this.waiting.get(state.historyId);
    this.waiting.delete(state.historyId);
    try {
      this.options.history.setCallLog(state.historyId, {
        status,
        row: state.row,
        candidates: state.candidates,
        message: state.message,
        checkedAt: state.checkedAt ?? this.now().toISOString(),
      });
    } catch {
      state.message = text('callLog.notSaved', { message: state.message });
    }
    if (waiters) for (const resolve of waiters) resolve({ ...state });
    this.options.onEnded?.({ ...state });
  }
}

/** A row's ending in a few words, for tables: "ANSWERED, 23 s" or "provisional: NO ANSWER". */
export function describeCallLog(state: CallLogState): Text {
  if (!state.row) return text('callLog.summaryStatus', { status: selector(state.status) });
  const disposition = String(state.row.disposition ?? '?');
  const ending =
    state.row.duration === undefined
      ? text('callLog.summaryEnding', { disposition })
      : text('callLog.summaryEndingDuration', { disposition, seconds: String(state.row.duration) });
  return state.status === 'final' ? ending : text('callLog.summaryProvisional', { ending });
}

function isSearching(status: CallLogState['status']): boolean {
  return status === 'searching' || status === 'provisional';
}

function stateFromStored(historyId: string, entry: HistoryEntry, zone: string | undefined): CallLogState {
  const stored = entry.callLog;
  const timeZone = zone ?? 'Europe/Kyiv';
  return {
    historyId,
    status: stored?.status ?? 'searching',
    row: stored?.row ?? null,
    rowAt: stored?.row ? rowTime(stored.row, timeZone, Date.parse(entry.at)) : null,
    // A deleted profile's zone is not known: the row's moment is then the person's time alone.
    timeZone: zone ?? null,
    candidates: stored?.candidates ?? 0,
    checks: 0,
    message: stored?.message ?? '',
    checkedAt: stored?.checkedAt ?? null,
  };
}

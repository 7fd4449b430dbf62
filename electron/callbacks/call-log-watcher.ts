import { selector, text, type Text } from '../contract/i18n/text';
import type { DeskError } from '../contract/desk-types';
import { fail, ok, type Result } from '../contract/result';
import type { HistoryStore } from '../history/history-store';
import type { HistoryEntry } from '../contract/history-types';
import type { KeyVault } from '../profiles/key-vault';
import type { ProfileService } from '../profiles/profile-service';
import { matchCallLogRow } from '../ringostat/call-log-match';
import type { CallLogRow, CallLogState } from '../contract/read-types';
import { fetchCallLog } from '../ringostat/read-api';
import type { Transport } from '../ringostat/transport';
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
}

/** A row is final once it read the same this many times in a row... */
const stableChecks = 2;
/** ...and no longer looks like a call still ringing (no duration yet, and young). */
const ringingGraceMs = 90_000;

/**
 * Looks for a placed callback's row in the call log and follows it until it
 * stops changing, then keeps it on the history entry. Reads only: nothing
 * here can place a call.
 */
export class CallLogWatcher {
  private readonly states = new Map<string, CallLogState>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
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
    const entry = await this.options.history.get(historyId);
    if (!entry) return fail({ code: 'not-found', message: text('callLog.entryGone') });
    if (entry.callLog && entry.callLog.status === 'final') return ok(stateFromStored(historyId, entry));
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
    const state: CallLogState = {
      historyId,
      status: 'searching',
      row: null,
      candidates: 0,
      checks: 0,
      message: text('callLog.looking'),
      checkedAt: null,
    };
    this.states.set(historyId, state);
    if (this.states.size > 2_000) this.states.delete(this.states.keys().next().value as string);
    const interval =
      profile.target === 'simulator'
        ? (this.options.intervalMs?.simulator ?? 1_000)
        : (this.options.intervalMs?.live ?? 5_000);
    const timeZone = profile.timeZone ?? 'Europe/Kyiv';
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
    const step = async (): Promise<void> => {
      if (this.stopped) return;
      const sentAtMs = Date.parse(entry.at);
      const now = this.now();
      const read = await fetchCallLog(target.value, this.options.transport, {
        from: new Date(sentAtMs - 5 * 60_000),
        to: new Date(now.getTime() + 60_000),
        timeZone,
      });
      state.checks += 1;
      state.checkedAt = now.toISOString();
      if (!read.ok) {
        state.message = read.error.message;
        if (read.error.outcome === 'rejected') return this.finish(state, 'failed');
      } else {
        const match = matchCallLogRow(
          read.value.rows,
          {
            sentAtMs,
            method: entry.method,
            caller: entry.caller,
            callee: entry.callee,
            calleeIsScheme: entry.form.method === 'extended' && entry.form.calleeType === 'scheme',
          },
          timeZone,
        );
        if (match) {
          stable = state.row && JSON.stringify(state.row) === JSON.stringify(match.row) ? stable + 1 : 0;
          state.row = match.row;
          state.candidates = match.candidates;
          const settled = stable >= stableChecks - 1 && !looksRinging(match.row, now.getTime() - sentAtMs);
          state.status = settled ? 'final' : 'provisional';
          state.message = settled ? text('callLog.settled') : text('callLog.provisional');
          if (settled) return this.finish(state, 'final');
        }
      }
      if (now.getTime() - sentAtMs > (this.options.limitMs ?? 180_000)) {
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

  /** Stops every check; for quitting. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
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

function looksRinging(row: CallLogRow, ageMs: number): boolean {
  const duration = Number(row.duration ?? 0);
  return (!Number.isFinite(duration) || duration === 0) && ageMs < ringingGraceMs;
}

function stateFromStored(historyId: string, entry: HistoryEntry): CallLogState {
  const stored = entry.callLog;
  return {
    historyId,
    status: stored?.status ?? 'searching',
    row: stored?.row ?? null,
    candidates: stored?.candidates ?? 0,
    checks: 0,
    message: stored?.message ?? '',
    checkedAt: stored?.checkedAt ?? null,
  };
}

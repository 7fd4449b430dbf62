import { targetFor } from '../callbacks/targets';
import {
  shownLimit,
  type CallLogAttempt,
  type CallLogFilter,
  type CallLogLine,
  type CallLogView,
  type CallLogWindow,
} from '../contract/call-log-types';
import type { DeskError } from '../contract/desk-types';
import { text, type Words } from '../contract/i18n/text';
import type { CallLogRow } from '../contract/read-types';
import { fail, ok, type Result } from '../contract/result';
import type { HistoryStore } from '../history/history-store';
import { maskEntry, maskRow } from '../history/masked-views';
import { NumberMask } from '../history/masking';
import { defaultTimeZone } from '../profiles/profile-input';
import type { KeyVault } from '../profiles/key-vault';
import type { Preferences } from '../profiles/preferences';
import type { ProfileService } from '../profiles/profile-service';
import type { StoredProfile } from '../profiles/settings-schema';
import { rowTime } from '../ringostat/call-log-match';
import { formatProjectTime } from '../ringostat/project-time';
import { fetchCallLog } from '../ringostat/read-api';
import { formatRequest } from '../shared/redact';
import type { Transport } from '../ringostat/transport';
import { filterChoices, passes, rowKeys, RowSettler } from './call-log-rows';
import { resolveWindow } from './call-log-window';
import { placedBy } from './placed-by';
import { ReadPace, refreshPace } from './read-pace';

export interface CallLogReaderOptions {
  profiles: ProfileService;
  keys: KeyVault;
  preferences: Preferences;
  history: HistoryStore;
  transport: Transport;
  simulatorUrl: () => string;
  now?: () => Date;
  pace?: { simulatorMs: number; liveMs: number };
}

/** One read of a view, kept until the next: the rows as Ringostat gave them, unmasked, newest first. */
interface Read {
  lines: CallLogLine[];
  rows: CallLogRow[];
  from: string;
  to: string;
  readAt: string | null;
  problem: Words | null;
}

/**
 * The call log screen's reads of the active profile's `calls/list`. It only
 * reads; the key stays here; the rows leave masked by field when masking is
 * on. Reads are paced per view (profile and window), so a window that asks
 * often costs the project no more than one read per interval.
 */
export class CallLogReader {
  private readonly now: () => Date;
  private readonly pace: ReadPace;
  private readonly reads = new Map<string, Read>();
  private readonly pending = new Map<string, Promise<Read>>();
  private readonly settlers = new Map<string, RowSettler>();
  /** The fields each profile's project answered with: a field it called incorrect is not asked for again. */
  private readonly fields = new Map<string, string[]>();

  constructor(private readonly options: CallLogReaderOptions) {
    this.now = options.now ?? (() => new Date());
    this.pace = new ReadPace(() => this.now().getTime(), options.pace ?? refreshPace);
  }

  async read(window: CallLogWindow, filter: CallLogFilter): Promise<Result<CallLogView, DeskError>> {
    const profile = this.options.profiles.active();
    const timeZone = profile.timeZone ?? defaultTimeZone;
    const live = profile.target === 'ringostat';
    const span = resolveWindow(window, this.now().getTime(), timeZone);
    if (!span.ok) return fail({ code: 'invalid-input', message: span.error });
    const view = `${profile.id}|${JSON.stringify(window)}`;
    let read = this.reads.get(view);
    if (!read || this.pace.due(view, live)) {
      let pending = this.pending.get(view);
      if (!pending) {
        this.pace.started(view);
        pending = this.fetch(profile, view, span.value, timeZone).finally(() => this.pending.delete(view));
        this.pending.set(view, pending);
      }
      read = await pending;
      this.reads.delete(view);
      this.reads.set(view, read);
      if (this.reads.size > 8) this.reads.delete(this.reads.keys().next().value as string);
    }
    const masked = this.options.preferences.masksNumbers();
    // Masked before filtering: the choices offered, and so the filters asked for, are masked words too.
    const lines = masked ? read.lines.map((line) => ({ ...line, row: maskedRow(line.row) })) : read.lines;
    const kept = lines.filter((line) => passes(line.row, filter));
    return ok({
      lines: kept.slice(0, shownLimit),
      total: read.lines.length,
      matching: kept.length,
      choices: filterChoices(lines.map((line) => line.row)),
      from: read.from,
      to: read.to,
      timeZone,
      readAt: read.readAt,
      refreshInMs: this.pace.waitMs(view, live),
      live,
      masked,
      problem: read.problem,
    });
  }

  /** The attempt that placed a row: when, its outcome, and the request exactly as sent. */
  async attempt(historyId: string): Promise<Result<CallLogAttempt, DeskError>> {
    const entry = await this.options.history.get(historyId);
    if (!entry) return fail({ code: 'not-found', message: text('desk.entryGone') });
    const masked = this.options.preferences.masksNumbers();
    const shown = masked ? maskEntry(entry) : entry;
    return ok({
      id: shown.id,
      at: shown.at,
      profileName: shown.profileName,
      method: shown.method,
      outcome: shown.outcome,
      httpStatus: shown.end?.httpStatus ?? null,
      message: shown.end?.message ?? null,
      caller: shown.caller,
      callee: shown.callee,
      request: formatRequest(shown.request, { indentJson: true }),
      masked,
    });
  }

  private async fetch(
    profile: StoredProfile,
    view: string,
    span: { from: Date; to: Date },
    timeZone: string,
  ): Promise<Read> {
    const window = { from: formatProjectTime(span.from, timeZone), to: formatProjectTime(span.to, timeZone) };
    const before = this.reads.get(view);
    // A read that fails keeps the rows of the one before, and says why they are not new.
    const failed = (problem: Words): Read => ({
      lines: before?.lines ?? [],
      rows: before?.rows ?? [],
      ...window,
      readAt: before?.readAt ?? null,
      problem,
    });
    const target = targetFor(profile, this.options.keys, this.options.simulatorUrl);
    if (!target.ok) return failed(target.error.message);
    const answer = await fetchCallLog(
      target.value,
      this.options.transport,
      { ...span, timeZone },
      this.fields.get(profile.id),
    );
    if (!answer.ok) return failed(answer.error.message);
    this.fields.set(profile.id, answer.value.fields);
    const nowMs = this.now().getTime();
    const rows = answer.value.rows
      .map((row) => ({ row, at: rowTime(row, timeZone, nowMs) }))
      .sort((a, b) => (b.at ?? -Infinity) - (a.at ?? -Infinity));
    const keys = rowKeys(rows.map(({ row }) => row));
    const keyed = rows.map(({ row, at }, index) => ({ row, at, key: keys[index] as string }));
    let settler = this.settlers.get(view);
    if (!settler) {
      settler = new RowSettler();
      this.settlers.set(view, settler);
      if (this.settlers.size > 16) this.settlers.delete(this.settlers.keys().next().value as string);
    }
    const states = settler.settle(keyed, nowMs);
    const placed = placedBy(this.options.history, profile.id, keyed, span, timeZone);
    return {
      lines: keyed.map((line, index) => ({
        ...line,
        state: states[index] ?? 'provisional',
        historyId: placed.get(line.key) ?? null,
      })),
      rows: keyed.map(({ row }) => row),
      ...window,
      readAt: new Date(nowMs).toISOString(),
      problem: null,
    };
  }
}

/** A row with its parties masked, and those numbers masked wherever else in the row they appear. */
function maskedRow(row: CallLogRow): CallLogRow {
  const mask = new NumberMask().add(row.caller).add(row.dst).add(row.connected_with);
  return maskRow(row, mask);
}

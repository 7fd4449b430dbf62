import { text } from '../contract/i18n/text';
import { translate } from '../contract/i18n/translate';
import type { Locale } from '../contract/i18n/locales';
import type { CallLogState } from '../contract/read-types';
import type { HistoryStore } from '../history/history-store';
import { maskParty } from '../history/masking';
import { describeCallLog } from './call-log-watcher';

/**
 * The system's notifications, as the core sees them: the shell gives one
 * backed by Electron, a test a fake. Nothing here loads Electron.
 */
export interface Notifier {
  /** Whether the app's window is in the background (not focused, minimised or hidden). */
  windowInBackground(): boolean;
  show(notice: { title: string; body: string }): void;
}

export interface SettleNoticeOptions {
  notifier: Notifier | undefined;
  history: HistoryStore;
  /** The person's setting: off unless they turned it on. */
  enabled: () => boolean;
  locale: () => Locale;
  /** Numbers are shown as the window shows them: masked when masking is on. */
  masked: () => boolean;
}

/** The attempts followed at once: more than a person watches, fewer than would fill memory. */
const watchedKept = 500;

/**
 * Tells the person, through a system notification, that the call-log row
 * of a callback the window is following has settled, while the window is
 * in the background and only when they asked for it. A run's rows, which
 * the window does not follow one by one, are not announced.
 */
export class SettleNotices {
  private readonly watched = new Set<string>();

  constructor(private readonly options: SettleNoticeOptions) {}

  /** The window follows this attempt's row (it asked where its search stands). */
  watch(historyId: string): void {
    this.watched.add(historyId);
    if (this.watched.size > watchedKept) this.watched.delete(this.watched.values().next().value as string);
  }

  /** A search ended: a final row of a followed attempt is announced when the window is away. */
  async settled(state: CallLogState): Promise<void> {
    const { notifier, enabled } = this.options;
    if (state.status !== 'final' || !this.watched.delete(state.historyId)) return;
    if (!notifier || !enabled() || !notifier.windowInBackground()) return;
    const entry = await this.options.history.get(state.historyId);
    if (!entry) return;
    const locale = this.options.locale();
    const masked = this.options.masked();
    const scheme = entry.form.method === 'extended' && entry.form.calleeType === 'scheme';
    // The parties as the window shows them; the row's own numbers are left out, so none is shown whole.
    const caller = masked ? maskParty(entry.caller) : entry.caller;
    const callee = masked ? maskParty(entry.callee, scheme) : entry.callee;
    notifier.show({
      title: translate(
        text('notify.settledTitle', { ending: describeCallLog({ ...state, row: endingOnly(state) }) }),
        locale,
      ),
      body: translate(
        text('notify.settledBody', {
          outcome: text(`outcomeWord.${entry.outcome}`),
          caller,
          callee,
          profile: entry.profileName,
        }),
        locale,
      ),
    });
  }
}

/** The row's ending and duration, nothing else: a notification has no place for its numbers. */
function endingOnly(state: CallLogState): CallLogState['row'] {
  const row = state.row;
  if (!row) return null;
  return {
    disposition: row.disposition,
    ...(row.duration === undefined ? {} : { duration: row.duration }),
  };
}

import type { CallLogWatcher } from './callbacks/call-log-watcher';
import type { SettleNotices } from './callbacks/settle-notices';
import type { CallbackService } from './callbacks/callback-service';
import type { DeskHandlers, DeskResult, HistoryEntryView } from './contract/desk-types';
import { text } from './contract/i18n/text';
import { fail, ok } from './contract/result';
import { callbackFormSchema } from './contract/schemas';
import { historyToCsv, historyToJson } from './history/export';
import { exportText } from './history/export-stream';
import type { HistoryStore } from './history/history-store';
import type { HistoryEntry } from './contract/history-types';
import { maskCallLogState, maskEntry, maskFor, maskResult, maskSummary } from './history/masked-views';
import { maskedFieldsOf } from './history/masking';
import type { Preferences } from './profiles/preferences';
import type { ProfileService } from './profiles/profile-service';

export interface HistoryServices {
  profiles: ProfileService;
  preferences: Preferences;
  callbacks: CallbackService;
  callLog: CallLogWatcher;
  settleNotices?: SettleNotices;
  history: HistoryStore;
  /** Asks where to save an export and writes it; null when the person cancels. */
  save: (
    suggestedName: string,
    content: string | AsyncIterable<string>,
    count: number | (() => number),
  ) => ReturnType<DeskHandlers['exportHistory']>;
  stamp: () => string;
}

type HistoryHandlers = Pick<
  DeskHandlers,
  | 'listHistory'
  | 'getHistoryEntry'
  | 'resendHistoryEntry'
  | 'tagHistoryEntry'
  | 'exportHistory'
  | 'watchCallLog'
>;

/**
 * The history as the window sees it. With masking on, every number leaves
 * the main process masked by field (ids and times untouched), and the real
 * form stays here: sending again goes by the attempt's id.
 */
export function createHistoryHandlers(services: HistoryServices): HistoryHandlers {
  const { profiles, preferences, history } = services;
  const view = (entry: HistoryEntry): HistoryEntryView =>
    preferences.masksNumbers()
      ? { ...maskEntry(entry), masked: true, maskedFields: maskedFieldsOf(entry.form) }
      : { ...entry, masked: false, maskedFields: [] };
  const entryOrMissing = async (id: string): Promise<DeskResult<'getHistoryEntry'>> => {
    const entry = await history.get(id);
    return entry ? ok(view(entry)) : fail({ code: 'not-found', message: text('desk.entryGone') });
  };
  return {
    listHistory: async ({ filter, offset, limit }) => {
      const masked = preferences.masksNumbers();
      const shown = masked ? maskSummary : <T>(summary: T) => summary;
      const stats = history.stats();
      const unavailable = history.unavailable;
      // While the index is built, the newest entries are already known: show them rather than wait.
      if (stats.indexing && offset === 0 && Object.keys(filter).length === 0) {
        const items = history.newest(limit).map(shown);
        return ok({
          total: items.length,
          items,
          indexing: true,
          corruptLines: stats.corruptLines,
          masked,
          unavailable,
        });
      }
      const page = await history.list(filter, offset, limit);
      return ok({
        ...page,
        items: page.items.map(shown),
        indexing: false,
        corruptLines: history.stats().corruptLines,
        masked,
        unavailable,
      });
    },
    getHistoryEntry: ({ id }) => entryOrMissing(id),
    resendHistoryEntry: async ({ id, confirmLive }) => {
      const entry = await history.get(id);
      if (!entry) return fail({ code: 'not-found', message: text('desk.entryGone') });
      // Read from disk, the form is checked as any form from the window would be.
      const form = callbackFormSchema.safeParse(entry.form);
      if (!form.success) return fail({ code: 'invalid-input', message: text('desk.resendNoForm') });
      const active = profiles.active();
      if (entry.profileId !== active.id)
        return fail({
          code: 'invalid-input',
          message: text('details.otherProfile', { profile: entry.profileName }),
        });
      // The history's own question showed the earlier attempt and its outcome: that was the confirmation.
      const sent = await services.callbacks.send(form.data, { confirmDuplicate: true, confirmLive });
      if (!preferences.masksNumbers()) return sent;
      const mask = maskFor(entry);
      if (sent.ok) return ok(maskResult(sent.value, mask));
      const { fields, live, ...error } = sent.error;
      return fail({
        ...error,
        message: mask.message(error.message),
        ...(fields
          ? { fields: fields.map((field) => ({ ...field, message: mask.message(field.message) })) }
          : {}),
        ...(live
          ? {
              live: {
                ...live,
                parties: live.parties.map((party) => ({ ...party, value: mask.text(party.value) })),
              },
            }
          : {}),
      });
    },
    tagHistoryEntry: async ({ id, tag, note }) => {
      await history.ready;
      if (!(await history.setTag(id, tag, note.trim())))
        return fail({ code: 'not-found', message: text('desk.entryGone') });
      return entryOrMissing(id);
    },
    exportHistory: async ({ filter, format, maskNumbers: mask }) => {
      const masked = mask || preferences.masksNumbers();
      const locale = preferences.locale();
      // Written as it is read, a few hundred entries at a time: a million never sit in memory at once.
      const content = exportText(history.exportBatches(filter), (batch) =>
        format === 'csv' ? historyToCsv(batch, masked, locale) : historyToJson(batch, masked, locale),
      );
      return services.save(`callback-history-${services.stamp()}.${format}`, content, () => content.count);
    },
    watchCallLog: async ({ historyId }) => {
      services.settleNotices?.watch(historyId);
      const state = await services.callLog.watch(historyId);
      if (!state.ok || !preferences.masksNumbers()) return state;
      return ok(maskCallLogState(state.value, await history.get(historyId)));
    },
  };
}

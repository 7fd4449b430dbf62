import { batchRows, batchToCsv, batchToJson } from './batch/batch-export';
import { maskBatchPlan, maskBatchRows, maskRowRequest } from './batch/batch-masking';
import type { BatchService } from './batch/batch-service';
import { comparisonToCsv, comparisonToJson, maskComparison } from './batch/run-compare';
import { runToJunit } from './batch/run-junit';
import type { CallLogWatcher } from './callbacks/call-log-watcher';
import { describeCallLog } from './callbacks/call-log-watcher';
import type { BatchView } from './contract/desk-types';
import { text } from './contract/i18n/text';
import { translate } from './contract/i18n/translate';
import { fail, ok } from './contract/result';
import type { DeskHandlers } from './contract/desk-types';
import { csvCell } from './history/export';
import type { Preferences } from './profiles/preferences';
import type { ProfileService } from './profiles/profile-service';
import type { TemplateStore } from './templates/template-store';

export interface BatchServices {
  profiles: ProfileService;
  preferences: Preferences;
  batch: BatchService;
  callLog: CallLogWatcher;
  templates: TemplateStore;
  /** Asks where to save an export and writes it; null when the person cancels. */
  save: (suggestedName: string, content: string, count: number) => ReturnType<DeskHandlers['exportBatch']>;
  stamp: () => string;
}

type BatchHandlers = Pick<
  DeskHandlers,
  | 'planBatch'
  | 'startBatch'
  | 'getBatch'
  | 'pauseBatch'
  | 'resumeBatch'
  | 'stopBatch'
  | 'exportBatch'
  | 'listEarlierRuns'
  | 'compareBatch'
  | 'exportBatchComparison'
>;

/** Runs as the window sees them: with masking on, every value and number masked; requests only in exports. */
export function createBatchHandlers(services: BatchServices): BatchHandlers {
  const { profiles, preferences, batch } = services;
  /** The current run; with masking on (or `mask`), its values and numbers masked. */
  const batchView = (mask = false): BatchView | null => {
    const snapshot = batch.current();
    if (!snapshot) return null;
    const callLog: BatchView['callLog'] = {};
    for (const row of snapshot.rows) {
      const historyId = row.result?.historyId;
      const state = historyId ? services.callLog.peek(historyId) : null;
      if (historyId && state) callLog[historyId] = { status: state.status, summary: describeCallLog(state) };
    }
    const profileId = batch.currentProfileId();
    const view = {
      ...snapshot,
      callLog,
      template: batch.currentTemplate(),
      // The run's times are read beside its project's clock, even after another profile is chosen.
      timeZone: (profileId && profiles.find(profileId)?.timeZone) ?? null,
    };
    return mask || preferences.masksNumbers() ? maskBatchRows(view) : view;
  };
  const masks = (mask: boolean) => mask || preferences.masksNumbers();
  return {
    planBatch: (request) => {
      const plan = batch.plan(request);
      if (!plan.ok) return plan;
      return ok(preferences.masksNumbers() ? maskBatchPlan(plan.value) : plan.value);
    },
    startBatch: ({ templateId, ...request }) => {
      const template = templateId
        ? services.templates.list(profiles.active().id).find((item) => item.id === templateId)
        : undefined;
      const started = batch.start({
        ...request,
        template: template && { id: template.id, name: template.name },
      });
      return started.ok ? ok(batchView() as BatchView) : started;
    },
    getBatch: () => ok(batchView()),
    pauseBatch: () => {
      batch.pause();
      return ok(batchView());
    },
    resumeBatch: () => {
      batch.resume();
      return ok(batchView());
    },
    stopBatch: () => {
      batch.stop();
      return ok(batchView());
    },
    exportBatch: async ({ format, maskNumbers: mask }) => {
      const view = batchView(mask);
      const original = batch.current();
      if (!view || !original) return fail({ code: 'not-found', message: text('desk.noRun') });
      const requests = batch.currentRequests();
      const rows = batchRows(view, {
        callLog: (row) =>
          row.result?.historyId ? (view.callLog[row.result.historyId]?.summary ?? null) : null,
        request: (row) => {
          const request = requests.get(row.index) ?? null;
          const planned = original.rows[row.index - 1];
          return request && masks(mask) && planned ? maskRowRequest(planned, request) : request;
        },
        locale: preferences.locale(),
      });
      const name = view.template?.name ?? translate(text('runExpect.suiteName'), preferences.locale());
      const content =
        format === 'csv'
          ? batchToCsv(rows)
          : format === 'json'
            ? batchToJson(rows)
            : runToJunit(
                {
                  name,
                  id: view.id,
                  startedAt: view.startedAt,
                  endedAt: view.endedAt,
                  properties: {
                    profile: profiles.active().name,
                    status: view.status,
                    masked: String(masks(mask)),
                  },
                },
                rows,
              );
      const extension = format === 'junit' ? 'xml' : format;
      return services.save(`callback-run-${services.stamp()}.${extension}`, content, rows.length);
    },
    listEarlierRuns: () => ok(batch.earlierRuns()),
    compareBatch: ({ earlierId }) => {
      const compared = batch.compare(earlierId);
      if (!compared.ok) return compared;
      const { comparison, valuesAreSchemes } = compared.value;
      return ok(preferences.masksNumbers() ? maskComparison(comparison, valuesAreSchemes) : comparison);
    },
    exportBatchComparison: async ({ earlierId, format, maskNumbers: mask }) => {
      const compared = batch.compare(earlierId);
      if (!compared.ok) return compared;
      const { valuesAreSchemes } = compared.value;
      const comparison = masks(mask)
        ? maskComparison(compared.value.comparison, valuesAreSchemes)
        : compared.value.comparison;
      const content = format === 'csv' ? comparisonToCsv(comparison, csvCell) : comparisonToJson(comparison);
      return services.save(
        `callback-run-comparison-${services.stamp()}.${format}`,
        content,
        comparison.rows.length,
      );
    },
  };
}

import type { CallLogWatcher } from './callbacks/call-log-watcher';
import type { CallbackService } from './callbacks/callback-service';
import type { StaffDirectory } from './callbacks/staff-directory';
import { targetFor } from './callbacks/targets';
import { deskMethods, type DeskMethod } from './contract/desk-methods';
import type { BatchView, DeskError, DeskResult } from './contract/desk-types';
import { text, type Text } from './contract/i18n/text';
import type { z } from 'zod';
import { fieldLabel } from './ringostat/fields';
import type { LanguageChoice, Locale } from './contract/i18n/translate';
import { fail, ok, type Result } from './contract/result';
import { requestSchemas, type ParsedRequests } from './contract/schemas';
import { batchRows, batchToCsv, batchToJson } from './batch/batch-export';
import type { BatchService } from './batch/batch-service';
import { describeCallLog } from './callbacks/call-log-watcher';
import { CallLogReader } from './call-log/call-log-reader';
import { maskBatchPlan, maskBatchRows } from './batch/batch-masking';
import { createHistoryHandlers } from './history-handlers';
import type { TemplateStore } from './templates/template-store';
import type { HistoryStore } from './history/history-store';
import type { ProfileService } from './profiles/profile-service';
import { checkConnection } from './ringostat/connection-check';
import type { Transport } from './ringostat/transport';

export interface DeskServices {
  profiles: ProfileService;
  callbacks: CallbackService;
  callLog: CallLogWatcher;
  staff: StaffDirectory;
  history: HistoryStore;
  simulatorUrl: () => string;
  transport: Transport;
  /** Asks where to save an export and writes it; null when the person cancels. */
  saveExport: (suggestedName: string, content: string | AsyncIterable<string>) => Promise<string | null>;
  /** Asks which file to import and reads it; null when the person cancels. */
  openImport: () => Promise<string | null>;
  templates: TemplateStore;
  batch: BatchService;
  /** Told when the appearance changes, so native parts of the window follow. */
  onTheme?: (theme: 'system' | 'light' | 'dark') => void;
  /** Told when the language changes, so the application menu can follow. */
  onLanguage?: (locale: Locale) => void;
  /** The clock the call log screen paces its reads by. */
  now?: () => Date;
}

export type DeskHandlers = {
  [M in DeskMethod]: (request: ParsedRequests[M]) => Promise<DeskResult<M>> | DeskResult<M>;
};

/** What the main process does for each method; payloads arrive already parsed. */
export function createDeskHandlers(services: DeskServices): DeskHandlers {
  const { profiles, callbacks, history } = services;
  const save = async (
    name: string,
    content: string | AsyncIterable<string>,
    count: number | (() => number),
  ) => {
    const path = await services.saveExport(name, content);
    return ok(path === null ? null : { path, count: typeof count === 'number' ? count : count() });
  };
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const callLogReader = new CallLogReader({ ...services, now: services.now });
  /** The current run; with masking on (or `mask`), its values and numbers masked. */
  const batchView = (mask = false): BatchView | null => {
    const snapshot = services.batch.current();
    if (!snapshot) return null;
    const callLog: BatchView['callLog'] = {};
    for (const row of snapshot.rows) {
      const historyId = row.result?.historyId;
      const state = historyId ? services.callLog.peek(historyId) : null;
      if (historyId && state) callLog[historyId] = { status: state.status, summary: describeCallLog(state) };
    }
    const view = { ...snapshot, callLog };
    return mask || profiles.masksNumbers() ? maskBatchRows(view) : view;
  };
  return {
    getState: () => ok(profiles.state()),
    createProfile: ({ profile }) => profiles.create(profile),
    updateProfile: ({ id, profile }) => profiles.update(id, profile),
    duplicateProfile: ({ id }) => profiles.duplicate(id),
    deleteProfile: ({ id }) => profiles.remove(id),
    activateProfile: ({ id }) => profiles.activate(id),
    setKey: ({ id, key, storage }) => profiles.setKey(id, key, storage),
    clearKey: ({ id }) => profiles.clearKey(id),
    testConnection: async ({ id }) => {
      const profile = profiles.find(id);
      if (!profile) return fail({ code: 'not-found', message: text('profile.notFound') });
      const target = targetFor(profile, profiles, services.simulatorUrl);
      if (!target.ok) return fail({ code: 'invalid-input', message: target.error.message });
      return ok(await checkConnection(target.value, services.transport));
    },
    previewCallback: ({ form }) => ok(callbacks.preview(form)),
    sendCallback: ({ form, confirmDuplicate, confirmLive }) =>
      callbacks.send(form, { confirmDuplicate, confirmLive }),
    ...createHistoryHandlers({ profiles, callbacks, callLog: services.callLog, history, save, stamp }),
    readCallLog: ({ window, filter }) => callLogReader.read(window, filter),
    getCallLogAttempt: ({ historyId }) => callLogReader.attempt(historyId),
    deleteHistoryEntry: async ({ id }) => {
      await history.ready;
      return (await history.delete(id))
        ? ok(null)
        : fail({ code: 'not-found', message: text('desk.entryGone') });
    },
    clearHistory: async () => {
      await history.clear();
      return ok(null);
    },
    getHistorySettings: () => ok({ ...profiles.historyRetention(), maskNumbers: profiles.masksNumbers() }),
    setHistorySettings: ({ maxEntries, maxAgeDays, maskNumbers: mask }) => {
      profiles.setHistoryRetention({ maxEntries, maxAgeDays });
      history.setRetention({ maxEntries, maxAgeDays });
      if (mask !== undefined) profiles.setMaskNumbers(mask);
      return ok({ maxEntries, maxAgeDays, maskNumbers: profiles.masksNumbers() });
    },
    getStaff: ({ refresh }) => services.staff.list(refresh),
    getSipStatus: ({ login }) => services.staff.sipStatus(login),
    listTemplates: () => ok(services.templates.list(profiles.active().id)),
    saveTemplate: ({ id, name, description, shared, form }) => {
      const saved = services.templates.save({
        id,
        name,
        description,
        form,
        scope: shared ? 'shared' : profiles.active().id,
      });
      return saved.ok ? ok(services.templates.list(profiles.active().id)) : saved;
    },
    deleteTemplate: ({ id }) =>
      services.templates.remove(id)
        ? ok(services.templates.list(profiles.active().id))
        : fail({ code: 'not-found', message: text('template.notFound') }),
    exportTemplates: async () => {
      const templates = services.templates.list(profiles.active().id);
      return save(
        `callback-templates-${stamp()}.json`,
        services.templates.exportText(templates),
        templates.length,
      );
    },
    importTemplates: async () => {
      const text = await services.openImport();
      if (text === null) return ok(null);
      const active = profiles.active().id;
      // A template kept to a profile of another installation becomes this profile's.
      const imported = services.templates.importText(text, (scope) =>
        scope === 'shared' ? 'shared' : active,
      );
      return imported.ok ? ok({ ...imported.value, templates: services.templates.list(active) }) : imported;
    },
    setTheme: ({ theme }) => {
      profiles.setTheme(theme);
      services.onTheme?.(theme);
      return ok(profiles.state());
    },
    setLanguage: ({ language }: { language: LanguageChoice }) => {
      profiles.setLanguage(language);
      services.onLanguage?.(profiles.locale());
      return ok(profiles.state());
    },
    planBatch: (request) => {
      const plan = services.batch.plan(request);
      if (!plan.ok) return plan;
      return ok(profiles.masksNumbers() ? maskBatchPlan(plan.value) : plan.value);
    },
    startBatch: (request) => {
      const started = services.batch.start(request);
      return started.ok ? ok(batchView() as BatchView) : started;
    },
    getBatch: () => ok(batchView()),
    pauseBatch: () => {
      services.batch.pause();
      return ok(batchView());
    },
    resumeBatch: () => {
      services.batch.resume();
      return ok(batchView());
    },
    stopBatch: () => {
      services.batch.stop();
      return ok(batchView());
    },
    exportBatch: async ({ format, maskNumbers: mask }) => {
      const view = batchView(mask);
      if (!view) return fail({ code: 'not-found', message: text('desk.noRun') });
      const rows = batchRows(
        view,
        (historyId) => view.callLog[historyId]?.summary ?? null,
        profiles.locale(),
      );
      const content = format === 'csv' ? batchToCsv(rows) : batchToJson(rows);
      return save(`callback-run-${stamp()}.${format}`, content, rows.length);
    },
  };
}

export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown, DeskError>>;

/**
 * Turns untrusted calls into handler calls: the method must exist and the
 * payload must parse with its schema. Errors come back as Results, never
 * thrown, and never echo the payload (it may hold a key).
 */
export function createDispatcher(handlers: DeskHandlers, log: (line: string) => void = () => {}): Dispatch {
  return async (method, payload) => {
    if (!isDeskMethod(method)) return fail({ code: 'invalid-request', message: text('desk.noSuchRequest') });
    const parsed = requestSchemas[method].safeParse(payload);
    if (!parsed.success) {
      const tooLong = tooLongField(parsed.error.issues);
      if (tooLong) return fail({ code: 'invalid-input', message: tooLong });
      const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(request)').join(', ');
      return fail({
        code: 'invalid-request',
        message: text('desk.malformed', { method, where }),
      });
    }
    try {
      const handler = handlers[method] as (
        request: unknown,
      ) => Promise<Result<unknown, DeskError>> | Result<unknown, DeskError>;
      return await handler(parsed.data);
    } catch (error) {
      log(`${method} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      return fail({
        code: 'internal',
        message: text('desk.internal'),
      });
    }
  };
}

/** Fields a person types that the schemas bound: over the bound, the person is told which field and its limit. */
const typedFields: Record<string, Text> = {
  extension: fieldLabel('extension'),
  destination: fieldLabel('destination'),
  caller: fieldLabel('caller'),
  callee: fieldLabel('callee'),
  values: text('field.values'),
};

function tooLongField(issues: readonly z.core.$ZodIssue[]): Text | null {
  for (const issue of issues) {
    const field = typedFields[String(issue.path.at(-1))];
    if (issue.code === 'too_big' && issue.origin === 'string' && field)
      return text('desk.tooLong', { field, max: Number(issue.maximum) });
  }
  return null;
}

function isDeskMethod(method: string): method is DeskMethod {
  return (deskMethods as readonly string[]).includes(method);
}

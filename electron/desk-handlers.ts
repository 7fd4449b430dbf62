import type { CallLogWatcher } from './callbacks/call-log-watcher';
import type { SettleNotices } from './callbacks/settle-notices';
import type { CallbackService } from './callbacks/callback-service';
import type { StaffDirectory } from './callbacks/staff-directory';
import { targetFor } from './callbacks/targets';
import { partyFields } from './contract/callback-fields';
import { deskMethods, type DeskMethod } from './contract/desk-methods';
import type { DeskError, DeskHandlers, DeskState } from './contract/desk-types';
import { text, type Text } from './contract/i18n/text';
import type { z } from 'zod';
import { fieldLabel } from './shared/fields';
import type { LanguageChoice, Locale } from './contract/i18n/translate';
import { fail, ok, type Result } from './contract/result';
import { requestSchemas } from './contract/schemas';
import type { BatchService } from './batch/batch-service';
import { createBatchHandlers } from './batch-handlers';
import { CallLogReader } from './call-log/call-log-reader';
import { recentPartiesOf } from './callbacks/recent-parties';
import { createHistoryHandlers } from './history-handlers';
import type { TemplateStore } from './templates/template-store';
import type { HistoryStore } from './history/history-store';
import type { KeyVault } from './profiles/key-vault';
import type { Preferences } from './profiles/preferences';
import type { ProfileService } from './profiles/profile-service';
import { checkConnection } from './ringostat/connection-check';
import type { Transport } from './ringostat/transport';

export interface DeskServices {
  profiles: ProfileService;
  keys: KeyVault;
  preferences: Preferences;
  /** Things the person must be told once, gathered from every part of the app. */
  notices: readonly Text[];
  callbacks: CallbackService;
  callLog: CallLogWatcher;
  /** Told which attempts' rows the window follows, to announce them once settled. */
  settleNotices?: SettleNotices;
  staff: StaffDirectory;
  history: HistoryStore;
  simulatorUrl: () => string;
  transport: Transport;
  /** Asks where to save an export and writes it; null when the person cancels. */
  saveExport: (suggestedName: string, content: string | AsyncIterable<string>) => Promise<string | null>;
  /** Asks which file to import; its path, or null when the person cancels. */
  chooseImportFile: () => Promise<string | null>;
  /** Shows a file in the system's file manager, selected in its folder. */
  showInFolder?: (path: string) => void;
  templates: TemplateStore;
  batch: BatchService;
  /** Told when the appearance changes, so native parts of the window follow. */
  onTheme?: (theme: 'system' | 'light' | 'dark') => void;
  /** Told when the language changes, so the application menu can follow. */
  onLanguage?: (locale: Locale) => void;
  /** The clock the call log screen paces its reads by. */
  now?: () => Date;
}

/** The app as the window shows it: profiles and their keys, the look and language, and news. */
export function deskState(
  services: Pick<DeskServices, 'profiles' | 'keys' | 'preferences' | 'notices'>,
): DeskState {
  const { profiles, preferences } = services;
  return {
    profiles: profiles.views(),
    activeId: profiles.active().id,
    keyStorage: services.keys.storage(),
    theme: preferences.theme(),
    language: preferences.language(),
    locale: preferences.locale(),
    systemLocale: preferences.systemLocale(),
    notifySettled: preferences.notifiesSettledRows(),
    notices: [...services.notices],
  };
}

/** What the main process does for each method; payloads arrive already parsed. */
export function createDeskHandlers(services: DeskServices): DeskHandlers {
  const { profiles, preferences, callbacks, history } = services;
  const state = () => deskState(services);
  /** A change to the profiles or the preferences answers with the state it leaves. */
  const stateAfter = (change: Result<null, DeskError>) => (change.ok ? ok(state()) : change);
  // The files main itself wrote since it started: the only ones the window may have shown in their folder,
  // so a page that names any other path (a compromised one) learns nothing and opens nothing.
  const written = new Set<string>();
  const save = async (
    name: string,
    content: string | AsyncIterable<string>,
    count: number | (() => number),
  ) => {
    const path = await services.saveExport(name, content);
    if (path !== null) written.add(path);
    return ok(path === null ? null : { path, count: typeof count === 'number' ? count : count() });
  };
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const callLogReader = new CallLogReader({ ...services, now: services.now });
  return {
    getState: () => ok(state()),
    createProfile: ({ profile }) => stateAfter(profiles.create(profile)),
    updateProfile: ({ id, profile }) => stateAfter(profiles.update(id, profile)),
    duplicateProfile: ({ id }) => stateAfter(profiles.duplicate(id)),
    deleteProfile: ({ id }) => stateAfter(profiles.remove(id)),
    activateProfile: ({ id }) => stateAfter(profiles.activate(id)),
    setKey: ({ id, key, storage }) => stateAfter(profiles.setKey(id, key, storage)),
    clearKey: ({ id }) => stateAfter(profiles.clearKey(id)),
    testConnection: async ({ id }) => {
      const profile = profiles.find(id);
      if (!profile) return fail({ code: 'not-found', message: text('profile.notFound') });
      const target = targetFor(profile, services.keys, services.simulatorUrl);
      if (!target.ok) return fail({ code: 'invalid-input', message: target.error.message });
      return ok(await checkConnection(target.value, services.transport));
    },
    previewCallback: ({ form }) => ok(callbacks.preview(form)),
    sendCallback: ({ form, confirmDuplicate, liveConfirmation }) =>
      callbacks.send(form, { confirmDuplicate, liveConfirmation }),
    listRecentParties: async () =>
      ok(await recentPartiesOf(history, profiles.active().id, preferences.masksNumbers())),
    ...createHistoryHandlers({
      profiles,
      preferences,
      callbacks,
      callLog: services.callLog,
      settleNotices: services.settleNotices,
      history,
      save,
      stamp,
    }),
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
    getHistorySettings: () =>
      ok({ ...preferences.historyRetention(), maskNumbers: preferences.masksNumbers() }),
    setHistorySettings: ({ maxEntries, maxAgeDays, maskNumbers: mask }) => {
      preferences.setHistoryRetention({ maxEntries, maxAgeDays });
      history.setRetention({ maxEntries, maxAgeDays });
      if (mask !== undefined) preferences.setMaskNumbers(mask);
      return ok({ maxEntries, maxAgeDays, maskNumbers: preferences.masksNumbers() });
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
      const path = await services.chooseImportFile();
      if (path === null) return ok(null);
      const active = profiles.active().id;
      // A template kept to a profile of another installation becomes this profile's.
      const imported = services.templates.importFile(path, (scope) =>
        scope === 'shared' ? 'shared' : active,
      );
      return imported.ok ? ok({ ...imported.value, templates: services.templates.list(active) }) : imported;
    },
    showInFolder: ({ path }) => {
      if (!written.has(path) || !services.showInFolder)
        return fail({ code: 'not-exported', message: text('export.notWritten') });
      services.showInFolder(path);
      return ok(null);
    },
    setTheme: ({ theme }) => {
      preferences.setTheme(theme);
      services.onTheme?.(theme);
      return ok(state());
    },
    setLanguage: ({ language }: { language: LanguageChoice }) => {
      preferences.setLanguage(language);
      services.onLanguage?.(preferences.locale());
      return ok(state());
    },
    setNotifySettled: ({ notify }) => {
      preferences.setNotifySettledRows(notify);
      return ok(state());
    },
    ...createBatchHandlers({
      profiles,
      preferences,
      batch: services.batch,
      callLog: services.callLog,
      templates: services.templates,
      save,
      stamp,
    }),
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
  ...Object.fromEntries(partyFields.map((field) => [field, fieldLabel(field)])),
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

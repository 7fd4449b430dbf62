import { locales } from './i18n/locales';
import { z } from 'zod';
import type { DeskMethod } from './desk-methods';
import { gapLimits, inputLimits } from './limits';
import { callbackMethods } from './callback-fields';
import { callbackFormSchemaWith, type FormBounds } from './callback-schema';
import { callLogAttemptSchema, readCallLogSchema } from './call-log-schemas';

/** Every string crossing IPC is bounded; what it must look like is checked by the core. */
const text = z.string().max(inputLimits.textLength);
const id = z.string().min(1).max(100);
/** A phone number, SIP login or scheme id as typed. */
const party = z.string().max(inputLimits.partyLength);

/** A form's fields as typed: the bounds the window's forms and the command line's flags are held to. */
export const typedBounds: FormBounds = { party, text };

/**
 * A form as kept in a file (templates): read as it was saved, so one long
 * field does not make a whole file unreadable. Its parties are bounded again
 * when they are parsed for sending.
 */
export const callbackFormSchema = callbackFormSchemaWith({ party: text, text });

/** A form as typed, arriving over IPC: a party longer than any number or login is refused before parsing. */
const typedFormSchema = callbackFormSchemaWith(typedBounds);

export const profileInputSchema = z.strictObject({
  name: text,
  projectId: text,
  numbers: z.array(text).max(100),
  country: text,
  target: z.enum(['simulator', 'ringostat']),
  apiUrl: text,
  timeZone: text.optional(),
  /** Numbers this profile must never call. */
  blocklist: z.array(text).max(1000).optional(),
  /** Ask before every callback that rings real phones. */
  confirmLiveCalls: z.boolean().optional(),
});

const byId = z.strictObject({ id });

const isoTime = z.iso.datetime({ offset: true });

export const historyFilterSchema = z.strictObject({
  outcome: z.enum(['accepted', 'rejected', 'unknown', 'not-sent', 'pending']).optional(),
  method: z.enum(callbackMethods).optional(),
  profileId: id.optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  query: z.string().max(200).optional(),
});

/**
 * How much history to keep, within the bounds the window offers: all the app
 * takes from the window and from its settings file alike (a hand-edited 0
 * would empty the history at the next start).
 */
export const historyKeepSchema = z.object({
  maxEntries: z.int().min(100).max(1_000_000),
  maxAgeDays: z.int().min(0).max(3650),
});

export const historyRetentionSchema = z.strictObject({
  ...historyKeepSchema.shape,
  maskNumbers: z.boolean().optional(),
});

const batchRequest = {
  form: typedFormSchema,
  column: z.enum(['callee', 'caller', 'destination']),
  values: z.string().max(inputLimits.valuesLength),
};

/** The request each method takes; a method missing here or extra fails to compile. */
export const requestSchemas = {
  getState: z.void(),
  createProfile: z.strictObject({ profile: profileInputSchema }),
  updateProfile: z.strictObject({ id, profile: profileInputSchema }),
  duplicateProfile: byId,
  deleteProfile: byId,
  activateProfile: byId,
  setKey: z.strictObject({ id, key: z.string().min(1).max(1024), storage: z.enum(['encrypted', 'session']) }),
  clearKey: byId,
  testConnection: byId,
  previewCallback: z.strictObject({ form: typedFormSchema }),
  sendCallback: z.strictObject({
    form: typedFormSchema,
    confirmDuplicate: z.boolean().optional(),
    /** The confirmation main issued with its question before this live callback. */
    liveConfirmation: z.string().max(100).optional(),
  }),
  listRecentParties: z.void(),
  listHistory: z.strictObject({
    filter: historyFilterSchema,
    offset: z.int().min(0),
    limit: z.int().min(1).max(500),
  }),
  getHistoryEntry: byId,
  /**
   * Sends an attempt's own form again, as main holds it: with masking on the window never has the numbers.
   * `confirmLive`: the history's own question, which says real phones ring, was answered.
   */
  resendHistoryEntry: z.strictObject({ id, confirmLive: z.boolean().optional() }),
  tagHistoryEntry: z.strictObject({
    id,
    tag: z.enum(['support', 'qa', 'training']).nullable(),
    note: z.string().max(2000),
  }),
  deleteHistoryEntry: byId,
  clearHistory: z.void(),
  exportHistory: z.strictObject({
    filter: historyFilterSchema,
    format: z.enum(['csv', 'json']),
    maskNumbers: z.boolean(),
  }),
  getHistorySettings: z.void(),
  setHistorySettings: historyRetentionSchema,
  watchCallLog: z.strictObject({ historyId: id }),
  readCallLog: readCallLogSchema,
  getCallLogAttempt: callLogAttemptSchema,
  getStaff: z.strictObject({ refresh: z.boolean() }),
  getSipStatus: z.strictObject({ login: z.string().min(1).max(64) }),
  listTemplates: z.void(),
  saveTemplate: z.strictObject({
    id: id.optional(),
    name: z.string().max(200),
    description: z.string().max(500),
    shared: z.boolean(),
    form: typedFormSchema,
  }),
  deleteTemplate: byId,
  exportTemplates: z.void(),
  importTemplates: z.void(),
  planBatch: z.strictObject(batchRequest),
  startBatch: z.strictObject({
    ...batchRequest,
    gapMs: z.int().min(gapLimits.minimumMs).max(gapLimits.maximumMs),
    stopOnFailure: z.boolean(),
    tag: z.enum(['support', 'qa', 'training']),
    confirmCount: z.int().min(0).optional(),
    /** The template the run uses, so it can be compared with that template's earlier runs. */
    templateId: id.optional(),
  }),
  getBatch: z.void(),
  pauseBatch: z.void(),
  resumeBatch: z.void(),
  stopBatch: z.void(),
  exportBatch: z.strictObject({ format: z.enum(['csv', 'json', 'junit']), maskNumbers: z.boolean() }),
  listEarlierRuns: z.void(),
  compareBatch: z.strictObject({ earlierId: id }),
  exportBatchComparison: z.strictObject({
    earlierId: id,
    format: z.enum(['csv', 'json']),
    maskNumbers: z.boolean(),
  }),
  /** A file an export wrote; main shows only those it wrote itself. */
  showInFolder: z.strictObject({ path: z.string().min(1).max(4096) }),
  setTheme: z.strictObject({ theme: z.enum(['system', 'light', 'dark']) }),
  setLanguage: z.strictObject({ language: z.enum(['system', ...locales]) }),
  setNotifySettled: z.strictObject({ notify: z.boolean() }),
} satisfies Record<DeskMethod, z.ZodType>;

export type DeskRequests = { [M in DeskMethod]: z.input<(typeof requestSchemas)[M]> };
export type ParsedRequests = { [M in DeskMethod]: z.output<(typeof requestSchemas)[M]> };
export type ProfileInput = z.output<typeof profileInputSchema>;
export type CallbackFormInput = z.output<typeof callbackFormSchema>;

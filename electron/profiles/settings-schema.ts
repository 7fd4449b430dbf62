import { locales } from '../contract/i18n/locales';
import { historyKeepSchema } from '../contract/schemas';
import { z } from 'zod';

export const storedProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  projectId: z.string(),
  numbers: z.array(z.string()),
  country: z.string(),
  target: z.enum(['simulator', 'ringostat']),
  apiUrl: z.string(),
  /** The project's zone, in which Ringostat writes and reads call times; absent in older settings. */
  timeZone: z.string().optional(),
  blocklist: z.array(z.string()).optional(),
  confirmLiveCalls: z.boolean().optional(),
});

export const settingsSchema = z.object({
  version: z.literal(1),
  activeProfileId: z.string(),
  profiles: z.array(storedProfileSchema).min(1),
  /** Encrypted keys by profile id; `lastFour` lets the app say "…1234" without decrypting. */
  keys: z.record(z.string(), z.object({ encrypted: z.string(), lastFour: z.string().max(4) })),
  /** How much request history to keep; absent means the defaults. One out of bounds is reset on reading. */
  historyRetention: historyKeepSchema.optional(),
  /** Show phone numbers in the history and its exports only by their last four digits. */
  maskNumbers: z.boolean().optional(),
  /** A system notification when a followed call-log row settles while the window is in the background. */
  notifyCallLogSettled: z.boolean().optional(),
  /** Light, dark, or whatever the system uses. */
  theme: z.enum(['system', 'light', 'dark']).optional(),
  language: z.enum(['system', ...locales]).optional(),
  /** Where the window was when it last closed. */
  window: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() })
    .optional(),
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;
export type Settings = z.infer<typeof settingsSchema>;

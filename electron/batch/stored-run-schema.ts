import { z } from 'zod';
import type { StoredRun } from '../contract/batch-types';
import { inputLimits } from '../contract/limits';
import { expectedOutcomes } from '../contract/run-expect-types';

const time = z.string().max(64);
const word = z.string().max(512);

const storedRunRow = z.object({
  row: z.number().int().nonnegative(),
  value: word,
  expect: z.object({ outcome: z.enum(expectedOutcomes).nullable(), call: word.nullable() }).nullable(),
  outcome: z.enum([...expectedOutcomes, 'refused', 'invalid']).nullable(),
  callEnding: word.nullable(),
  verdict: z.enum(['passed', 'failed', 'pending', 'skipped']),
});

/**
 * What a run file must hold to be listed or compared. The files sit in the
 * data folder, where anything may have written them: a file that does not
 * match is never handed to the window.
 */
export const storedRunSchema: z.ZodType<StoredRun> = z.object({
  id: word,
  templateId: word,
  templateName: word,
  profileName: word,
  startedAt: time,
  endedAt: time.nullable(),
  status: z.enum(['running', 'paused', 'stopping', 'stopped', 'finished']),
  rows: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  valuesAreSchemes: z.boolean(),
  items: z.array(storedRunRow).max(inputLimits.rows),
});

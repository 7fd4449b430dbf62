import { z } from 'zod';

/** A project wall time as a `datetime-local` field writes it. */
const wallTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/);
/** A filter value: one of the values the rows themselves hold. */
const filterValue = z.string().min(1).max(200);

export const callLogWindowSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('last'),
    minutes: z
      .int()
      .min(1)
      .max(24 * 60),
  }),
  z.strictObject({ kind: z.literal('today') }),
  z.strictObject({ kind: z.literal('range'), from: wallTime, to: wallTime }),
]);

export const readCallLogSchema = z.strictObject({
  window: callLogWindowSchema,
  filter: z.strictObject({
    direction: filterValue.optional(),
    status: filterValue.optional(),
    employee: filterValue.optional(),
  }),
});

export const callLogAttemptSchema = z.strictObject({ historyId: z.string().min(1).max(100) });

import type { HistorySummary } from '../electron/contract/desk-types';

/** The word each outcome is shown with, beside its colour. */
export const outcomeWords: Record<HistorySummary['outcome'], string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  unknown: 'Unknown',
  'not-sent': 'Not sent',
  pending: 'Sending…',
};

import type { Outcome } from '../contract/callback-types';

/** The process exit code for each outcome; 2 is for anything refused before sending. */
export const exitCodes: Record<Outcome | 'invalid' | 'dry-run' | 'stopped' | 'unmet', number> = {
  accepted: 0,
  'dry-run': 0,
  invalid: 2,
  rejected: 3,
  unknown: 4,
  'not-sent': 5,
  /** A run stopped by hand (Ctrl+C) before its last row: some rows were sent, the rest were not. */
  stopped: 6,
  /** A run with a row that did not meet the expectations its values file gave it. */
  unmet: 7,
};

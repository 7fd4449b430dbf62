/**
 * Which side of a callback a party stood on, so a field is offered only the
 * parties that fit it: a client's number is no forwarding scheme id.
 */
export type PartySide = 'client' | 'employee' | 'scheme';

/** A party of a recent attempt, as sent (normalised). */
export interface RecentParty {
  value: string;
  side: PartySide;
  /** When it was last sent, ISO. */
  at: string;
}

export interface RecentParties {
  /** Newest first, at most `recentPartiesKept` of each side. */
  parties: RecentParty[];
  /** Phone numbers left out because masking is on: they never leave the main process whole. */
  withheld: number;
}

/** How many distinct parties of each side a profile offers. */
export const recentPartiesKept = 20;

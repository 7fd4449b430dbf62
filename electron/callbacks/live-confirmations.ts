import { randomUUID } from 'node:crypto';
import type { StoredProfile } from '../profiles/settings-schema';

/** Where a live callback goes: a profile, and the server and project it points at now. */
export function liveTargetOf(profile: StoredProfile): string {
  // An edited API URL or project id is another project: its first call asks again.
  return JSON.stringify([profile.id, profile.apiUrl, profile.projectId]);
}

/**
 * The first live callback of a session on a profile asks once. Main keeps the
 * rule, so a window that forgets to ask (or a page that skips it) cannot place
 * the call: a live send goes out only once its target was confirmed this
 * session, or with a confirmation main issued for exactly this callback. An
 * issued confirmation sends once; any other callback, or a second send, asks
 * again.
 */
export class LiveConfirmations {
  /** Targets a live call was confirmed for since the app started. */
  private readonly confirmed = new Set<string>();
  /** The one open question per target: its confirmation and the callback it is for. */
  private readonly asked = new Map<string, { confirmation: string; callback: string }>();

  /**
   * Whether this callback may go without asking: its target was confirmed this
   * session (and the profile does not ask every time), or `confirmation` is the
   * one issued for this very callback.
   */
  allows(target: string, callback: string, everyCall: boolean, confirmation: string | undefined): boolean {
    if (!everyCall && this.confirmed.has(target)) return true;
    const open = this.asked.get(target);
    return confirmation !== undefined && open?.confirmation === confirmation && open.callback === callback;
  }

  /** A new question for this callback; it replaces any earlier question for the target. */
  ask(target: string, callback: string): string {
    const confirmation = randomUUID();
    this.asked.set(target, { confirmation, callback });
    return confirmation;
  }

  /** The callback is going out: its question is used up and its target confirmed for the session. */
  sending(target: string): void {
    this.asked.delete(target);
    this.confirmed.add(target);
  }
}

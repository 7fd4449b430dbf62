/** How often the call log screen reads: the simulator every 2 s; a live project, whose API is shared, every 15 s. */
export const refreshPace = { simulatorMs: 2_000, liveMs: 15_000 };

/**
 * Paces the reads of one view of the call log (a profile and a window):
 * asked again sooner than its pace allows, the view is answered from the
 * last read and Ringostat is not asked. The clock is injected, so the pace
 * can be tested without waiting.
 */
export class ReadPace {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly pace: { simulatorMs: number; liveMs: number } = refreshPace,
  ) {}

  intervalMs(live: boolean): number {
    return live ? this.pace.liveMs : this.pace.simulatorMs;
  }

  /** Whether this view may be read from Ringostat now. */
  due(view: string, live: boolean): boolean {
    const last = this.last.get(view);
    return last === undefined || this.now() - last >= this.intervalMs(live);
  }

  /** Notes a read as it starts, so reads asked for meanwhile wait for the next turn. */
  started(view: string): void {
    this.last.delete(view);
    this.last.set(view, this.now());
    // Only the views of the last few windows chosen are kept.
    if (this.last.size > 16) this.last.delete(this.last.keys().next().value as string);
  }

  /** How long until the view may be read again. */
  waitMs(view: string, live: boolean): number {
    const last = this.last.get(view);
    return last === undefined ? 0 : Math.max(0, last + this.intervalMs(live) - this.now());
  }
}

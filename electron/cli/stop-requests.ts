/** Ctrl+C (SIGINT) and SIGTERM, as the commands see them. */
export interface StopRequests {
  /** Resolves at the first request to stop. */
  readonly first: Promise<void>;
  /** How many requests to stop have come so far. */
  count(): number;
  /**
   * While held, every request to stop is passed to `onStop` with its count
   * and none ends the process, so an answer in flight is still awaited and
   * printed. Returns the release. Not held, a second request ends the
   * process at once, as it would if the program did not listen.
   */
  hold(onStop: (count: number) => void): () => void;
}

/** Listens for SIGINT and SIGTERM on `target` (the running process). */
export function listenForStops(target: NodeJS.Process): StopRequests {
  let count = 0;
  let holder: ((count: number) => void) | null = null;
  let resolveFirst: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (resolveFirst = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    count += 1;
    if (count === 1) resolveFirst();
    if (holder) holder(count);
    else if (count > 1) {
      target.off('SIGINT', onSignal);
      target.off('SIGTERM', onSignal);
      target.kill(target.pid, signal);
    }
  };
  target.on('SIGINT', onSignal);
  target.on('SIGTERM', onSignal);
  return {
    first,
    count: () => count,
    hold(onStop) {
      holder = onStop;
      return () => {
        if (holder === onStop) holder = null;
      };
    },
  };
}

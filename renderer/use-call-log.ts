import { useEffect, useState } from 'react';
import type { CallLogFilter, CallLogView, CallLogWindow } from '../electron/contract/call-log-types';
import type { Words } from '../electron/contract/i18n/text';
import { desk } from './desk';

export interface CallLogReading {
  view: CallLogView | null;
  /** Why the window cannot be read as asked (a custom time that never happens); null when it can. */
  problem: Words | null;
  /** The window is hidden, so nothing is read until it shows again. */
  paused: boolean;
}

/** Never ask sooner than this, whatever main says: it keeps a busy loop from forming. */
const shortestWaitMs = 250;

/**
 * Reads the call log now and again at the pace main gives (every few seconds
 * on the simulator, less often on a live project), while the component is
 * mounted and the window is visible. Hidden, it stops; shown again, it reads
 * at once. `window` and `filter` are compared by value.
 */
export function useCallLog(window: CallLogWindow | null, filter: CallLogFilter): CallLogReading {
  const [reading, setReading] = useState<CallLogReading>({ view: null, problem: null, paused: false });
  const windowKey = JSON.stringify(window);
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    const asked = JSON.parse(windowKey) as CallLogWindow | null;
    if (asked === null) return;
    const filtering = JSON.parse(filterKey) as CallLogFilter;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asking = false;
    const hidden = () => document.visibilityState === 'hidden';
    const ask = async () => {
      timer = undefined;
      if (asking) return;
      if (hidden()) {
        setReading((before) => ({ ...before, paused: true }));
        return;
      }
      asking = true;
      const result = await desk().readCallLog({ window: asked, filter: filtering });
      asking = false;
      if (!current) return;
      if (!result.ok) {
        // A window that cannot be read as asked stays so until it is changed: no point asking again.
        setReading({ view: null, problem: result.error.message, paused: false });
        return;
      }
      setReading({ view: result.value, problem: null, paused: false });
      timer = setTimeout(() => void ask(), Math.max(shortestWaitMs, result.value.refreshInMs + 20));
    };
    const onVisibility = () => {
      if (hidden() || asking) return;
      if (timer) clearTimeout(timer);
      void ask();
    };
    document.addEventListener('visibilitychange', onVisibility);
    void ask();
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [windowKey, filterKey]);
  return reading;
}

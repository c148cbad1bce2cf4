/**
 * Saving off the drawing path: the latest change is saved once the browser is
 * idle after drawing it (within a third of a second even when busy), and at
 * once when the page is hidden or closed or the caller asks (`now`); `drop`
 * forgets it (another tab saved a newer version). Writing
 * a chart of 1,000 points to storage on every keystroke delayed the chart.
 */
import { useEffect, useRef } from 'preact/hooks';

const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 300 }) : setTimeout(run, 50));

export function useSaveSoon<T>(save: (latest: T) => void): { soon: (latest: T) => void; now: () => void; drop: () => void } {
  const waiting = useRef<{ latest: T } | null>(null);
  const saver = useRef(save);
  saver.current = save;
  const now = () => {
    const w = waiting.current;
    waiting.current = null;
    if (w) saver.current(w.latest);
  };
  const soon = (latest: T) => {
    const scheduled = waiting.current !== null;
    waiting.current = { latest };
    if (!scheduled) whenIdle(now);
  };
  useEffect(() => {
    const hidden = () => document.visibilityState === 'hidden' && now();
    addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      now();
      removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);
  return { soon, now, drop: () => void (waiting.current = null) };
}

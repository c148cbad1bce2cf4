/**
 * Saving off the drawing path: the latest change is saved once the browser is
 * idle after drawing it (within half a second even when busy), and at
 * once when the page is hidden or closed or the caller asks (`now`); `drop`
 * forgets it (another tab saved a newer version). Writing
 * a chart of 1,000 points to storage on every keystroke delayed the chart.
 */
import { useEffect, useRef } from 'preact/hooks';

const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(run, 50));
// After the next frame is painted, then when idle: an idle callback alone can run in the gap before that frame and delay it.
const whenIdle = (run: () => void) => requestAnimationFrame(() => setTimeout(() => idle(run), 0));

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

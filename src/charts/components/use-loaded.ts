/**
 * A module loaded with import() once it is wanted, for the parts of the chart
 * maker most people never open (the table editor, the damaged-charts panel):
 * they stay out of the page's first JavaScript. `failed` is set when the
 * module could not be fetched (offline, or the site was updated meanwhile);
 * it is asked for again the next time it is wanted.
 */
import { useEffect, useState } from 'preact/hooks';

export function useLoaded<T>(load: () => Promise<T>, wanted: boolean): { mod: T | null; failed: boolean } {
  const [state, setState] = useState<{ mod: T | null; failed: boolean }>({ mod: null, failed: false });
  useEffect(() => {
    if (!wanted || state.mod) return;
    // Wanted again after a failed fetch: try again, and say it is loading rather than failed meanwhile.
    if (state.failed) setState({ mod: null, failed: false });
    let live = true;
    load().then(
      (mod) => live && setState({ mod, failed: false }),
      () => live && setState({ mod: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}

/** What a part of the page says when its code could not be loaded. */
export const NOT_LOADED = 'This part of the page could not be loaded. Check your connection, then try again or reload the page. Your chart is kept.';

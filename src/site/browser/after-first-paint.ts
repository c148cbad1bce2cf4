/**
 * Resolves once the page's first contentful paint is on screen (at once in a
 * tab that is not shown, which draws nothing until it is). Code that fetches
 * what the first screen does not need (the search index, an island's code)
 * waits for it, so the first paint never waits for those fetches, on a slow
 * phone or in Lighthouse's estimate of the largest paint (which counts every
 * request that finished before that paint as one it needed). They start a
 * frame or so later, not after load.
 *
 * The browser reports the paint once the frame has reached the screen, which
 * on a busy phone can be well after its frame callbacks have run, so this
 * waits for the report. A browser without paint timing gets the next best
 * thing: a task queued from a frame callback runs just after that frame is drawn.
 */
const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint';
const UNREPORTED_PAINT_MS = 3000;

export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || performance.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) return resolve();
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(() => setTimeout(resolve));
    const done = () => {
      paints.disconnect();
      clearTimeout(fallback);
      resolve();
    };
    const paints = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_CONTENTFUL_PAINT).length) done();
    });
    // A paint the browser never reports (a quirk, a page shown in a way that skips the entry)
    // must not leave search or results waiting for ever: a few seconds is long after any first paint.
    const fallback = setTimeout(done, UNREPORTED_PAINT_MS);
    paints.observe({ type: 'paint', buffered: true });
  });
}

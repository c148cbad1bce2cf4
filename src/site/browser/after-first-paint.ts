/**
 * Resolves once the browser has drawn the page for the first time (at once in
 * a tab that is not shown, which draws nothing until it is). Code that fetches
 * what the first screen does not need (the search index, an island's code)
 * waits for it, so the first paint never waits for those fetches, on a slow
 * phone or in Lighthouse's estimate of the largest paint (which counts every
 * request that finished before that paint as one it needed). They start one
 * frame later, not after load. A frame callback runs just before the browser
 * draws; a task queued from it runs just after.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve));
  });
}

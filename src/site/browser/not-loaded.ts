/**
 * What a button says when the code it loads on demand (an import()) could not
 * be fetched: the connection dropped, or the site was updated and the old file
 * is gone. Said where the button's result would have been said, so nothing
 * fails without a word; pressing again tries the fetch again.
 */

/** `failed` names what did not happen, e.g. "The download could not be made"; `kept` says what is safe. */
export const notLoaded = (failed: string, kept = 'Your answers are not affected.'): string =>
  `${failed}: part of this page could not be loaded. Check your connection and try again. ${kept}`;

/**
 * Runs `action` (which loads code on demand); if it throws, says `notLoaded(failed)`
 * through `say` instead. Resolves either way, so a click handler never rejects.
 */
export async function orSayNotLoaded(action: () => Promise<unknown>, say: (message: string) => void, failed: string, kept?: string): Promise<void> {
  try {
    await action();
  } catch {
    say(notLoaded(failed, kept));
  }
}

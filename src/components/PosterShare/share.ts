/**
 * What the share button does, apart from the page: share through the browser's
 * share sheet if it has one, else copy to the clipboard. Returns the words to
 * announce ("" when the person closed the share sheet themselves).
 */
type Nav = Pick<Navigator, 'clipboard'> & { share?: (data: ShareData) => Promise<void> };

export async function shareOrCopy(nav: Nav, data: { url: string; title: string }): Promise<string> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title: data.title, url: data.url });
      return '';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure. Anything else: fall back to copying.
      if ((error as Error)?.name === 'AbortError') return '';
    }
  }
  try {
    await nav.clipboard.writeText(data.url);
    return `Link copied: ${data.url}`;
  } catch {
    return 'Your browser did not let us copy the link. Select the permanent link above and copy it.';
  }
}

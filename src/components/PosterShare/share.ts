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

/**
 * Query parameters that say where a visitor came from, not what they are
 * looking at: sharing them would credit the next reader to the same campaign.
 */
const TRACKING = /^(utm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid)$/i;

/**
 * The address to share for the page the reader has open: the same origin and
 * path (so a preview deploy or a second domain shares itself), without the
 * fragment or tracking parameters. Other parameters are kept.
 */
export function shareableUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  // URLSearchParams leaves a bare "?" when it empties the query.
  if (![...url.searchParams.keys()].length) url.search = '';
  return url.href;
}

/** A mailto: link with the page's title as the subject and its summary and address as the body. */
export function mailtoLink(data: { url: string; title: string; summary: string }): string {
  return `mailto:?subject=${encodeURIComponent(data.title)}&body=${encodeURIComponent(`${data.summary}\n\n${data.url}`)}`;
}

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
const TRACKING = /^(utm_.*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|igshid|yclid)$/i;

/**
 * The address to share for the page the reader has open: the same origin and
 * path (so a preview deploy or a second domain shares itself), without the
 * fragment or tracking parameters. Other parameters are kept.
 */
export function shareableUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  // Filtered as written, not through URLSearchParams, which would re-encode what is kept ("%20" as "+").
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(safeDecode(pair.split('=')[0]!)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.href;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** A mailto: link with the page's title as the subject and its summary and address as the body. */
export function mailtoLink(data: { url: string; title: string; summary: string }): string {
  return `mailto:?subject=${encodeURIComponent(data.title)}&body=${encodeURIComponent(`${data.summary}\n\n${data.url}`)}`;
}

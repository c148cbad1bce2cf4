/**
 * Astro writes one Content Security Policy for the whole site into every page:
 * its style-src and script-src list the hash of every inline stylesheet and
 * script on every page, about 50 bytes each that do not compress. Since each
 * page's CSS is written into it, the list grew with the site, and a content page
 * no longer fit the first round trip. Each page keeps only the hashes of its own
 * <style> and <script> elements: the policy allows nothing more than before,
 * only less.
 *
 * A middleware trims each page as it is rendered (page-hashes-middleware.ts),
 * working on the page's bytes: reading and rewriting every page after the build,
 * or turning each page into a string and back, cost seconds on a site of a
 * thousand pages.
 */
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

/**
 * How the text a page is searched as maps to its bytes: 'utf8' for the page
 * as a string, 'latin1' for its UTF-8 bytes read one character per byte.
 */
export type Encoding = 'utf8' | 'latin1';

/**
 * Hashes already worked out, by content (one table per encoding: the same
 * characters stand for different bytes in each): every page of a type carries
 * the same stylesheet (tens of KB), so each distinct one is hashed once.
 * Emptied when it grows large, so pages with content of their own cannot fill memory.
 */
const digests: Record<Encoding, Map<string, string>> = { utf8: new Map(), latin1: new Map() };
const DIGESTS_KEPT = 500;

/** A CSP source for this inline text: 'sha256-…'. */
export function sha256(text: string, encoding: Encoding = 'utf8'): string {
  const known = digests[encoding];
  let digest = known.get(text);
  if (digest === undefined) {
    digest = `'sha256-${createHash('sha256').update(text, encoding).digest('base64')}'`;
    if (known.size >= DIGESTS_KEPT) known.clear();
    known.set(text, digest);
  }
  return digest;
}

/** CSP separates its parts with ASCII whitespace; `\s` would also take characters that are bytes of UTF-8 ones in latin1. */
const SPACE = /[\t\n\f\r ]+/;
const trimSpace = (text: string) => text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const hashesOf = (html: string, tag: 'style' | 'script', encoding: Encoding) =>
  new Set([...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => sha256(m[1]!, encoding)));

/**
 * `html` with its CSP trimmed. Every pattern here matches ASCII characters only
 * (but `[\s\S]`, which takes anything), never a byte of a multi-byte UTF-8
 * character, so a page read as latin1 gives the same matches as the page read
 * as UTF-8, and the hashes are of the same bytes.
 */
function trim(html: string, encoding: Encoding): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = { 'style-src': hashesOf(html, 'style', encoding), 'script-src': hashesOf(html, 'script', encoding) };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name, ...values] = trimSpace(directive).split(SPACE);
      const mine = own[name?.toLowerCase() as keyof typeof own];
      if (!mine) return directive;
      return ` ${[name, ...values.filter((v) => !/^'sha(256|384|512)-/.test(v) || mine.has(v))].join(' ')}`;
    })
    .join(';');
  return html.replace(META, (_, start: string, _policy: string, end: string) => `${start}${policy.replace(/^[\t\n\f\r ]+/, '')}${end}`);
}

/** The page with its CSP's style-src and script-src trimmed to the hashes of the page's own inline styles and scripts. */
export const keepOwnHashes = (html: string): string => trim(html, 'utf8');

/** keepOwnHashes for a page read as latin1 (its UTF-8 bytes, a character per byte). */
export const keepOwnHashesLatin1 = (page: string): string => trim(page, 'latin1');

/**
 * Edits a page given as UTF-8 bytes with `edit`, which gets (and returns) the
 * page read as latin1 (a byte per character): it is never decoded or encoded
 * as UTF-8, which costs about a millisecond each way for a page with
 * characters beyond latin1 (curly quotes). `edit` must match ASCII only, as trim does.
 */
export function editAsLatin1(page: Uint8Array, edit: (latin1: string) => string): Uint8Array<ArrayBuffer> {
  const out = Buffer.from(edit(Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('latin1')), 'latin1');
  // Buffer.from(string) always allocates a plain ArrayBuffer (never a shared one); its type just does not say so.
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

/** keepOwnHashes for a page as UTF-8 bytes. */
export const keepOwnHashesInBytes = (page: Uint8Array): Uint8Array<ArrayBuffer> => editAsLatin1(page, keepOwnHashesLatin1);

export default function pageHashes(): AstroIntegration {
  return {
    name: 'qi-hub:page-hashes',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        // 'pre': outermost, so it sees each page as it is finally written.
        addMiddleware({ entrypoint: new URL('./page-hashes-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}

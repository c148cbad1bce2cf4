/**
 * Link checker for a built site: every internal URL in the pages, stylesheets,
 * feeds, sitemaps and the search index must resolve to a file in the build, and every
 * page must be reachable from the home page. Used for dist/ and for the
 * sub-path build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { isRedirectFile } from '../support';

export interface LinkReport {
  /** Pages found. */
  pages: string[];
  /** How many internal URLs were checked. */
  checked: number;
  /** "where → url: why" for each URL that does not resolve. */
  broken: string[];
  /** Pages no chain of links from the home page reaches. */
  unreachable: string[];
}

interface Ref {
  url: string;
  /** Following it is a step a person can take from page to page. */
  navigates: boolean;
}

const normaliseBase = (b: string) => (b.startsWith('/') ? b : `/${b}`).replace(/\/?$/, '/');

/** Attributes that hold one URL, by element. */
const urlAttributes: [selector: string, attr: string, navigates: boolean][] = [
  ['a[href]', 'href', true],
  ['area[href]', 'href', true],
  ['link[href]', 'href', false],
  ['script[src]', 'src', false],
  ['img[src]', 'src', false],
  ['source[src]', 'src', false],
  ['video[poster]', 'poster', false],
  ['iframe[src]', 'src', false],
  ['object[data]', 'data', false],
  ['use[href]', 'href', false],
  ['image[href]', 'href', false],
  ['meta[property="og:image"]', 'content', false],
  ['meta[property="og:url"]', 'content', false],
  ['meta[name="twitter:image"]', 'content', false],
];

function refsInPage(root: HTMLElement): Ref[] {
  const refs: Ref[] = [];
  for (const [selector, attr, navigates] of urlAttributes) {
    for (const el of root.querySelectorAll(selector)) refs.push({ url: el.getAttribute(attr)!, navigates });
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset')!.split(',')) {
      const u = candidate.trim().split(/\s+/)[0];
      if (u) refs.push({ url: u, navigates: false });
    }
  }
  // A GET form is a way from page to page (the header search box leads to the search page).
  for (const form of root.querySelectorAll('form[action]')) {
    const method = (form.getAttribute('method') ?? 'get').toLowerCase();
    refs.push({ url: form.getAttribute('action')!, navigates: method === 'get' });
  }
  const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const target = refresh && /url\s*=\s*['"]?([^'"\s]+)/i.exec(refresh)?.[1];
  if (target) refs.push({ url: target, navigates: true });
  return refs;
}

const decodeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** URLs in a feed or sitemap: element text (<loc>, <link>, <guid>, <url>) and attributes (href, src, url), CDATA and escaped HTML included. */
function refsInXml(xml: string): string[] {
  const text = decodeXml(xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
  const out: string[] = [];
  for (const m of text.matchAll(/<(loc|link|url|id)>\s*([^<\s]+)\s*<\/\1>/g)) out.push(m[2]!);
  for (const m of text.matchAll(/<guid\b(?![^>]*isPermaLink="false")[^>]*>\s*([^<\s]+)\s*<\/guid>/g)) out.push(m[1]!);
  for (const m of text.matchAll(/\s(?:href|src|url)="([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** Pagefind's search results (one fragment per page): the page's path in the built folder, and the image it took from the page, as written there. */
function searchResults(dir: string): { url: string; image?: string }[] {
  const fragments = path.join(dir, 'pagefind', 'fragment');
  if (!existsSync(fragments)) return [];
  return readdirSync(fragments).flatMap((f) => {
    const text = gunzipSync(readFileSync(path.join(fragments, f))).toString('utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta?: Record<string, string> };
    return data.meta?.image ? [{ url: data.url, image: data.meta.image }] : [{ url: data.url }];
  });
}

export function checkSite(dir: string, base: string, siteUrl: string): LinkReport {
  const b = normaliseBase(base);
  const origin = new URL(siteUrl).origin;
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
  const pages = files.filter((f) => f.endsWith('.html')).sort();
  const pathOf = (file: string) => b + file.replace(/(^|\/)index\.html$/, '$1');

  const parsed = new Map<string, HTMLElement>();
  const page = (file: string) => {
    let root = parsed.get(file);
    if (!root) {
      root = parse(readFileSync(path.join(dir, file), 'utf8'));
      parsed.set(file, root);
    }
    return root;
  };
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      set = new Set([...page(file).querySelectorAll('[id]').map((e) => e.id), ...page(file).querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]);
      idsCache.set(file, set);
    }
    return set;
  };

  const broken: string[] = [];
  let checked = 0;

  /** The file a URL names, or why it names none. Undefined for URLs that are not this site's. */
  function resolve(raw: string, from: string): { file: string } | { error: string } | undefined {
    const trimmed = raw.trim();
    if (/^(mailto|tel|data|blob):/i.test(trimmed)) return undefined;
    if (/^javascript:/i.test(trimmed)) return { error: 'javascript: URL (blocked by the CSP, and not a link)' };
    let url: URL;
    try {
      url = new URL(trimmed, origin + from);
    } catch {
      return { error: 'not a valid URL' };
    }
    if (url.origin !== origin) return undefined;
    checked++;
    const p = decodeURIComponent(url.pathname);
    if (!p.startsWith(b)) return { error: `outside the base path ${b}` };
    const rel = p.slice(b.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = path.join(dir, file);
    if (!existsSync(full)) return { error: existsSync(path.join(dir, rel)) ? 'a folder: add the trailing slash' : 'no such file' };
    if (statSync(full).isDirectory()) return { error: 'a folder: add the trailing slash' };
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && hash !== 'top' && file.endsWith('.html') && !ids(file).has(hash)) return { error: `no element with id "${hash}"` };
    return { file };
  }

  // Pages, and the links between them.
  const edges = new Map<string, string[]>();
  for (const file of pages) {
    const here = pathOf(file);
    const next: string[] = [];
    for (const ref of refsInPage(page(file))) {
      const r = resolve(ref.url, here);
      if (!r) continue;
      if ('error' in r) broken.push(`${file} → ${ref.url}: ${r.error}`);
      else if (ref.navigates && r.file.endsWith('.html')) next.push(r.file);
    }
    edges.set(file, next);
  }

  // Stylesheets: url() is resolved against the stylesheet's own address.
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(path.join(dir, file), 'utf8');
    for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
      const u = m[1] ?? m[2] ?? m[3] ?? '';
      if (!u || u.startsWith('#')) continue;
      const r = resolve(u, b + file);
      if (r && 'error' in r) broken.push(`${file} → ${u}: ${r.error}`);
    }
  }

  // Feeds and sitemaps.
  for (const file of files.filter((f) => f.endsWith('.xml'))) {
    for (const u of refsInXml(readFileSync(path.join(dir, file), 'utf8'))) {
      const r = resolve(u, b);
      if (r && 'error' in r) broken.push(`${file} → ${u}: ${r.error}`);
    }
  }
  if (existsSync(path.join(dir, 'robots.txt'))) {
    for (const m of readFileSync(path.join(dir, 'robots.txt'), 'utf8').matchAll(/^sitemap:\s*(\S+)/gim)) {
      const r = resolve(m[1]!, b);
      if (r && 'error' in r) broken.push(`robots.txt → ${m[1]}: ${r.error}`);
    }
  }

  // Search results: Pagefind stores paths from the site's folder; the search page puts the base in front.
  for (const { url, image } of searchResults(dir)) {
    const r = resolve(b + url.replace(/^\//, ''), b);
    if (r && 'error' in r) broken.push(`search index → ${url}: ${r.error}`);
    const i = image && resolve(image, b + url.replace(/^\//, ''));
    if (i && 'error' in i) broken.push(`search index → ${url} image ${image}: ${i.error}`);
  }

  // Reachability from the home page.
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length) for (const n of edges.get(queue.shift()!) ?? []) if (!seen.has(n)) seen.add(n), queue.push(n);
  const unreachable = pages.filter((f) => !seen.has(f) && f !== '404.html' && !isRedirectFile(f, dir));

  return { pages, checked, broken, unreachable };
}

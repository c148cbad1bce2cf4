/**
 * Checks over the built site (dist/) against the content files (content/).
 *
 * - Every list page links to every entry of its type.
 * - Every cross-reference in the frontmatter names an entry that exists, and the
 *   page that makes the reference links to it.
 * - Every internal link on every page resolves to a built page (and anchor).
 * - Every page has a <title> and meta description, and no two pages share either.
 * - Search (Pagefind, loaded from dist/pagefind in Node) finds every poster by its
 *   title and every method by its common name and its other names.
 *
 * Run `npm run build` first; the test reads what the build wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { site } from '../../src/site/config/site';
import { contentTypes } from '../../src/schemas/collections';
import { distDir as dist, isRedirectPage as isRedirect } from '../support';

const root = resolve(import.meta.dirname, '../..');
/** The site's base path, always with a trailing slash: "/" or "/qi-hub/". */
const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
/** A site path ("methods/pdsa-cycles/") as it appears in an href. */
const href = (path: string) => `${base}${path.replace(/^\//, '')}`;

// ---------------------------------------------------------------- content

type Data = Record<string, unknown>;
interface Entry {
  id: string;
  file: string;
  data: Data;
}

function frontmatter(file: string): Data {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return parseYaml(text) as Data;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parseYaml(match[1]!) as Data;
}

/** The extensions a collection's glob pattern takes: a pattern ending ".{md,mdx}" gives [".md", ".mdx"]. */
const extensionsOf = (pattern: string) => (/\.\{([^}]+)\}$/.exec(pattern)?.[1]?.split(',') ?? [pattern.split('.').pop()!]).map((e) => `.${e}`);

function load(folder: string, exts: string[]): Entry[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => exts.includes(extname(f)))
    .map((f) => {
      const file = join(dir, f);
      const data = frontmatter(file);
      const id = folder === 'content/posters' ? String(data.slug) : f.slice(0, -extname(f).length);
      return { id, file: `${folder}/${f}`, data };
    });
}

/** Every collection kept as a folder of files (all but "Where to focus", one file), from the one list of collections. */
const content = Object.fromEntries(
  contentTypes.flatMap((t) => ('folder' in t.files ? [[t.name, load(t.files.folder, extensionsOf(t.files.pattern))]] : [])),
) as Record<Exclude<(typeof contentTypes)[number]['name'], 'focus'>, Entry[]>;
type Collection = keyof typeof content;
const ids = (c: Collection) => new Set(content[c].map((e) => e.id));
/** The ids a field names: plain ids, or objects naming one in `method` (a method's related list). */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x && typeof x === 'object' && 'method' in x ? x.method : x)) : v == null ? [] : [String(v)]);

// ---------------------------------------------------------------- built pages

interface Page {
  /** The URL path, starting with the base: "/methods/pdsa-cycles/". */
  path: string;
  file: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function toPath(file: string): string {
  const rel = file.slice(dist.length + 1).split('\\').join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return href(`${rel.slice(0, -'index.html'.length)}`);
  return href(rel);
}

let pages: Page[] = [];
const byPath = new Map<string, Page>();

function pageAt(path: string): Page {
  const page = byPath.get(path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const titleOf = (html: string) => {
  const m = /<title>([^<]*)<\/title>/.exec(html);
  return m ? decode(m[1]!).trim() : undefined;
};
const descriptionOf = (html: string) => {
  const m = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html) ?? /<meta\s+content="([^"]*)"\s+name="description"/.exec(html);
  return m ? decode(m[1]!).trim() : undefined;
};
/** Every href of an <a> element. */
const anchorsOf = (html: string) => [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
const linksTo = (page: Page, path: string) => anchorsOf(page.html).some((h) => h === path);

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  pages = walk(dist).map((file) => ({ file, path: toPath(file), html: readFileSync(file, 'utf8') }));
  for (const p of pages) byPath.set(p.path, p);
});

// ---------------------------------------------------------------- tests

describe('content files', () => {
  it('meet the minimum counts the issue asks for', () => {
    expect(content.methods.length).toBeGreaterThanOrEqual(16);
    expect(content.training.length).toBeGreaterThanOrEqual(8);
    // Seven: the Oxfordshire CQC review is a news item, not a poster (it was a press release, not a team's case study).
    expect(content.posters.length).toBeGreaterThanOrEqual(7);
    expect(content.faculties.length).toBeGreaterThanOrEqual(5);
    expect(content.programmes.length).toBeGreaterThanOrEqual(4);
    expect([...ids('pages')].sort()).toEqual(expect.arrayContaining(['about', 'accessibility', 'contact', 'privacy']));
  });

  it('name every poster file after its slug', () => {
    for (const p of content.posters) expect(p.file, `${p.file} has slug "${p.id}"`).toBe(`content/posters/${p.id}.mdx`);
  });
});

const listed: Collection[] = ['methods', 'faculties', 'training', 'posters', 'programmes', 'news'];

describe('list pages show every entry', () => {
  for (const type of listed) {
    it(`/${type}/ links to every entry in content/${type}/, and each entry has its own page`, () => {
      const index = pageAt(href(`${type}/`));
      const missing = content[type].filter((e) => !linksTo(index, href(`${type}/${e.id}/`))).map((e) => e.file);
      expect(missing, `not linked from /${type}/`).toEqual([]);
      const unbuilt = content[type].filter((e) => !byPath.has(href(`${type}/${e.id}/`))).map((e) => e.file);
      expect(unbuilt, 'no page built').toEqual([]);
    });
  }

  it('/resources/ links to every resource', () => {
    const index = pageAt(href('resources/'));
    const missing = content.resources.filter((r) => !linksTo(index, String(r.data.url))).map((r) => r.file);
    expect(missing).toEqual([]);
  });

  it('every standalone page is served at /<slug>/', () => {
    const unbuilt = content.pages.filter((p) => !byPath.has(href(`${p.id}/`))).map((p) => p.file);
    expect(unbuilt).toEqual([]);
  });
});

/** [collection of the referring entry, field, collection it points at]. */
const references: [Collection, string, Collection][] = [
  ['methods', 'related', 'methods'],
  ['training', 'faculty', 'faculties'],
  ['training', 'methods', 'methods'],
  ['posters', 'programme', 'programmes'],
  ['posters', 'methods', 'methods'],
  ['news', 'posters', 'posters'],
];

describe('cross-references', () => {
  for (const [from, field, to] of references) {
    it(`${from}.${field} names entries of ${to} that exist, and the page links to each`, () => {
      const known = ids(to);
      const broken: string[] = [];
      const unlinked: string[] = [];
      for (const entry of content[from]) {
        for (const target of list(entry.data[field])) {
          if (!known.has(target)) broken.push(`${entry.file}: ${field} "${target}"`);
          else if (!linksTo(pageAt(href(`${from}/${entry.id}/`)), href(`${to}/${target}/`))) unlinked.push(`${from}/${entry.id}/ → ${to}/${target}/`);
        }
      }
      expect(broken, 'references to entries that do not exist').toEqual([]);
      expect(unlinked, 'references the page does not link to').toEqual([]);
    });
  }

  it('every internal link on every page leads to a built page, and every #anchor exists', () => {
    const broken: string[] = [];
    const origin = 'http://qi-hub.test';
    for (const page of pages) {
      for (const h of new Set(anchorsOf(page.html))) {
        if (/^(mailto|tel|data|javascript):/i.test(h)) continue;
        const url = new URL(h, origin + page.path);
        if (url.origin !== origin) continue; // another site
        const path = decodeURIComponent(url.pathname);
        const target = byPath.get(path) ?? byPath.get(`${path}/`);
        const isAsset = !target && path.startsWith(base) && existsSync(join(dist, path.slice(base.length))) && statSync(join(dist, path.slice(base.length))).isFile();
        if (!target && !isAsset) {
          broken.push(`${page.path}: ${h}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (target && id && !new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(target.html)) {
          broken.push(`${page.path}: ${h} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('titles and descriptions', () => {
  it('every page has a <title> and a meta description', () => {
    const lacking = pages
      .filter((p) => !isRedirect(p.html))
      .filter((p) => !titleOf(p.html) || !descriptionOf(p.html))
      .map((p) => p.path);
    expect(lacking).toEqual([]);
  });

  const dupes = (key: (html: string) => string | undefined) => {
    const seen = new Map<string, string[]>();
    for (const p of pages.filter((p) => !isRedirect(p.html))) {
      const k = key(p.html);
      if (k) seen.set(k, [...(seen.get(k) ?? []), p.path]);
    }
    return [...seen].filter(([, paths]) => paths.length > 1).map(([k, paths]) => `"${k}": ${paths.join(', ')}`);
  };

  it('no two pages share a title', () => expect(dupes(titleOf)).toEqual([]));
  it('no two pages share a meta description', () => expect(dupes(descriptionOf)).toEqual([]));

  it('each entry page is titled and described from its own content', () => {
    const wrong: string[] = [];
    for (const type of [...listed, 'pages'] as Collection[]) {
      for (const e of content[type]) {
        const page = pageAt(href(type === 'pages' ? `${e.id}/` : `${type}/${e.id}/`));
        if (!titleOf(page.html)?.includes(String(e.data.title).trim())) wrong.push(`${e.file}: title`);
        if (descriptionOf(page.html) !== String(e.data.summary).trim()) wrong.push(`${e.file}: description`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------- search

interface PagefindResult {
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

describe('search', () => {
  let pagefind: Pagefind;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    // pagefind.js fetches its index relative to its own URL. In Node that is a
    // file: URL, which fetch() does not read, so serve those from disk.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('file:')) return new Response(readFileSync(fileURLToPath(url)));
      return realFetch(input, init);
    }) as typeof fetch;
    pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: pathToFileURL(join(dist, 'pagefind') + '/').href, baseUrl: base });
    await pagefind.init();
  });

  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  /** The URLs of the first `n` results for `query`. */
  async function top(query: string, n: number): Promise<string[]> {
    const { results } = await pagefind.search(query);
    return Promise.all(results.slice(0, n).map(async (r) => (await r.data()).url));
  }

  it('names each poster theme filter in words, and filters by its tag', () => {
    const html = pageAt(href('search/')).html;
    const themes = [...html.matchAll(/<input[^>]*\bid="(filter-theme-\d+)"[^>]*\bvalue="([^"]*)"[^>]*>\s*<label[^>]*>([^<]*)<\/label>/g)];
    expect(themes.length).toBe(new Set(content.posters.flatMap((p) => list(p.data.themes))).size);
    for (const [, , tag, label] of themes) {
      expect(label, tag).not.toMatch(/-/);
      expect(decode(label!).toLowerCase().replace(/’/g, '').replace(/ /g, '-'), tag).toBe(tag);
    }
  });

  it('finds each poster by the words of its title', async () => {
    const missed: string[] = [];
    for (const p of content.posters) {
      const title = String(p.data.title);
      if (!(await top(title, 3)).includes(href(`posters/${p.id}/`))) missed.push(title);
    }
    expect(missed).toEqual([]);
  });

  it('finds each method by its common name', async () => {
    const missed: string[] = [];
    for (const m of content.methods) {
      const title = String(m.data.title);
      if (!(await top(title, 3)).includes(href(`methods/${m.id}/`))) missed.push(title);
    }
    expect(missed).toEqual([]);
  });

  it('finds each method by its other names', async () => {
    const missed: string[] = [];
    for (const m of content.methods) {
      for (const alias of list(m.data.aliases)) {
        if (!(await top(alias, 5)).includes(href(`methods/${m.id}/`))) missed.push(`${alias} → ${m.id}`);
      }
    }
    expect(missed).toEqual([]);
  });
});

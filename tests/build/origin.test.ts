/**
 * The site writes the address it was built for, and nothing else, wherever it
 * writes an address of its own: QR codes, canonical links, Open Graph tags,
 * JSON-LD and the feed. A production build that knows no address stops with a
 * message saying how to give it one. Both builds run in a scratch copy of the
 * project, so the dist/ the other tests read is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildProject, copyProject, projectRoot } from '../../scripts/project-copy.mjs';
import { readPosterEntries } from '../../src/build-time/poster-files/integration';
import { htmlFiles } from '../support';
import { canonical, meta, qrCodesOf } from './support';

const origin = 'https://qi.example.org';
const base = '/improve/';
const prefix = `${origin}${base}`;

let copy: { dir: string; remove: () => Promise<void> };
let out: string;
beforeAll(async () => {
  copy = await copyProject('qi-hub-origin-');
  out = path.join(copy.dir, 'dist');
  await buildProject(copy.dir, { env: { SITE_URL: origin, BASE_PATH: base }, outDir: out });
}, 300_000);
afterAll(async () => copy?.remove());

const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
const pages = () => htmlFiles(out).filter((f) => !f.startsWith('pagefind/'));
const posters = readPosterEntries(projectRoot).map(({ data }) => String(data.slug));

/** Every string under a key named url, @id, mainEntityOfPage or image in a JSON-LD value. */
function jsonLdUrls(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['url', '@id', 'mainEntityOfPage', 'image'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdUrls(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => jsonLdUrls(v, k));
  return [];
}

/** Hosts named in what the project's people wrote (content, source, public files): the external links it may show. */
function authoredHosts(): Set<string> {
  const hosts = new Set<string>();
  for (const folder of ['content', 'src', 'public']) {
    for (const file of readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(md|mdx|ya?ml|json|ts|tsx|astro|svg|txt)$/.test(file)) continue;
      const text = readFileSync(path.join(projectRoot, folder, file), 'utf8');
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) hosts.add(m[1]!.toLowerCase());
    }
  }
  return hosts;
}

describe(`a build for SITE_URL=${origin} and BASE_PATH=${base}`, () => {
  it('has poster QR codes that open the poster at that address', () => {
    expect(posters.length).toBeGreaterThan(0);
    for (const slug of posters) expect(qrCodesOf(out, slug), slug).toEqual({ png: `${prefix}posters/${slug}/`, svg: `${prefix}posters/${slug}/` });
  });

  it('writes canonical, og:url and og:image on that address on every page that has them', () => {
    let counted = 0;
    for (const file of pages()) {
      const html = read(file);
      for (const found of [canonical(html), meta(html, 'og:url'), meta(html, 'og:image')]) {
        if (found === undefined) continue;
        counted++;
        expect(found.startsWith(prefix), `${file}: ${found}`).toBe(true);
      }
      if (file === 'index.html') expect(canonical(html)).toBe(prefix);
    }
    // Every page but the 404 has all three (redirect pages have a canonical only).
    expect(counted).toBeGreaterThan(pages().length * 2);
  });

  it('gives that address as every JSON-LD url', () => {
    const urls = pages().flatMap((file) =>
      [...read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => jsonLdUrls(JSON.parse(m[1]!))),
    );
    expect(urls.length).toBeGreaterThanOrEqual(posters.length);
    for (const url of urls) expect(url.startsWith(prefix), url).toBe(true);
  });

  it('links the feed and its items on that address', () => {
    const xml = read('feed.xml');
    const links = [...xml.matchAll(/<(link|guid)[^>]*>([^<]+)<\/\1>/g)].map((m) => m[2]!);
    expect(links.length).toBeGreaterThan(posters.length);
    for (const link of links) expect(link.startsWith(prefix), link).toBe(true);
  });

  it('writes no other origin of its own anywhere: no placeholder, no loopback, only external links that the content names', () => {
    const allowed = new Set([new URL(origin).host, ...authoredHosts(), 'www.w3.org', 'schema.org']);
    const strangers = new Map<string, string>();
    const files = (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(html|xml|json|txt|svg|css|js|conf)$|(^|\/)_(headers|redirects)$/.test(f));
    for (const file of files) {
      const text = readFileSync(path.join(out, file), 'utf8');
      expect(text, file).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]|example\.nhs\.uk/);
      // Libraries' own comments and error links in bundled scripts are not the site's addresses.
      if (/\.(js|css)$/.test(file)) continue;
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
        const host = m[1]!.toLowerCase();
        if (!allowed.has(host)) strangers.set(host, file);
      }
    }
    expect(Object.fromEntries(strangers)).toEqual({});
  });
});

describe('a production build that knows no address', () => {
  it('stops before building, and says how to set one', () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(SITE_URL|URL|NETLIFY|CF_PAGES.*|VERCEL.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|SITE_DIR)$/.test(k)),
    );
    const outDir = path.join(copy.dir, 'dist-no-origin');
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: copy.dir,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('QI Hub does not know the address it will be published at');
    expect(output).toContain('SITE_URL=https://qi.example.nhs.uk npm run build');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});

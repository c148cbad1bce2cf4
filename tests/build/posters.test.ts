/**
 * The built poster pages (dist/): permanent address, link previews, QR codes,
 * JSON-LD, and the feed. Every page of the site gets a preview image too.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../src/site/lib/url';
import { readPosterEntries } from '../../src/build-time/poster-files/integration';
import { builtOrigin, distDir, htmlFiles, isRedirectPage, siteBase } from '../support';
import { canonical, meta, qrCodesOf } from './support';

const root = path.resolve(import.meta.dirname, '../..');
const posters = readPosterEntries(root).map(({ file, data }) => ({ file, slug: String(data.slug), title: String(data.title), organisation: data.organisation as string | undefined }));
const pageUrl = (slug: string) => absoluteUrl(`/posters/${slug}/`, builtOrigin(), siteBase);
const html = (file: string) => readFileSync(path.join(distDir, file), 'utf8');

/** The file in dist/ that an absolute URL on this site points at. */
function distFile(url: string): string {
  const prefix = absoluteUrl('/', builtOrigin(), siteBase);
  expect(url.startsWith(prefix), `${url} is not on ${prefix}`).toBe(true);
  const rel = url.slice(prefix.length);
  return path.join(distDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}


describe('poster pages', () => {
  it('has posters to check', () => {
    expect(posters.length).toBeGreaterThan(0);
  });

  for (const p of posters) {
    describe(p.slug, () => {
      const page = () => html(`posters/${p.slug}/index.html`);

      it('lives at its permanent address, which is its canonical URL and og:url', () => {
        expect(canonical(page())).toBe(pageUrl(p.slug));
        expect(meta(page(), 'og:url')).toBe(pageUrl(p.slug));
        expect(meta(page(), 'og:type')).toBe('article');
      });

      it('has Open Graph and Twitter tags with a 1200×630 preview image that exists', () => {
        const image = meta(page(), 'og:image')!;
        expect(image).toBe(`${pageUrl(p.slug)}preview.png`);
        expect(meta(page(), 'twitter:image')).toBe(image);
        expect(meta(page(), 'twitter:card')).toBe('summary_large_image');
        expect(meta(page(), 'og:title')).toBe(p.title);
        expect(meta(page(), 'og:image:alt')).toContain(p.title);
        expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
      });

      it('has a QR code, as PNG and as SVG, that opens its own permanent address', () => {
        expect(qrCodesOf(distDir, p.slug)).toEqual({ png: pageUrl(p.slug), svg: pageUrl(p.slug) });

        // The page shows the code and offers both files.
        const qrPath = `${siteBase}posters/${p.slug}/qr`;
        expect(page()).toContain(`src="${qrPath}.svg"`);
        expect(page()).toMatch(new RegExp(`href="${qrPath}\\.svg" download`));
        expect(page()).toMatch(new RegExp(`href="${qrPath}\\.png" download`));
        expect(page()).toContain(pageUrl(p.slug));
      });

      it('describes itself in valid JSON-LD', () => {
        const blocks = [...page().matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
        expect(blocks).toHaveLength(1);
        const data = JSON.parse(blocks[0]![1]!);
        expect(data['@context']).toBe('https://schema.org');
        expect(data['@type']).toBe('Article');
        expect(data.headline).toBe(p.title);
        expect(data.url).toBe(pageUrl(p.slug));
        // Credited only when the poster names its organisation.
        if (p.organisation) expect(data.author).toEqual({ '@type': 'Organization', name: p.organisation });
        else expect(data.author).toBeUndefined();
        expect(data.datePublished).toMatch(/^\d{4}$/);
        for (const image of data.image) expect(existsSync(distFile(image)), image).toBe(true);
      });

      it('works without JavaScript as a visible link and an email link', () => {
        expect(page()).toContain(`Permanent link: <a href="${pageUrl(p.slug)}" data-share-link>${pageUrl(p.slug)}</a>`);
        expect(page()).toContain(`href="mailto:?subject=`);
        expect(page()).toContain(encodeURIComponent(pageUrl(p.slug)));
      });
    });
  }

  it('has no two posters at one address', () => {
    expect(new Set(posters.map((p) => p.slug)).size).toBe(posters.length);
  });
});

describe('a poster that became a news item', () => {
  it('sends its old address (and any QR code printed with it) to the news item, as a page and in the hosts\' redirects', () => {
    const page = html('posters/oxfordshire-system-review-cqc/index.html');
    const to = withBase('/news/cqc-review-oxfordshire-2019/', siteBase);
    expect(/<meta http-equiv="refresh" content="0; url=([^"]*)"/.exec(page)?.[1]).toBe(to);
    expect(canonical(page)).toBe(absoluteUrl('/news/cqc-review-oxfordshire-2019/', builtOrigin(), siteBase));
    expect(page).toContain('<h1>This page has moved</h1>');
    expect(existsSync(path.join(distDir, 'news/cqc-review-oxfordshire-2019/index.html'))).toBe(true);
    const redirects = readFileSync(path.join(distDir, '_redirects'), 'utf8').split('\n');
    expect(redirects).toContain(`${withBase('/posters/oxfordshire-system-review-cqc/', siteBase)} ${to} 301`);
  });
});

describe('every page', () => {
  const pages = htmlFiles().filter((f) => !isRedirectPage(html(f)) && !f.startsWith('pagefind/'));

  it('has a preview image of 1200×630 that exists, and links the feed', () => {
    const missing: string[] = [];
    for (const file of pages) {
      const page = html(file);
      const image = meta(page, 'og:image');
      if (!image || !existsSync(distFile(image))) {
        missing.push(`${file}: ${image ?? 'no og:image'}`);
        continue;
      }
      expect(pngSize(distFile(image)), file).toEqual({ width: 1200, height: 630 });
      expect(meta(page, 'twitter:card'), file).toBe('summary_large_image');
      expect(page, file).toContain(`<link rel="alternate" type="application/rss+xml" title="QI Hub: posters and news" href="${siteBase}feed.xml">`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the feed', () => {
  it('lists every poster and news item with its absolute URL', () => {
    const xml = readFileSync(path.join(distDir, 'feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<rss');
    for (const p of posters) expect(xml).toContain(`<link>${pageUrl(p.slug)}</link>`);
    const news = readPosterEntries(root, 'content/news');
    expect(news.length).toBeGreaterThan(0);
    for (const n of news) expect(xml).toContain(`<title>${String(n.data.title).replace(/&/g, '&amp;')}</title>`);
  });
});

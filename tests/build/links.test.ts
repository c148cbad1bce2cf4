/**
 * Every internal link, image, script, stylesheet, feed entry, sitemap entry and
 * search result in the build resolves, and every page can be reached from the
 * home page by following links.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { checkSite } from './site-links';
import { builtOrigin, distDir, siteBase } from '../support';

describe('links in the built site', () => {
  const report = checkSite(distDir, siteBase, builtOrigin());

  it('checks every page', () => {
    expect(report.pages.length).toBeGreaterThan(20);
    expect(report.checked).toBeGreaterThan(report.pages.length * 10);
  });

  it('has no broken internal link, asset, feed, sitemap or search result URL', () => {
    expect(report.broken, report.broken.join('\n')).toEqual([]);
  });

  it('reaches every page from the home page', () => {
    expect(report.unreachable, report.unreachable.join('\n')).toEqual([]);
  });
});

describe('the link checker', () => {
  it('finds broken links, missing anchors, broken CSS images, folders without a slash, bad feed and search entries, and orphan pages', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qi-links-'));
    try {
      const w = async (file: string, text: string | Buffer) => {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      };
      await w('index.html', '<a href="/sub/a/">a</a><a href="/sub/a/#there">a</a><a href="/sub/missing/">m</a><a href="/sub/a/#nowhere">x</a><a href="/sub/a">no slash</a><img src="/sub/x.png"><a href="https://example.org/">ext</a><a href="mailto:a@b.c">mail</a>');
      await w('a/index.html', '<h2 id="there">t</h2><link rel="stylesheet" href="/sub/_astro/s.css"><link rel="stylesheet" href="/sub/_astro/s2.css"><a href="/elsewhere/">outside</a>');
      await w('orphan/index.html', '<p>nobody links here</p>');
      await w('404.html', '<p>not found</p>');
      await w('_astro/s2.css', 'a{background:url(../img/x.svg)} b{background:url("data:image/svg+xml,%3Csvg%3E")}');
      await w('img/y.svg', '<svg/>');
      await w('feed.xml', '<rss><channel><link>https://qi.example/sub/</link><item><link>https://qi.example/sub/gone/</link></item></channel></rss>');
      await w('pagefind/fragment/en_1.pf_fragment', gzipSync('pagefind_dcd{"url":"/old/","meta":{}}'));
      const r = checkSite(dir, '/sub/', 'https://qi.example');
      expect(r.broken.sort()).toEqual(
        [
          'index.html → /sub/missing/: no such file',
          'index.html → /sub/a/#nowhere: no element with id "nowhere"',
          'index.html → /sub/a: a folder: add the trailing slash',
          'index.html → /sub/x.png: no such file',
          'a/index.html → /sub/_astro/s.css: no such file',
          'a/index.html → /elsewhere/: outside the base path /sub/',
          'feed.xml → https://qi.example/sub/gone/: no such file',
          '_astro/s2.css → ../img/x.svg: no such file',
          'search index → /old/: no such file',
        ].sort(),
      );
      expect(r.unreachable).toEqual(['orphan/index.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Links and worked examples on the built method pages: every external link in
 * the site is a well-formed https address on a real host, no external link is
 * on every method page (general resources are listed once, on /resources/),
 * every template link resolves, and each worked example with numbers shows
 * them, labelled as an illustration. Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/methods/components/MethodFigure/examples';
import { ILLUSTRATION_LABEL } from '../../src/methods/components/MethodFigure/types';
import { builtOrigin, distDir, htmlFiles, siteBase } from '../support';

const base = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
const methods = readdirSync(path.resolve('content/methods')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const page = (file: string): HTMLElement => parse(readFileSync(path.join(distDir, file), 'utf8'));
const methodPage = (id: string) => page(`methods/${id}/index.html`);
const own = new URL(builtOrigin()).host;

/** Hosts that stand in for a real one: RFC 2606 names, local addresses, and words editors leave in by mistake. */
const placeholder = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|org|net)$|^127\.|^0\.0\.0\.0$|placeholder|your-?(site|domain|org)|todo|xxx/i;

/** Why an external address is not acceptable, or undefined when it is. */
function problemWith(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  if (!url.hostname.includes('.')) return 'host has no domain';
  if (placeholder.test(url.hostname)) return 'placeholder host';
  if (/\s/.test(href)) return 'contains white space';
  return undefined;
}

/** The absolute links in `scope` that leave the site (mailto: and tel: are not web links). */
const externalLinks = (html: HTMLElement, scope: 'main' | 'page' = 'main') =>
  html.querySelectorAll(scope === 'main' ? 'main a[href]' : 'a[href], area[href]').map((a) => a.getAttribute('href')!.trim()).filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h) && !/^(mailto|tel):/i.test(h)).filter((h) => {
    try {
      return new URL(h).host !== own;
    } catch {
      return true;
    }
  });

describe('external links in the built site', () => {
  const pages = htmlFiles();

  it('the checker rejects what it should', () => {
    expect(problemWith('http://www.ihi.org/')).toBe('not https');
    expect(problemWith('https://example.org/guide')).toBe('placeholder host');
    expect(problemWith('https://qi.example.nhs.uk/')).toBeUndefined(); // a real NHS domain with "example" as one label is allowed
    expect(problemWith('https://localhost/x')).toBe('host has no domain');
    expect(problemWith('https:/broken')).toBe('host has no domain');
    expect(problemWith('https://www.ihi.org/library/tools/run-chart-tool')).toBeUndefined();
  });

  it('every one is a well-formed https address on a real host', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const file of pages) {
      for (const href of externalLinks(page(file), 'page')) {
        checked++;
        const why = problemWith(href);
        if (why) bad.push(`${file}: ${href} (${why})`);
      }
    }
    expect(checked, 'external links found').toBeGreaterThan(30);
    expect(bad).toEqual([]);
  });

  // The header and footer are the same on every page by design; the method's own content is in <main>.
  it('no external link in the content is on every method page', () => {
    const counts = new Map<string, number>();
    for (const id of methods) for (const href of new Set(externalLinks(methodPage(id)))) counts.set(href, (counts.get(href) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n === methods.length).map(([h]) => h)).toEqual([]);
  });
});

describe('method pages', () => {
  it.each(methods)('%s: every template link resolves to a built page or file', (id) => {
    const broken = methodPage(id)
      .querySelectorAll('main a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith(`${base}templates/`))
      .filter((h) => {
        const p = decodeURIComponent(h.slice(base.length).split(/[?#]/)[0]!);
        return !existsSync(path.join(distDir, p.endsWith('/') ? `${p}index.html` : p));
      });
    expect(broken).toEqual([]);
  });

  it.each(methods)('%s: every picture in the main content has a text alternative', (id) => {
    const html = methodPage(id);
    for (const svg of html.querySelectorAll('main svg[role="img"]')) expect((svg.getAttribute('aria-label') ?? '').trim().length).toBeGreaterThan(40);
    for (const img of html.querySelectorAll('main img')) expect(img.hasAttribute('alt')).toBe(true);
    expect(html.querySelectorAll('main svg[role="img"]').length).toBeGreaterThan(0);
  });

  it.each(Object.keys(workedExamples))('%s: the worked example shows its numbers, labelled as an illustration', (id) => {
    const html = methodPage(id);
    const block = html.querySelector('main .app-worked-example');
    expect(block).not.toBeNull();
    expect(block!.text).toContain(ILLUSTRATION_LABEL);
    const table = block!.querySelector('table');
    expect(table?.querySelector('caption')?.text.trim()).toBeTruthy();
    expect(table!.querySelectorAll('tbody tr')).toHaveLength(workedExamples[id]!.table.rows.length);
    // It follows the worked example's text, under that heading.
    const headings = html.querySelectorAll('main h2').map((h) => h.text.trim());
    expect(headings).toContain('A worked example');
    expect(html.toString().indexOf('id="a-worked-example"')).toBeLessThan(html.toString().indexOf('class="app-worked-example"'));
  });

  it('run charts lead on to SPC, measurement and PDSA, each with a reason, and not to demand and capacity', () => {
    const links = methodPage('run-charts').querySelectorAll('section[aria-labelledby="related"] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([`${base}methods/spc-charts/`, `${base}methods/measurement-for-improvement/`, `${base}methods/pdsa-cycles/`]);
    expect(methodPage('run-charts').querySelector('section[aria-labelledby="related"]')!.text).toContain('control limits');
  });
});

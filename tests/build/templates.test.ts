/**
 * Blank templates in the build: a page for each, linked from the method
 * pages it belongs to (every link resolves, the editable files' too), the
 * spreadsheets and Word documents written as real files with their headings
 * and linked with their true size, and search finding them by "template".
 * Run `npm run build` first.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../src/methods/templates/catalogue';
import { distDir, siteBase } from '../support';

/** The text files in a zip (an XLSX or DOCX file is one). */
const unzip = (buffer: Buffer) => Object.fromEntries(Object.entries(unzipSync(buffer)).map(([name, bytes]) => [name, strFromU8(bytes)]));

const base = siteBase.endsWith('/') ? siteBase : `${siteBase}/`;
const page = (p: string) => parse(readFileSync(path.join(distDir, p, 'index.html'), 'utf8'));
/** The built file an internal href points at. */
const fileFor = (href: string) => {
  const p = decodeURIComponent(href.slice(base.length).split('#')[0]!);
  return path.join(distDir, p.endsWith('/') || p === '' ? `${p}index.html` : p);
};

describe('blank templates', () => {
  it('has the nine templates', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(
      ['driver-diagram', 'fishbone', 'five-whys', 'measurement-plan', 'pdsa-record', 'process-map', 'project-charter', 'run-chart-data-sheet', 'stakeholder-grid'].sort(),
    );
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s: its page, and a link to it from each of its methods', (id, t) => {
    const html = page(`templates/${id}`);
    expect(html.querySelector('h1')?.text).toBe(t.title);
    expect(html.querySelector('.app-template')).not.toBeNull();
    for (const method of t.methods) {
      const links = page(`methods/${method}`).querySelectorAll('#templates ~ ul a, section[aria-labelledby="templates"] a').map((a) => a.getAttribute('href')!);
      expect(links, method).toContain(`${base}templates/${id}/`);
    }
  });

  it('every template link on a method page and a template page resolves to a built page or file', () => {
    const pages = [...new Set(templates.flatMap((t) => t.methods))].map((m) => `methods/${m}`);
    const broken: string[] = [];
    let files = 0;
    for (const p of [...pages, ...templates.map((t) => `templates/${t.id}`)]) {
      for (const a of page(p).querySelectorAll('section[aria-labelledby="templates"] a, .app-template-page a[download]')) {
        const href = a.getAttribute('href')!;
        if (a.hasAttribute('download')) files++;
        if (!existsSync(fileFor(href))) broken.push(`${p}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    // Each editable file is linked from its own page and from each of its methods' pages.
    const expected = templates.reduce((n, t) => n + (t.spreadsheet ? 1 : 0) + (t.document ? 1 : 0) + ((t.spreadsheet ? 1 : 0) + (t.document ? 1 : 0)) * t.methods.length, 0);
    expect(files).toBe(expected);
  });

  it('each editable file is linked with its type and its true size, on its page and its methods\' pages', () => {
    for (const t of templates) {
      const files = [...(t.spreadsheet ? [['xlsx', 'XLSX']] : []), ...(t.document ? [['docx', 'DOCX']] : [])];
      for (const [ext, type] of files) {
        const href = `${base}templates/${t.id}.${ext}`;
        const size = Math.ceil(statSync(fileFor(href)).size / 1000);
        for (const p of [`templates/${t.id}`, ...t.methods.map((m) => `methods/${m}`)]) {
          const link = page(p).querySelector(`a[download][href="${href}"]`);
          expect(link?.text, `${p} → ${href}`).toMatch(new RegExp(`\\(${type}, ${size} KB\\)$`));
        }
      }
    }
  });

  it.each(templates.filter((t) => t.spreadsheet).map((t) => [t.id, t] as const))('%s: the spreadsheet is an XLSX file with its headings, linked from the page', (id, t) => {
    const link = page(`templates/${id}`).querySelector('a[download][href$=".xlsx"]')?.getAttribute('href');
    expect(link).toBe(`${base}templates/${id}.xlsx`);
    const file = fileFor(link!);
    const zip = unzip(readFileSync(file));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    const workbook = zip['xl/workbook.xml']!;
    expect(workbook).toContain(`name="${t.spreadsheet!.sheet}"`);
    expect(workbook).toContain('name="How to use"');
    const strings = (zip['xl/sharedStrings.xml'] ?? '') + Object.entries(zip).filter(([k]) => k.startsWith('xl/worksheets/')).map(([, v]) => v).join('');
    for (const c of t.spreadsheet!.columns) expect(strings).toContain(c.header.replace(/&/g, '&amp;'));
  });

  it.each(templates.filter((t) => t.document).map((t) => [t.id, t] as const))('%s: the Word document is a DOCX file with its title and prompts, linked from the page', (id, t) => {
    const link = page(`templates/${id}`).querySelector('a[download][href$=".docx"]')?.getAttribute('href');
    expect(link).toBe(`${base}templates/${id}.docx`);
    const zip = unzip(readFileSync(fileFor(link!)));
    expect(zip['docProps/core.xml']).toContain(`<dc:title>${t.title}</dc:title>`);
    const body = zip['word/document.xml']!;
    for (const h of t.header) expect(body).toContain(`>${h}</w:t>`);
    for (const s of t.sections) if (s.heading) expect(body).toContain(`>${s.heading}</w:t>`);
  });
});

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

describe('searching for templates', () => {
  let pagefind: Pagefind;
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    // pagefind.js fetches its index relative to its own file: URL; serve those from disk.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('file:')) return new Response(readFileSync(fileURLToPath(url)));
      return realFetch(input, init);
    }) as typeof fetch;
    pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(distDir, 'pagefind', 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: pathToFileURL(path.join(distDir, 'pagefind') + '/').href, baseUrl: base });
    await pagefind.init();
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it('"template" finds every template page', async () => {
    const { results } = await pagefind.search('template');
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    for (const t of templates) expect(urls, t.id).toContain(`${base}templates/${t.id}/`);
  });

  it('"PDSA template" finds the PDSA cycle record in the first three results', async () => {
    const { results } = await pagefind.search('PDSA template');
    const urls = await Promise.all(results.slice(0, 3).map(async (r) => (await r.data()).url));
    expect(urls).toContain(`${base}templates/pdsa-record/`);
  });
});

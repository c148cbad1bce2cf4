/**
 * Blank templates in the build: a page for each, linked from the method
 * pages it belongs to (every link resolves), the spreadsheets written as real
 * XLSX files with their headings, and search finding them by "template".
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates } from '../../src/methods/templates/catalogue';
import { distDir, siteBase } from '../support';

/** The files in a zip (an XLSX file is one), found through its central directory: stored or deflated entries. */
function unzip(buffer: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

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

  it('every template link on a method page resolves to a built page', () => {
    const methods = [...new Set(templates.flatMap((t) => t.methods))];
    const broken: string[] = [];
    for (const m of methods) {
      for (const a of page(`methods/${m}`).querySelectorAll('section[aria-labelledby="templates"] a')) {
        const href = a.getAttribute('href')!;
        if (!existsSync(fileFor(href))) broken.push(`${m}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(templates.filter((t) => t.spreadsheet).map((t) => [t.id, t] as const))('%s: the spreadsheet is an XLSX file with its headings, linked from the page', (id, t) => {
    const link = page(`templates/${id}`).querySelector('a[download]')?.getAttribute('href');
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

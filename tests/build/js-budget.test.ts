/**
 * Issue 7's JavaScript budget: an assessment page ships at most 12 KB of JS
 * when it loads (brotli, file by file as served, Astro's island loader and
 * inline scripts included). The form is enhanced by a plain module; Preact
 * comes only with the results island, when it is scrolled to. The list of
 * assessments, which only fills in progress tags, stays smaller still.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageJs } from '../../scripts/page-js.mjs';
import { distDir, htmlFiles } from './support';

const ASSESSMENT_BUDGET = 12_000;
const LIST_BUDGET = 6_000;

const assessmentPages = htmlFiles()
  .filter((f) => /^assessments\/[^/]+\/index\.html$/.test(f))
  .filter((f) => readFileSync(path.join(distDir, f), 'utf8').includes('id="assessment-form"'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);

const atLoad = (page: string) => pageJs(distDir, page, ['load']) as { brotliSum: number; parts: { name: string; brotli: number }[] };
const describeParts = (r: ReturnType<typeof atLoad>) => r.parts.map((p) => `${p.name}: ${p.brotli} B`).join('\n');

describe('JavaScript loaded with the page', () => {
  it('finds the assessment pages', () => expect(assessmentPages.length).toBeGreaterThanOrEqual(6));

  it.each(assessmentPages)('%s: at most 12 KB (brotli), and no island hydrates on load', (page) => {
    const r = atLoad(page);
    expect(r.brotliSum, describeParts(r)).toBeLessThanOrEqual(ASSESSMENT_BUDGET);
    const html = readFileSync(path.join(distDir, page, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<astro-island\b[^>]*\bclient="load"/);
  });

  it('/assessments/: at most 6 KB (brotli)', () => {
    const r = atLoad('/assessments/');
    expect(r.brotliSum, describeParts(r)).toBeLessThanOrEqual(LIST_BUDGET);
  });
});

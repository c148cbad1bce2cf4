#!/usr/bin/env node
/**
 * JavaScript an assessment page really fetches, measured in Chromium on the
 * built site (the static-import walk in bench.mjs cannot see islands that load
 * late or code that loads on use). Brotli (quality 11) of every distinct .js
 * file fetched, at three points:
 * - before usable: the page has loaded and the network has gone quiet (idle
 *   and visible islands included), so the form takes answers;
 * - after the first answer: that answer is saved and what it started to load
 *   has arrived (the results);
 * - scrolled: every statement answered and the page scrolled to the end, so
 *   every island is in, but no button pressed;
 * - after everything: every statement answered, the page scrolled to the
 *   results and the download, share and import controls, and each of those
 *   used once (download JSON and CSV, all as JSON and CSV, share link, copy,
 *   check an empty then a real file, print).
 *
 * Run alone: `node scripts/bench-js.mjs [dist]` (after `npm run build:local`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, builtFor } from './serve.mjs';
import { sizeOf } from './js-size.mjs';
import { chartJs } from './bench-chart.mjs';

/** The first assessment page with a scored numeric scale (radios and a results chart). */
export function assessmentPath(dist) {
  const p = '/assessments/readiness-to-innovate/';
  return existsSync(path.join(dist, p, 'index.html')) ? p : null;
}

/**
 * @param {string} dist built site
 * @param {string} chromePath Chromium
 * @param {string} [base]
 */
export async function assessmentJs(dist, chromePath, base = builtFor(dist).base) {
  const page0 = assessmentPath(dist);
  if (!page0) return null;
  const { chromium } = await import('playwright-core');
  const server = await startServer({ dir: dist, base });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  const work = mkdtempSync(path.join(tmpdir(), 'qi-bench-js-'));
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    // A print dialog would wait for a person; the page's own print code still runs.
    await page.addInitScript(() => (window.print = () => dispatchEvent(new Event('afterprint'))));
    const scripts = new Set();
    page.on('request', (req) => {
      if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(req.url())) scripts.add(req.url());
    });
    await page.goto(new URL(page0.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    const atLoad = new Set(scripts);
    const radios = page.locator('#assessment-form fieldset');
    const count = await radios.count();
    await radios.nth(0).locator('input[type=radio]').last().check();
    await page.waitForFunction(() => /Saved in this browser/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
    // The results the answer starts to load: wait for them to be drawn, not only for a quiet network, which on a
    // busy machine can come before they are asked for (the figure then left out Preact and the results).
    await page.getByTestId('total').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const firstAnswer = new Set(scripts);

    for (let i = 1; i < count; i++) await radios.nth(i).locator('input[type=radio]').nth(i % 3).check();
    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await page.getByTestId('results').waitFor();
    const section = page.getByTestId('portability');
    await section.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[component-url*="Portability"]')?.hasAttribute('ssr'));
    await page.waitForLoadState('networkidle');
    const scrolled = new Set(scripts);
    for (const name of [/Download as JSON/, /Download as spreadsheet/, /^all as JSON$/, /^all as a spreadsheet/]) {
      await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name }).click()]);
    }
    await section.getByRole('button', { name: 'Create a share link' }).click();
    await section.getByRole('button', { name: 'Copy link' }).click();
    await section.getByRole('button', { name: 'Check the file' }).click();
    await section.locator('.nhsuk-error-summary').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Download as JSON/ }).click()]);
    const saved = path.join(work, 'answers.json');
    await download.saveAs(saved);
    await page.setInputFiles('#import-file', saved);
    await section.getByRole('button', { name: 'Check the file' }).click();
    await section.getByRole('button', { name: /Cancel|Import these answers/ }).first().waitFor();
    await section.getByRole('button', { name: 'Print your results' }).click();
    // The results island's own controls (snapshots, clearing) load nothing new, but open them too.
    for (const b of await page.getByTestId('results-area').getByRole('button').all()) {
      if (/clear|start again|delete|discard/i.test((await b.textContent()) ?? '')) continue;
      await b.click().catch(() => {});
    }
    await page.waitForLoadState('networkidle');
    return { page: page0, atLoad: sizeOf(dist, base, atLoad), firstAnswer: sizeOf(dist, base, firstAnswer), scrolled: sizeOf(dist, base, scrolled), after: sizeOf(dist, base, scripts) };
  } finally {
    rmSync(work, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const r = await assessmentJs(dist, chromePath);
  const kb = (n) => (n / 1024).toFixed(1);
  const show = (label, m) => console.log(`${label}: ${kb(m.total)} KB br\n  ${m.files.map(([f, n]) => `${f} ${kb(n)}`).join('\n  ')}`);
  if (!r) console.log('No assessment page found.');
  else {
    console.log(r.page);
    show('before usable (target ≤ 6 KB)', r.atLoad);
    show('after the first answer', r.firstAnswer);
    show('every statement answered, scrolled to the end, nothing pressed', r.scrolled);
    show('after everything (target ≤ 12 KB)', r.after);
  }
  const c = await chartJs(dist, chromePath, builtFor(dist).base);
  console.log(c.page);
  show('chart maker, first load (target ≤ 15 KB)', c.atLoad);
  show('chart maker, data pasted and drawn', c.drawn);
  show('chart maker, after everything', c.after);
}

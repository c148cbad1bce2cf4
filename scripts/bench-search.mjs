#!/usr/bin/env node
/**
 * The search page in Chromium on the built site: layout shift while results
 * load (a PerformanceObserver for layout-shift entries, counted as CLS counts
 * them: shifts without recent input) at phone widths, and the bytes Pagefind
 * transfers for the first query (as sent over the wire by the server it is given).
 *
 * Run alone: `node scripts/bench-search.mjs [dist]` (after `npm run build:local`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, builtFor } from './serve.mjs';

/** Queries: a typical one, a misspelling that takes the "Did you mean" path, and one with many results. */
export const SEARCH_CASES = [
  ['typical', 'driver diagram'],
  ['misspelt (did you mean)', 'procces'],
  ['many results', 'improvement'],
];

/**
 * @param {string} dist built site
 * @param {string} chromePath Chromium
 * @param {{ base?: string, compress?: boolean, widths?: number[] }} [options]
 */
export async function searchReport(dist, chromePath, { base = builtFor(dist).base, compress = false, widths = [390, 320] } = {}) {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ dir: dist, base, compress });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    for (const [label, q] of SEARCH_CASES) {
      for (const width of widths) {
        const context = await browser.newContext({ viewport: { width, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__cls = 0;
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              window.__cls += e.value;
              window.__shifts.push({ value: e.value, nodes: (e.sources ?? []).map((s) => s.node?.nodeName + (s.node?.className ? `.${String(s.node.className).split(' ')[0]}` : '')) });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const sizes = [];
        page.on('requestfinished', async (req) => {
          if (!req.url().includes('/pagefind/')) return;
          const s = await req.sizes().catch(() => null);
          if (s) sizes.push(s.responseBodySize + s.responseHeadersSize);
        });
        await page.goto(new URL(`search/?q=${encodeURIComponent(q)}`, server.url).href);
        await page.waitForFunction(() => !/Searching/.test(document.querySelector('[data-app-search-status]')?.textContent ?? 'Searching'), null, { timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        // Two frames, so a shift from the last change is reported.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const { cls, shifts, status } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, status: document.querySelector('[data-app-search-status]')?.textContent?.trim() }));
        rows.push({ label, q, width, cls, shifts, status, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const rows = await searchReport(dist, process.env.CHROME_PATH ?? '/usr/bin/chromium', { compress: process.argv.includes('--compress') });
  for (const r of rows) {
    console.log(`${r.label} "${r.q}" @${r.width}px: CLS ${r.cls.toFixed(4)}, Pagefind ${(r.bytes / 1024).toFixed(1)} KB in ${r.requests} requests — ${r.status}`);
    for (const s of r.shifts) console.log(`   shift ${s.value.toFixed(4)} ${s.nodes.join(' ')}`);
  }
}

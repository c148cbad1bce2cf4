#!/usr/bin/env node
/**
 * Lighthouse (mobile) on each page type of the built site, served gzipped as
 * the site's nginx config serves it (so the figures are the ones users get),
 * including an assessment with answers already stored: its localStorage is
 * seeded over the DevTools protocol (Node's own WebSocket, no puppeteer), the
 * HTTP cache emptied, and Lighthouse told not to clear storage for that run.
 *
 * Run alone: `node scripts/bench-lighthouse.mjs [dist] [page name pattern]` (after `npm run build:local`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, builtFor } from './serve.mjs';

/** Answers for the first statements of Readiness to innovate, as the form script stores them. */
const READINESS = 'readiness-to-innovate';
const answered = (at) => ({
  v: 1,
  instrument: READINESS,
  updatedAt: at,
  answers: Object.fromEntries(['open-to-new-initiatives', 'generate-new-ideas', 'learn-from-outside', 'time-to-review-performance'].map((id, i) => [id, { value: i + 1, at }])),
  snapshots: [],
});

/** The first page of a section that is not a redirect (for assessments, one with a form). */
export function firstDetail(dist, section) {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return null;
  const d = readdirSync(dir)
    .sort()
    .find((n) => existsSync(path.join(dir, n, 'index.html')) && !/http-equiv="refresh"/.test(readFileSync(path.join(dir, n, 'index.html'), 'utf8')) && (section !== 'assessments' || /type="radio"/.test(readFileSync(path.join(dir, n, 'index.html'), 'utf8'))));
  return d ? `/${section}/${d}/` : null;
}

/** [name, path, localStorage to seed before the run or undefined]. */
export function lighthousePages(dist) {
  const assessment = existsSync(path.join(dist, 'assessments', READINESS, 'index.html')) ? `/assessments/${READINESS}/` : firstDetail(dist, 'assessments');
  return [
    ['home', '/'],
    ['method', firstDetail(dist, 'methods')],
    ['poster', firstDetail(dist, 'posters')],
    ['assessment (empty)', assessment],
    ['assessment (answered)', assessment?.includes(READINESS) ? assessment : null, { [`qi-hub:answers:${READINESS}`]: JSON.stringify(answered(new Date().toISOString())) }],
    ['search "driver diagram"', '/search/?q=driver+diagram'],
    ['chart maker', '/tools/run-chart/'],
    ['portfolio review', '/tools/portfolio-review/'],
  ].filter(([, p]) => p && existsSync(path.join(dist, p.replace(/^\//, '').replace(/\?.*$/, ''), 'index.html')));
}

/** Sets localStorage for `url`'s origin in the browser on `port`, through a throwaway tab. */
async function seedStorage(port, url, items) {
  const target = await (await fetch(`http://127.0.0.1:${port}/json/new?${encodeURIComponent(url)}`, { method: 'PUT' })).json();
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let id = 0;
  const send = (method, params) =>
    new Promise((resolve) => {
      const mine = ++id;
      ws.addEventListener('message', function on(e) {
        const msg = JSON.parse(String(e.data));
        if (msg.id === mine) ws.removeEventListener('message', on), resolve(msg.result);
      });
      ws.send(JSON.stringify({ id: mine, method, params }));
    });
  // Wait for the page's origin, then write.
  for (let i = 0; i < 50; i++) {
    const r = await send('Runtime.evaluate', { expression: 'location.origin', returnByValue: true });
    if (r?.result?.value === new URL(url).origin) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  await send('Runtime.evaluate', { expression: `(${(o) => Object.entries(o).forEach(([k, v]) => localStorage.setItem(k, v))})(${JSON.stringify(items)})` });
  // Lighthouse keeps storage for this run, and with it the HTTP cache: empty the cache so the load is a first visit's.
  await send('Network.clearBrowserCache', {});
  ws.close();
  await fetch(`http://127.0.0.1:${port}/json/close/${target.id}`);
}

/**
 * @param {string} dist built site
 * @param {string} chromePath Chromium
 * @param {string} [base]
 * @returns {Promise<{ name: string, scores: number[], fcp: string, lcp: string, lcpMs: number, cls: number, lost: string[] }[]>}
 */
export async function lighthouseRuns(dist, chromePath, base = builtFor(dist).base, only = /./) {
  process.env.CHROME_PATH = chromePath;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await startServer({ dir: dist, base, compress: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const out = [];
  try {
    for (const [name, p, storage] of lighthousePages(dist).filter(([n]) => only.test(n))) {
      const url = new URL(p.replace(/^\//, ''), server.url).href;
      if (storage) await seedStorage(chrome.port, url, storage);
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: !!storage, onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result.lhr.categories;
      const pct = (k) => Math.round((c[k]?.score ?? 0) * 100);
      const lost = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
        .filter((a) => Object.values(c).some((cat) => cat.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
        .map((a) => a.id);
      const audit = (id) => result.lhr.audits[id];
      out.push({
        name: `${name} ${p}`,
        scores: [pct('performance'), pct('accessibility'), pct('best-practices'), pct('seo')],
        fcp: audit('first-contentful-paint')?.displayValue ?? '',
        lcp: audit('largest-contentful-paint')?.displayValue ?? '',
        lcpMs: audit('largest-contentful-paint')?.numericValue ?? NaN,
        cls: audit('cumulative-layout-shift')?.numericValue ?? NaN,
        lost,
        lhr: result.lhr,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}

export const LIGHTHOUSE_TITLE = 'Lighthouse 13, mobile (simulated slow 4G, 4× CPU slowdown), text served gzipped as nginx serves it; target 100 in all four, LCP ≤ 1.2 s, CLS 0';
export const LIGHTHOUSE_HEAD = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'CLS', 'audits below full marks'];
export const lighthouseRow = (r) => [r.name, ...r.scores, r.fcp, r.lcp, r.cls.toFixed(3), r.lost.join(', ') || '—'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const rows = await lighthouseRuns(dist, process.env.CHROME_PATH ?? '/usr/bin/chromium', undefined, new RegExp(process.argv[3] ?? '.'));
  console.log(LIGHTHOUSE_TITLE);
  for (const r of rows) console.log(lighthouseRow(r).join(' | '));
}

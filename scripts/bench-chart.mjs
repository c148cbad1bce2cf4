/**
 * The chart maker's speed, for `npm run bench`: 1,000 points pasted into the
 * built page in Chromium, with the CPU slowed 4 times (as Lighthouse's mobile
 * profile does, a mid-range phone), timed from the input event until the
 * chart and summary are drawn (the next frame; a table of more than 60 rows
 * is drawn when the person opens it). Then the same for
 * switching the chart to SPC. A report, not a test: it never fails on speed.
 */
import { startServer } from './serve.mjs';
import { sizeOf } from './js-size.mjs';

const POINTS = 1000;
const RUNS = 5;

/** 1,000 daily values from 1 January 2024 with a step up two-thirds of the way, varied by `seed` so every paste re-renders. */
function data(seed) {
  const lines = ['Date\tValue'];
  for (let i = 0; i < POINTS; i++) {
    const d = new Date(Date.UTC(2024, 0, 1 + i));
    const noise = ((i * 7919 + seed * 104729) % 17) - 8;
    lines.push(`${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}\t${100 + noise + (i > 666 ? 12 : 0)}`);
  }
  return lines.join('\n');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function chartTiming(dist, base, chromePath) {
  if (!chromePath) return null;
  const { chromium } = await import('playwright-core');
  const server = await startServer({ dir: dist, base });
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('tools/run-chart/', server.url).href);
    await page.locator('#chart-data').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const paste = (text) =>
      page.evaluate(async (t) => {
        const area = document.querySelector('#chart-data');
        const start = performance.now();
        area.value = t;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const drawn =
          document.querySelector('#chart-data-count')?.textContent?.startsWith('1,000 points read') && document.querySelector('#chart-summary') ? 1000 : 0;
        return { ms: performance.now() - start, drawn };
      }, text);
    const toggle = (id) =>
      page.evaluate(async (radio) => {
        const start = performance.now();
        document.getElementById(radio).click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return { ms: performance.now() - start };
      }, id);
    const run = [];
    const spc = [];
    for (let k = 0; k < RUNS; k++) {
      const r = await paste(data(k));
      if (r.drawn !== POINTS) throw new Error(`The chart maker did not read and summarise ${POINTS} points.`);
      run.push(r.ms);
      spc.push((await toggle('chart-kind-spc')).ms);
      await toggle('chart-kind-run');
    }
    return { points: POINTS, runMs: median(run), spcMs: median(spc) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * JavaScript the chart maker page really fetches, in Chromium on the built
 * site (brotli of each distinct file): at first load (network quiet), and
 * after everything — data pasted, SPC chosen, a note added, the table opened,
 * the table editor, a share link, PNG, SVG and CSV downloads, an Excel file
 * imported, the charts exported and imported again.
 */
export async function chartJs(dist, chromePath, base) {
  const { chromium } = await import('playwright-core');
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const server = await startServer({ dir: dist, base });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const scripts = new Set();
    page.on('request', (req) => {
      if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(req.url())) scripts.add(req.url());
    });
    await page.goto(new URL('tools/run-chart/', server.url).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.locator('#chart-data').waitFor();
    const atLoad = new Set(scripts);
    const lines = ['Week\tValue', ...Array.from({ length: 80 }, (_, i) => `${(i % 28) + 1}/${Math.floor(i / 28) + 1}/2025\t${10 + (i % 7) + (i > 50 ? 6 : 0)}`)];
    await page.locator('#chart-data').fill(lines.join('\n'));
    await page.locator('#chart-summary').waitFor();
    await page.waitForLoadState('networkidle');
    const drawn = new Set(scripts);
    await page.locator('#chart-kind-spc').check();
    await page.locator('#chart-summary').getByText(/variation/i).first().waitFor();
    await page.getByText('Add a note to the chart').click();
    await page.locator('#chart-note-text').fill('PDSA 1');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByText(/Show the data table/).click();
    await page.locator('.app-chart-table').waitFor();
    await page.getByText('Type or change your data in a table').click();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Make a link to this chart' }).click();
    await page.locator('#chart-share-link').waitFor();
    for (const name of [/image \(PNG\)/, /as SVG/, /data \(CSV\)/, /Export charts/]) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    }
    const rows = [[{ value: 'Date' }, { value: 'Value' }], ...[3, 4, 5, 4, 6].map((v, i) => [{ value: `0${i + 1}/02/2025` }, { value: v }])];
    await page.setInputFiles('#chart-file', { name: 'data.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await writeExcelFile(rows).toBuffer()) });
    await page.getByText(/Imported data\.xlsx/).waitFor();
    await page.setInputFiles('#chart-import', { name: 'charts.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await page.waitForLoadState('networkidle');
    return { page: '/tools/run-chart/', atLoad: sizeOf(dist, base, atLoad), drawn: sizeOf(dist, base, drawn), after: sizeOf(dist, base, scripts) };
  } finally {
    await browser.close();
    await server.close();
  }
}

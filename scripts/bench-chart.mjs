/**
 * The chart maker's speed, for `npm run bench` (or alone after a build:
 * `node scripts/bench-chart.mjs [dist] [runs] [profile.cpuprofile]`, default
 * dist/ and 5; the third writes a CPU profile of the runs, for Chromium's
 * DevTools Performance panel): 1,000
 * points pasted into the built page in Chromium, with the CPU slowed to a
 * mid-range phone's speed, then the edits a
 * person makes once the data is in: switching run and SPC chart, a baseline,
 * recalculating limits from a point, a note, the direction of improvement and
 * one value changed in the data. Each is timed twice from the input event:
 * "ours" until the page's script has finished (the event handler and
 * Preact's render, which runs in the microtasks straight after it), and
 * "frame" until the next frame is drawn, which adds the browser's style,
 * layout and paint (for a paste, mostly laying out the chart's 1,000 points: a
 * long pasted text is kept in the closed box, out of the layout, so the edits
 * of the text here set the closed box's value, as a file or the table would).
 * A table of more than 60 rows is drawn only when opened, so it is not in
 * these. A report, not a test: it never fails on speed.
 *
 * How slow a mid-range phone is: as Chrome DevTools' CPU calibration defines
 * it (its CalibrationController: a Pixel 5 class phone scores 1,000 on
 * Lighthouse's BenchmarkIndex, a low-tier Moto G4 Power 264). The slowdown that
 * brings this machine to 1,000 is found by bisection with Lighthouse's own
 * benchmark, as DevTools does, at the time of the run (so a busy machine gets a
 * smaller slowdown, and the phone it stands for stays the same). A fixed 4x
 * (Lighthouse's mobile default, meant for a fast desktop) is still reported:
 * on a two-core cloud machine it stands for a slower, low-tier phone.
 */
import { pathToFileURL } from 'node:url';
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

/** What a trace records: the main thread's tasks, style, layout and paint (with the elements each touched), and the marks. */
// More (say blink,cc) in TRACE_CATEGORIES, comma-separated, name what is inside these, but slow the page down.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])];

/** Lighthouse's BenchmarkIndex of a mid-tier phone (a Pixel 5), as Chrome DevTools' CPU calibration takes it. */
export const MID_TIER_INDEX = 1000;

/** The CPU slowdown (1 to 20) at which `page` scores about MID_TIER_INDEX on Lighthouse's BenchmarkIndex, found by bisection, with the index it measured there. */
export async function midTierRate(page, cdp) {
  const { computeBenchmarkIndex } = (await import('lighthouse/core/lib/page-functions.js')).pageFunctions;
  // The median of three: one run of the benchmark on a shared machine can be out by half.
  const index = async (rate) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const runs = [];
    for (let k = 0; k < 3; k++) runs.push(await page.evaluate(`(${computeBenchmarkIndex})()`));
    return median(runs);
  };
  await index(1); // warms V8 up, as DevTools does
  let [low, high] = [1, 20];
  let best = { rate: 1, index: await index(1) };
  if (best.index <= MID_TIER_INDEX) return best;
  for (let step = 0; step < 9; step++) {
    const rate = (low + high) / 2;
    const found = await index(rate);
    if (Math.abs(found - MID_TIER_INDEX) < Math.abs(best.index - MID_TIER_INDEX)) best = { rate, index: found };
    if (Math.abs(found - MID_TIER_INDEX) <= MID_TIER_INDEX * 0.05) break;
    if (found > MID_TIER_INDEX) low = rate;
    else high = rate;
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { rate: Math.round(best.rate * 100) / 100, index: Math.round(best.index) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The edits timed, in the order made on each run; `act` runs in the page and names what it does to the DOM. */
const EDITS = [
  ['paste', 'paste 1,000 points: parse, rules, chart, summary'],
  ['spc', 'switch to SPC: XmR limits, Making Data Count rules, redraw'],
  ['direction', 'change the direction of improvement (SPC)'],
  ['rebase', 'recalculate the limits from a point (SPC)'],
  ['note', 'add a note'],
  ['run', 'switch back to a run chart'],
  ['baseline', 'set a baseline for the median (run chart)'],
  ['value', 'change one value in the data'],
];

/** In the page: does `what` (an edit on run `k`) and times it; see the header for "ours" and "frame". */
function timeEdit([what, k, text]) {
  const $ = (s) => document.querySelector(s);
  // The browser puts pasted text in the box before the input event, so that part is not ours and is done before timing starts.
  const typed = [];
  const type = (el, value) => {
    el.value = value;
    typed.push(() => el.dispatchEvent(new Event('input', { bubbles: true })));
  };
  const act = {
    paste: () => typed.pop()(),
    spc: () => $('#chart-kind-spc').click(),
    run: () => $('#chart-kind-run').click(),
    direction: () => $(k % 2 ? '#chart-direction-decrease' : '#chart-direction-increase').click(),
    baseline: () => typed.pop()(),
    rebase: () => [...$('#chart-rebase-point').closest('fieldset').querySelectorAll('button')].at(-1).click(),
    note: () => [...$('#chart-note-point').closest('fieldset').querySelectorAll('button')].at(-1).click(),
    value: () => typed.pop()(),
  }[what];
  if (what === 'paste') type($('#chart-data'), text);
  if (what === 'value') type($('#chart-data'), $('#chart-data').value.replace(/\t(\d+)\n/, (_, v) => `\t${Number(v) + 1 + k}\n`));
  if (what === 'baseline') type($('#chart-baseline'), String(12 + k));
  return new Promise((resolve) => {
    // Marks for a trace (scripts/trace-chart.mjs) to find each edit by; they cost nothing measurable.
    performance.mark(`edit ${what} start`);
    const start = performance.now();
    act();
    // Preact renders in a microtask queued by the handler; a few more let any state set while rendering settle too.
    let left = 5;
    const settle = () => {
      if (--left > 0) return queueMicrotask(settle);
      const ours = performance.now() - start;
      performance.mark(`edit ${what} ours`);
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark(`edit ${what} frame`);
          resolve({ ours, frame: performance.now() - start });
        }, 0),
      );
    };
    queueMicrotask(settle);
  });
}

/** Opens a point picker and chooses a point (not timed: choosing is not re-evaluating). */
async function choose(page, id, legend, at, note) {
  const picker = page.locator(`#${id}-point`);
  if (!(await picker.isVisible())) await page.locator('details', { hasText: legend }).locator('summary').click();
  await picker.selectOption(String(at));
  if (note) await page.locator(`#${id}-text`).fill(note);
}

/**
 * `tracePath`: writes a Chromium performance trace of the runs there (see scripts/trace-chart.mjs).
 * `slowdown`: 'mid-tier' (calibrated, see the header) or a fixed CPU slowdown such as 4.
 */
export async function chartTiming(dist, base, chromePath, runs = RUNS, profilePath = null, tracePath = null, slowdown = 4) {
  if (!chromePath) return null;
  const { chromium } = await import('playwright-core');
  const server = await startServer({ dir: dist, base });
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('tools/run-chart/', server.url).href);
    await page.locator('#chart-data').waitFor();
    // The rules and drawing load (import()) when there are first points to draw: loaded here, untimed, and the box
    // emptied again, so each run times re-evaluating and drawing from an empty chart as before, not the download.
    await page.locator('#chart-data').fill(data(99).split('\n').slice(0, 3).join('\n'));
    await page.locator('#chart-summary').waitFor();
    await page.locator('#chart-data').fill('');
    await page.getByText(/Add at least 2 points/).waitFor();
    const cdp = await page.context().newCDPSession(page);
    const calibrated = slowdown === 'mid-tier' ? await midTierRate(page, cdp) : null;
    const rate = calibrated?.rate ?? slowdown;
    if (profilePath) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    const times = Object.fromEntries(EDITS.map(([what]) => [what, { ours: [], frame: [] }]));
    const timed = async (what, k, text) => {
      const t = await page.evaluate(timeEdit, [what, k, text ?? '']);
      times[what].ours.push(t.ours);
      times[what].frame.push(t.frame);
    };
    for (let k = 0; k < runs; k++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await timed('paste', k, data(k));
      const count = await page.locator('#chart-data-count').textContent();
      if (!count?.startsWith('1,000 points read') || !(await page.locator('#chart-summary').count())) {
        throw new Error(`The chart maker did not read and summarise ${POINTS} points.`);
      }
      await timed('spc', k);
      await timed('direction', k);
      // Choosing the point is set up at full speed; only the click that recalculates is timed.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await choose(page, 'chart-rebase', 'Recalculate the limits from a point', 100 + 50 * k);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await timed('rebase', k);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await choose(page, 'chart-note', 'Add a note to the chart', 200 + 50 * k, `Change ${k + 1}`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await timed('note', k);
      await timed('run', k);
      await timed('baseline', k);
      await timed('value', k);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (tracePath) await browser.stopTracing();
    if (profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      (await import('node:fs')).writeFileSync(profilePath, JSON.stringify(profile));
    }
    const rows = EDITS.map(([what, label]) => ({ what, label, oursMs: median(times[what].ours), frameMs: median(times[what].frame) }));
    return { points: POINTS, runs, rate, benchmarkIndex: calibrated?.index ?? null, rows, runMs: rows[0].frameMs, spcMs: rows[1].frameMs };
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const runs = Number(process.argv[3] ?? RUNS);
  const { builtFor } = await import('./serve.mjs');
  for (const slowdown of ['mid-tier', 4]) {
    const result = await chartTiming(dist, builtFor(dist).base, process.env.CHROME_PATH ?? '/usr/bin/chromium', runs, slowdown === 4 ? process.argv[4] : null, null, slowdown);
    const profile = result.benchmarkIndex ? `a mid-tier phone (CPU slowed ${result.rate}x: BenchmarkIndex ${result.benchmarkIndex})` : `CPU slowed ${result.rate}x`;
    console.log(`Chart maker, ${POINTS} points, ${profile}, median of ${runs} (ms): ours = event to end of our script; frame = to the next frame drawn`);
    for (const r of result.rows) console.log(`${r.label.padEnd(62)} ours ${r.oursMs.toFixed(0).padStart(4)}  frame ${r.frameMs.toFixed(0).padStart(4)}`);
  }
}

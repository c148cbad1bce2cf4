/**
 * The chart maker's speed, for `npm run bench`: 1,000 points pasted into the
 * built page in Chromium, with the CPU slowed 4 times (as Lighthouse's mobile
 * profile does, a mid-range phone), timed from the input event until the
 * chart and summary are drawn (the next frame; a table of more than 60 rows
 * is drawn when the person opens it). Then the same for
 * switching the chart to SPC. A report, not a test: it never fails on speed.
 */
import { startServer } from './serve.mjs';

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

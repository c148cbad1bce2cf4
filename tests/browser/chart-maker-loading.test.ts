/**
 * The chart maker's code arrives in two parts: the data input and saved
 * charts at first, and the rules, drawing, options, summaries and share link
 * (ChartPanels) once there are points to draw. On the built site: a first
 * visit fetches no drawing code; while it loads the chart's place says so
 * (and passes axe); if it cannot load the page says so and keeps the data;
 * a saved chart and a share link fetch it straight away. Even the first part
 * (and Preact) is fetched only once the page is first drawn (client:painted).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { expectNoAxe, paintAndFetches, url, useContext } from './support';
import { DATA, PAGE, open, summary } from './chart-maker-support';

const PANELS = /\/_astro\/ChartPanels\.[\w-]+\.js$/;

/** A context of its own (empty storage), recording the scripts it fetches; closed by `run`'s end. */
async function fresh(shared: { current: BrowserContext }, run: (context: BrowserContext, scripts: string[]) => Promise<void>) {
  const context = await shared.current.browser()!.newContext();
  const scripts: string[] = [];
  context.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  try {
    await run(context, scripts);
  } finally {
    await context.close();
  }
}

describe('the chart maker: loading its drawing code when there is data', () => {
  const shared = useContext();

  it('a first visit fetches no drawing code; pasting data fetches it, shows a status while it loads, then draws the chart', async () => {
    await fresh(shared, async (context, scripts) => {
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await context.route(PANELS, async (route: Route) => (await held, route.continue()));
      const { page, problems } = await open(context);
      await page.waitForLoadState('networkidle');
      expect(scripts.some((s) => PANELS.test(s))).toBe(false);
      expect(await page.locator('#chart-options-heading').count()).toBe(0);
      await expect.poll(() => page.locator('#chart-result').textContent()).toMatch(/Add at least 2 points/);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => page.locator('#chart-result [role=status]').textContent()).toBe('Drawing your chart…');
      expect(await page.locator('#chart-data-count').textContent()).toMatch(/^20 points read/);
      await expectNoAxe(page);
      release();
      await expect.poll(() => summary(page).textContent()).toMatch(/shift/i);
      expect(await page.locator('#chart-options-heading').count()).toBe(1);
      expect(problems).toEqual([]);
    });
  });

  it('fetches its own code and Preact only once the page is first drawn, and moves nothing on a phone as it arrives', async () => {
    await fresh(shared, async (context) => {
      await context.addInitScript(() => {
        (window as unknown as { shifted: number }).shifted = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => ((window as unknown as { shifted: number }).shifted += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(url(PAGE));
      await page.locator('#chart-data').waitFor();
      const { paint, starts } = await paintAndFetches(page, /\/_astro\/(ChartMaker|preact)\.[^/]*\.js$/);
      expect(paint).toBeTypeOf('number');
      expect(starts).toHaveLength(2);
      for (const start of starts) expect(start).toBeGreaterThanOrEqual(paint!);
      expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
    });
  });

  it('says in plain words when a download cannot be made offline, and makes it once back online', async () => {
    await fresh(shared, async (context) => {
      const DOWNLOADS = /\/_astro\/download-chart\.[\w-]+\.js$/;
      await context.route(DOWNLOADS, (route: Route) => route.abort('internetdisconnected'));
      const { page } = await open(context);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => summary(page).textContent()).toMatch(/shift/i);
      await page.getByRole('button', { name: 'Download as an image (PNG)' }).click();
      const problem = page.locator('#chart-result .nhsuk-error-message');
      await expect.poll(() => problem.textContent()).toMatch(/The download could not be made\. Check your connection, then try again\. Your chart is kept\./);
      expect(await problem.textContent()).not.toMatch(/_astro|\.js|Failed to fetch/);
      await expectNoAxe(page);
      await context.unroute(DOWNLOADS);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as an image (PNG)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      await expect.poll(() => problem.count()).toBe(0);
    });
  });

  it('says when the drawing code cannot be loaded, and keeps the data (saved and in the box)', async () => {
    await fresh(shared, async (context) => {
      await context.route(PANELS, (route: Route) => route.abort());
      const { page } = await open(context);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => page.locator('#chart-result [role=status]').textContent()).toMatch(/could not be loaded/);
      await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
      expect(await page.inputValue('#chart-data')).toBe(DATA);
      await expectNoAxe(page);
      // With the data taken out, the chart's place asks for points again rather than repeating the failure.
      await page.fill('#chart-data', '');
      await expect.poll(() => page.locator('#chart-result').textContent()).toMatch(/Add at least 2 points/);
      // Once the code can be fetched, data put back draws the chart without a reload.
      await context.unroute(PANELS);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => summary(page).textContent()).toMatch(/shift/i);
    });
  });

  it('a returning person with a saved chart, and a share link, fetch the drawing code without any action', async () => {
    await fresh(shared, async (context, scripts) => {
      const { page } = await open(context);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
      await expect.poll(() => summary(page).textContent()).toMatch(/shift/i);
      await page.getByRole('button', { name: 'Make a link to this chart' }).click();
      await page.locator('#chart-share-link').waitFor({ timeout: 60_000 });
      const link = await page.inputValue('#chart-share-link');
      const again = await context.newPage();
      scripts.length = 0;
      await again.goto(page.url());
      await expect.poll(() => summary(again).textContent()).toMatch(/shift/i);
      expect(scripts.some((s) => PANELS.test(s))).toBe(true);
      const other = await context.browser()!.newContext();
      try {
        const viaLink = await other.newPage();
        await viaLink.goto(link);
        await expect.poll(() => summary(viaLink).textContent()).toMatch(/shift/i);
        expect(await viaLink.inputValue('#chart-data')).toBe(DATA);
      } finally {
        await other.close();
      }
    });
  });
});

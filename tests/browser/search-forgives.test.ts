/**
 * Search forgives: typing mistakes offer "Did you mean" from the site's own
 * titles, aliases and headings, as a link that runs the corrected search; a
 * place name lists the community's own pages first; snippets keep the spaces
 * between words; and nothing moves on the page while results load.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, openPage, url, useContext } from './support';

const settled = (page: Page) => page.waitForFunction(() => /result/i.test(document.querySelector('[data-app-search-status]')?.textContent ?? ''));
const titles = (page: Page) => page.locator('.app-search-results h2 a').allTextContents();

describe('search forgives', () => {
  const context = useContext();

  for (const q of ['procces mapping', 'procces']) {
    it(`"${q}" offers "Did you mean" that leads to Process mapping`, async () => {
      const { page, problems } = await openPage(context.current, `/search/?q=${encodeURIComponent(q)}`);
      await settled(page);
      const link = page.locator('a[data-app-search-suggestion]');
      await link.waitFor();
      expect(await page.locator('.app-search__suggestion').textContent()).toMatch(/^Did you mean process( mapping)?\?$/);
      const v = await axe(page);
      expect(v, describeViolations(v)).toEqual([]);
      // By keyboard: the link runs the corrected search on this page.
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?q=process/);
      await expect.poll(() => page.locator('[data-app-search-status]').textContent()).toMatch(/results? for “process/);
      expect((await titles(page)).slice(0, 3)).toContain('Process mapping');
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('shows more than the first 10 results on request, and moves focus to the first one added', async () => {
    const { page, problems } = await openPage(context.current, '/search/?q=template');
    await settled(page);
    const count = Number(/(\d+) results?/.exec((await page.locator('[data-app-search-status]').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(20);
    expect(await page.locator('.app-search-results > li').count()).toBe(10);
    expect(await page.locator('.app-search-more').textContent()).toMatch(`Showing 10 of ${count}.`);
    // A double click must not add the same results twice.
    await page.getByRole('button', { name: 'Show more results' }).dblclick();
    await expect.poll(() => page.locator('.app-search-results > li').count()).toBe(20);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.app-search-results > li')[10])).toBe(true);
    expect(await page.locator('.app-search-more').textContent()).toMatch(`Showing 20 of ${count}.`);
    // Pressing on until the end shows every result once, then the button goes.
    for (let shown = 20; shown < count; shown += 10) {
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => page.locator('.app-search-results > li').count()).toBe(Math.min(count, shown + 10));
    }
    const all = await titles(page);
    expect(all).toHaveLength(count);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['PDSA cycle record', 'Run chart data sheet']));
    expect(await page.locator('.app-search-more').textContent()).toMatch(`Showing all ${count}.`);
    expect(await page.getByRole('button', { name: 'Show more results' }).count()).toBe(0);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each search and filter its own history entry: Back steps back through them and stays on search', async () => {
    const { page, problems } = await openPage(context.current, '/');
    await page.goto(url('/search/?q=improvement'));
    await settled(page);
    const status = () => page.locator('[data-app-search-status]').textContent();
    const all = Number(/(\d+) results?/.exec((await status()) ?? '')?.[1]);
    await page.getByText('Filter results').click();
    await page.getByLabel('Method', { exact: true }).check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=improvement&type=Method');
    await expect.poll(status).toMatch(/results? for “improvement”/);
    const methods = await status();
    await page.getByLabel('Measure', { exact: true }).check();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/type=Method.*stage=Measure|stage=Measure.*type=Method/);
    await expect.poll(status).not.toBe(methods);

    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=improvement&type=Method');
    expect(await page.getByLabel('Measure', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('Method', { exact: true }).isChecked()).toBe(true);
    await expect.poll(status).toBe(methods);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?q=improvement');
    expect(await page.getByLabel('Method', { exact: true }).isChecked()).toBe(false);
    await expect.poll(status).toMatch(`${all} results for “improvement”`);
    await page.goForward();
    await expect.poll(status).toBe(methods);
    expect(await page.getByLabel('Method', { exact: true }).isChecked()).toBe(true);
    // A new query is a new entry too.
    await page.locator('#search-page-field').fill('run chart');
    await page.locator('#search-page-field').press('Enter');
    await expect.poll(status).toMatch(/for “run chart”/);
    expect(await page.title()).toBe('run chart - Search - QI Hub');
    await page.goBack();
    await expect.poll(status).toBe(methods);
    expect(await page.locator('#search-page-field').inputValue()).toBe('improvement');
    expect(await page.title()).toBe('improvement - Search - QI Hub');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers nothing for a word the site knows', async () => {
    const { page } = await openPage(context.current, '/search/?q=process%20mapping');
    await settled(page);
    expect((await titles(page))[0]).toBe('Process mapping');
    expect(await page.locator('.app-search__suggestion').count()).toBe(0);
    await page.close();
  });

  it('"Gloucestershire" lists the community’s own pages first', async () => {
    const { page } = await openPage(context.current, '/search/?q=Gloucestershire');
    await settled(page);
    const links = await page.locator('.app-search-results h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 2).sort()).toEqual(['/about/', '/contact/']);
    await page.close();
  });

  it('keeps the spaces between words in snippets', async () => {
    const { page } = await openPage(context.current, '/search/?q=power%20interest%20grid');
    await settled(page);
    const snippets = (await page.locator('.app-search-results p').allTextContents()).join(' ');
    expect(snippets).toContain('Also called stakeholder mapping');
    expect(snippets).not.toMatch(/calledstakeholder|problemPlan/);
    await page.close();
  });

  // At phone widths too, where the longer "No results … browse the sections below" summary wraps onto more lines.
  for (const width of [1280, 390, 320]) {
    it(`moves nothing on the page while results load (${width} px wide)`, async () => {
      const page = await context.current.newPage();
      await page.setViewportSize({ width, height: 740 });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const q of ['procces', 'process', 'zzqxjv', 'improvement']) {
        await page.goto(url(`/search/?q=${q}`));
        await settled(page);
        if (q === 'procces') await page.locator('a[data-app-search-suggestion]').waitFor();
        expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), q).toBe(0);
      }
      await page.close();
    });
  }
});

describe('search on a slow connection', () => {
  const context = useContext();

  it('keeps words typed before the page script ran, and still shows the results for the address', async () => {
    const page = await context.current.newPage();
    // The search page's own script is held back until the person has typed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search\.astro.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold up DOMContentLoaded, so only the address is waited for; fill waits for the box.
    await page.goto(url('/search/?q=driver+diagram'), { waitUntil: 'commit' });
    await page.locator('#search-page-field').fill('run chart');
    release();
    await expect.poll(() => page.locator('[data-app-search-status]').textContent()).toMatch(/results? for “driver diagram”/);
    expect(await page.locator('#search-page-field').inputValue()).toBe('run chart');
    // Pressing Enter searches what was typed.
    await page.locator('#search-page-field').press('Enter');
    await expect.poll(() => page.locator('[data-app-search-status]').textContent()).toMatch(/results? for “run chart”/);
    await page.close();
  });
});

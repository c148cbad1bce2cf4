/**
 * How an assessment page loads its JavaScript, kept small: the form
 * works, restores and saves with no Preact at all, and its script is fetched
 * once the page is first drawn (the first screen is the introduction). With nothing answered,
 * Preact and the results island arrive only when the results are scrolled to,
 * and the keep, share or move controls (rendered by the server) hydrate only
 * when reached, focused or pressed.
 * Once the form holds an answer (stored or new) they load straight away, so
 * the results are on the page for Ctrl+P, and render exactly what the stored
 * answers say, attributes included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, openPage, paintAndFetches } from './support';
import { useBrowser } from '../support';

const PATH = '/assessments/readiness-to-innovate/';
const stored = {
  v: 1,
  instrument: 'readiness-to-innovate',
  updatedAt: '2025-01-01T10:00:00.000Z',
  answers: { 'open-to-new-initiatives': { value: 2, at: '2025-01-01T10:00:00.000Z' } },
  snapshots: [],
};

const browser = useBrowser();

const islandSelector = 'astro-island[component-url*="AssessmentResults"]';

/** The form's script and the storage it loads with (restoring and saving answers) are fetched only once the page is first drawn. */
async function formScriptAfterPaint(page: Page) {
  const { paint, starts } = await paintAndFetches(page, /\/_astro\/(assessment-form-island|answer-storage)\.[^/]*\.js$/);
  expect(paint).toBeTypeOf('number');
  expect(starts).toHaveLength(2);
  for (const start of starts) expect(start).toBeGreaterThanOrEqual(paint!);
}

describe('an assessment page', () => {
  it('loads no results code on a first visit until the results are reached', async () => {
    const context = await browser.current.newContext();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, PATH);
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    const island = page.locator(islandSelector);
    const resultsCode = await island.getAttribute('component-url');
    const controlsCode = await page.locator('astro-island[component-url*="Portability"]').getAttribute('component-url');
    const preact = await island.getAttribute('renderer-url');
    await page.waitForLoadState('networkidle');
    await formScriptAfterPaint(page);
    expect(requested, `${resultsCode} loaded before the results were reached`).not.toContain(resultsCode);
    expect(requested, 'the keep, share or move controls loaded before they were reached').not.toContain(controlsCode);
    expect(requested, 'Preact loaded before anything needed it').not.toContain(preact);
    // The empty results area says nothing until it knows whether there are answers.
    expect(await page.getByTestId('results-area').textContent()).toBe('');

    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('ssr'), islandSelector);
    await expect.poll(() => page.getByTestId('results').textContent()).toContain('Your results will appear here as soon as you answer a statement.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('restores and saves answers before any island loads, then hydrates the results at once so they can be printed', async () => {
    const context = await browser.current.newContext();
    await context.addInitScript((rec) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('qi-hub:answers:readiness-to-innovate', JSON.stringify(rec));
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    const { page, problems } = await openPage(context, PATH);
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    expect(await page.locator('#q-open-to-new-initiatives-2').isChecked()).toBe(true);
    await formScriptAfterPaint(page);
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);

    // Not scrolled to: the answers alone bring the results in, and never the "answer a statement" message.
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('ssr'), islandSelector);
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 6 out of 40');
    expect(await page.getByTestId('results-area').textContent()).not.toContain('as soon as you answer');
    expect(await page.locator('astro-island:not([ssr])').count()).toBeGreaterThan(0);
    // The results' code is fetched only once the page is on screen, though the stored answer was there before it.
    const { paint, starts } = await paintAndFetches(page, /\/_astro\/AssessmentResults\.[^/]*\.js$/);
    expect(paint).toBeTypeOf('number');
    expect(starts).toHaveLength(1);
    expect(starts[0]).toBeGreaterThanOrEqual(paint!);
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has the keep, share or move controls in the page before they hydrate, and a press that comes first still counts', async () => {
    const context = await browser.current.newContext();
    // The island's code is held back until the button has been pressed, so the press surely comes first.
    let release = () => {};
    const pressed = new Promise<void>((resolve) => (release = resolve));
    await context.route(/Portability\.[\w-]+\.js$/, async (route) => {
      await pressed;
      await route.continue();
    });
    const { page, problems } = await openPage(context, PATH);
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    const controls = page.getByTestId('portability');
    // In the server's HTML, so Tab reaches them in order whether or not the island has run.
    await expect.poll(() => controls.getByRole('button', { name: /Download as JSON/ }).isVisible()).toBe(true);
    expect(await controls.getByText('need JavaScript').isVisible()).toBe(false);
    // Pressed at once: the press is held while the island loads, then handled.
    await controls.getByRole('button', { name: /Download as JSON/ }).click();
    expect(await controls.getByTestId('portability-status').textContent()).toBe('');
    release();
    await expect.poll(() => controls.getByTestId('portability-status').textContent()).toBe('There are no answers to download yet.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fetches the form\'s script again after a dropped connection, and saves what was chosen meanwhile', async () => {
    const context = await browser.current.newContext();
    // The connection drops for the form's script: Astro's own two tries both fail.
    let failed = 0;
    let online = false;
    await context.route(/\/_astro\/assessment-form-island\.[^/]*\.js/, (route) => {
      if (online) return route.continue();
      failed++;
      return route.abort('internetdisconnected');
    });
    const { page } = await openPage(context, PATH);
    await expect.poll(() => failed).toBe(2);
    const island = page.locator('astro-island[component-url*="assessment-form-island"]');
    expect(await island.getAttribute('ssr')).toBe('');
    const status = page.getByTestId('save-status');
    expect(await status.textContent()).toMatch(/^Not saved yet: .*If this message stays, check your connection\.$/);
    // Back online: the next answer fetches the script, which saves it (no reload).
    online = true;
    await page.locator('#assessment-form fieldset').first().locator('input[type=radio]').nth(3).check();
    await expect.poll(() => status.textContent()).toMatch(/Saved in this browser/);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('qi-hub:answers:readiness-to-innovate') ?? 'null'));
    expect(saved?.answers?.['open-to-new-initiatives']?.value).toBe(3);
    expect(await island.getAttribute('ssr')).toBeNull();
    await context.close();
  });

  it('says the controls need JavaScript, and shows none, when it is off', async () => {
    const context = await browser.current.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, PATH);
    const controls = page.getByTestId('portability');
    expect(await controls.getByText('need JavaScript').isVisible()).toBe(true);
    expect(await controls.getByRole('button').count()).toBe(0);
    await context.close();
  });
});

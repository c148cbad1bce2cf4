/**
 * How an assessment page loads its JavaScript, kept small: the form
 * works, restores and saves with no Preact at all. With nothing answered,
 * Preact and the results island arrive only when the results are scrolled to.
 * Once the form holds an answer (stored or new) they load straight away, so
 * the results are on the page for Ctrl+P, and render exactly what the stored
 * answers say, attributes included.
 */
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, openPage } from './support';
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

describe('an assessment page', () => {
  it('loads no results code on a first visit until the results are reached', async () => {
    const context = await browser.current.newContext();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, PATH);
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    const island = page.locator(islandSelector);
    // Preact itself may load once the page is idle (the keep, share or move controls hydrate then,
    // so the keyboard reaches them in order); the results' own code waits until they are reached.
    const resultsCode = await island.getAttribute('component-url');
    await page.waitForLoadState('networkidle');
    expect(requested, `${resultsCode} loaded before the results were reached`).not.toContain(resultsCode);
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
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);

    // Not scrolled to: the answers alone bring the results in, and never the "answer a statement" message.
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('ssr'), islandSelector);
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 6 out of 40');
    expect(await page.getByTestId('results-area').textContent()).not.toContain('as soon as you answer');
    expect(await page.locator('astro-island:not([ssr])').count()).toBeGreaterThan(0);
    // The message line is the server's placeholder paragraph reused by hydration: it must carry its role.
    expect(await page.getByTestId('results-area').locator(':scope > p').first().getAttribute('role')).toBe('status');
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

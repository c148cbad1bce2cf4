/**
 * How an assessment page loads its JavaScript (issue 7's budget): the form
 * works, restores and saves with no Preact at all; Preact and the results
 * island arrive only when the results are scrolled to, and then render
 * exactly what the stored answers say, attributes included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, describeViolations, launch, openPage } from './support';

const PATH = '/assessments/readiness-to-innovate/';
const stored = {
  v: 1,
  instrument: 'readiness-to-innovate',
  updatedAt: '2025-01-01T10:00:00.000Z',
  answers: { 'open-to-new-initiatives': { value: 2, at: '2025-01-01T10:00:00.000Z' } },
  snapshots: [],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('an assessment page', () => {
  it('restores and saves answers before any island loads, and hydrates the results cleanly when they are reached', async () => {
    const context = await browser.newContext();
    await context.addInitScript((rec) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('qi-hub:answers:readiness-to-innovate', JSON.stringify(rec));
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    const requested: string[] = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const { page, problems } = await openPage(context, PATH);
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    expect(await page.locator('#q-open-to-new-initiatives-2').isChecked()).toBe(true);
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);

    // Nothing an island needs has been fetched yet.
    const island = page.locator('astro-island[component-url*="AssessmentResults"]');
    const islandFiles = [await island.getAttribute('component-url'), await island.getAttribute('renderer-url')];
    await page.waitForLoadState('networkidle');
    for (const file of islandFiles) expect(requested, `${file} loaded before the results were reached`).not.toContain(file);
    expect(await page.locator('astro-island:not([ssr])').count()).toBe(0);

    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[component-url*="AssessmentResults"]')?.hasAttribute('ssr'));
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 6 out of 40');
    // The message line is the server's placeholder paragraph reused by hydration: it must carry its role.
    expect(await page.getByTestId('results-area').locator(':scope > p').first().getAttribute('role')).toBe('status');
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/**
 * The Content Security Policy in a real browser: every page type loads, search
 * runs (Pagefind's WebAssembly and worker) and an assessment answer is saved
 * (zod validating in the browser, which must run jitless), with no CSP
 * violation and no console error.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useContext } from './support';
import { assessmentPage, pageTypes } from './page-types';

const context = useContext();

describe('no CSP violation or console error', () => {
  it('on a page that breaks the policy (the check is really listening)', async () => {
    const { page, problems } = await openPage(context.current, '/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(() => problems.some((p) => /CSP violation: script-src/.test(p))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
  });

  for (const path of pageTypes()) {
    it(`loading ${path}`, async () => {
      const { page, problems } = await openPage(context.current, path);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('searching', async () => {
    const { page, problems } = await openPage(context.current, '/search/');
    await page.fill('#search-page-field', 'improvement');
    await page.press('#search-page-field', 'Enter');
    await page.locator('.app-search-results li').first().waitFor();
    expect(await page.locator('.app-search-results li').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answering a self-assessment item, which validates and saves it', async () => {
    const path = assessmentPage();
    expect(path, 'no assessment page with radios in the build').toBeTruthy();
    const { page, problems } = await openPage(context.current, path!);
    await page.waitForLoadState('networkidle');
    // Hydrated islands drop their `ssr` attribute (client:visible ones wait until scrolled to).
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr][client="load"]').length === 0);
    const radio = page.locator('input[type=radio]').first();
    await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
    await expect.poll(() => radio.isChecked()).toBe(true);
    await page.waitForFunction(() => localStorage.length > 0, undefined, { timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * The header's "More" menu on a phone: Escape closes it and puts focus back on
 * the "More" button, and folding the menu after load shifts nothing (cumulative
 * layout shift measured with a PerformanceObserver, in Chromium, at 390 px and
 * 320 px wide).
 */
import { describe, expect, it } from 'vitest';
import { openPage, url, useContext } from './support';

describe('the header menu', () => {
  const shared = useContext();

  it('Escape closes "More" and returns focus to its button, from the button or from a link in the menu', async () => {
    const { page, problems } = await openPage(shared.current, '/');
    await page.setViewportSize({ width: 390, height: 844 });
    const toggle = page.locator('.nhsuk-header__menu-toggle');
    await page.locator('.nhsuk-header__menu:not([hidden])').waitFor();
    for (const from of ['link', 'button'] as const) {
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      if (from === 'link') {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('.nhsuk-header__menu-list'))).toBe(true);
      }
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('.nhsuk-header__menu-list').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id), `focus after Escape from the ${from}`).toBe('toggle-menu');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('closes "More" when focus tabs out of it into the page', async () => {
    const { page, problems } = await openPage(shared.current, '/methods/');
    await page.setViewportSize({ width: 390, height: 844 });
    const toggle = page.locator('.nhsuk-header__menu-toggle');
    await page.locator('.nhsuk-header__menu:not([hidden])').waitFor();
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const links = await page.locator('.nhsuk-header__menu-list a').count();
    for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.nhsuk-header__navigation'))).toBe(false);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.nhsuk-header__menu-list').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const width of [390, 320]) {
    it(`folding the menu shifts nothing at ${width} px (search page and a content page)`, async () => {
      for (const path of ['/search/', '/methods/pdsa-cycles/', '/']) {
        const page = await shared.current.newPage();
        await page.setViewportSize({ width, height: 844 });
        await page.addInitScript(() => {
          (window as unknown as { shifts: number[] }).shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!e.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(e.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url(path), { waitUntil: 'load' });
        // The menu has folded: "More" shows and the page is marked ready.
        await page.locator('body.app-header-ready .nhsuk-header__menu:not([hidden])').waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
        expect(cls, `${path} at ${width} px`).toBe(0);
        await page.close();
      }
    });
  }

  it('without scripting the menu wraps and every item shows', async () => {
    const context = await shared.current.browser()!.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(url('/'));
    const hidden = await page.locator('.nhsuk-header__navigation-item').evaluateAll((items) =>
      items.filter((li) => {
        const r = li.getBoundingClientRect();
        return r.right > document.documentElement.clientWidth + 1 || r.width === 0;
      }).length,
    );
    expect(hidden).toBe(0);
    await context.close();
  });
});

/**
 * No sideways scrolling at any width from 320 to 1280 px on one page of every
 * type (a sweep of widths, with NHS.UK's breakpoints either side), and none at
 * 320 px on the search page whatever is typed, even a long query with no spaces.
 */
import { describe, expect, it } from 'vitest';
import { pageTypes } from './page-types';
import { url, useContext } from './support';

const widths = [...new Set([...Array.from({ length: 49 }, (_, i) => 320 + i * 20), 640, 641, 768, 769, 790, 990, 991, 1280])].sort((a, b) => a - b);

describe('no sideways scroll', () => {
  const shared = useContext();

  it('at any width from 320 to 1280 px, on each page type', async () => {
    const page = await shared.current.newPage();
    const wide: string[] = [];
    for (const path of pageTypes()) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url(path));
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        // The header refolds its menu a frame after a resize: read once the page has
        // settled (no sideways scroll), or after 60 frames, whichever comes first.
        const overflow = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let frames = 0;
              const check = () => {
                const o = document.documentElement.scrollWidth - document.documentElement.clientWidth;
                if (o <= 0 || ++frames >= 60) resolve(o);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
        );
        if (overflow > 0) wide.push(`${path} at ${width}px by ${overflow}px`);
      }
    }
    expect(wide).toEqual([]);
    await page.close();
  }, 300_000);

  it('the search page at 320 px with a 300-character query and no spaces', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const q = 'x'.repeat(300);
    await page.goto(url(`/search/?q=${q}`));
    await expect.poll(() => page.locator('[data-app-search-status]').textContent(), { timeout: 15_000 }).toContain('xxxx');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // And typed into the header's search box, then searched.
    await page.locator('#search-field').fill(`procces${'y'.repeat(293)}`);
    await page.locator('#search-field').press('Enter');
    await expect.poll(() => page.locator('[data-app-search-status]').textContent(), { timeout: 15_000 }).toContain('yyyy');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });
});

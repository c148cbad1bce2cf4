import { describe, expect, it } from 'vitest';
import { axe, describeViolations, openPage, paintAndFetches, url, useContext } from './support';

const context = useContext();

// One page of every type: list and detail.
const pages = [
  '/',
  '/methods/',
  '/faculties/',
  '/training/',
  '/posters/',
  '/programmes/',
  '/news/',
  '/resources/',
  '/assessments/',
  '/search/',
  '/about/',
  '/contact/',
  '/accessibility/',
  '/privacy/',
  '/no-such-page/',
];

describe('navigation', () => {
  it('reaches every list page from the header menu and footer, and a detail page from each list', async () => {
    const { page } = await openPage(context.current, '/');
    const menu = await page.locator('nav[aria-label="Menu"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const footer = await page.locator('footer a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const path of ['/methods/', '/training/', '/faculties/', '/assessments/', '/posters/', '/programmes/', '/news/']) expect(menu).toContain(url(path));
    for (const path of ['/about/', '/contact/', '/accessibility/', '/privacy/']) expect(footer).toContain(url(path));

    for (const list of ['/methods/', '/faculties/', '/training/', '/posters/', '/programmes/', '/news/']) {
      await page.goto(url(list));
      const first = page.locator('main a[href*="' + list + '"]').first();
      const title = (await first.textContent())!.trim();
      await first.click();
      await page.waitForURL((u) => u.pathname.startsWith(new URL(url(list)).pathname) && u.pathname !== new URL(url(list)).pathname);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      // Detail pages carry breadcrumbs back to their list.
      const crumbs = await page.locator('.nhsuk-breadcrumb__link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(crumbs).toContain(url(list));
    }
    await page.close();
  });

  it('shows the 404 page, with routes onward, for an unknown address', async () => {
    const { page } = await openPage(context.current, '/');
    const response = await page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator('main a[href$="/search/"]').count()).toBe(1);
    await page.close();
  });
});

describe('search', () => {
  it('finds a method from the header search box', async () => {
    const { page, problems } = await openPage(context.current, '/about/');
    await page.fill('#search-field', 'driver diagram');
    await page.press('#search-field', 'Enter');
    await page.waitForURL(/\/search\/\?q=driver/);
    const first = page.locator('.app-search-results a').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toMatch(/driver diagram/i);
    await expect(page.locator('[data-app-search-status]').textContent()).resolves.toMatch(/\d+ results? for “driver diagram”/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches Pagefind and the "Did you mean" terms only once the page is on screen', async () => {
    const { page, problems } = await openPage(context.current, '/search/?q=driver+diagram');
    await page.locator('.app-search-results li').first().waitFor();
    const { paint, starts } = await paintAndFetches(page, /\/pagefind\/pagefind\.js$|\/search\/terms\.json$/);
    expect(paint).toBeTypeOf('number');
    expect(starts).toHaveLength(2);
    for (const start of starts) expect(start).toBeGreaterThanOrEqual(paint!);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('narrows results by content type', async () => {
    const { page } = await openPage(context.current, '/search/?q=improvement&type=Training');
    await page.locator('.app-search-results li').first().waitFor();
    const types = await page.locator('.app-search-results__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Training']));
    await page.close();
  });

  it('says so when nothing matches and suggests browsing', async () => {
    const { page } = await openPage(context.current, '/search/?q=zzqxjv');
    await page.waitForFunction(() => /No results/.test(document.querySelector('[data-app-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-app-search-browse] a').count()).toBeGreaterThan(2);
    await page.close();
  });

  it('ships no JavaScript on a content page but the header’s "More" menu', async () => {
    const { page } = await openPage(context.current, '/about/');
    // The header's small script is written into the page: no request for any script file.
    expect(await page.locator('script[src]').count()).toBe(0);
    const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('nhsuk-header__menu');
    await page.close();
  });
});

describe('accessibility', () => {
  for (const path of pages) {
    it(`axe finds nothing on ${path}`, async () => {
      const { page, problems } = await openPage(context.current, path);
      await page.waitForLoadState('networkidle');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
      await page.close();
    });
  }
});

import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { readPosterEntries } from '../../src/build-time/poster-files/integration';
import { axe, describeViolations, openPage } from './support';
import { distDir, serveSite, useBrowser } from '../support';

const posters = readPosterEntries(path.resolve(import.meta.dirname, '../..')).map(({ data }) => ({
  slug: String(data.slug),
  year: String(data.year),
  themes: (data.themes as string[]) ?? [],
}));
const poster = posters[0]!;

const browser = useBrowser();

async function newContext(options: { share?: boolean; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.current.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((withShare: boolean) => {
    // Desktop Chromium's Web Share support varies by platform: decide it here.
    if (withShare) {
      const calls: ShareData[] = [];
      Object.defineProperty(window, '__shareCalls', { value: calls });
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
    } else {
      delete (Navigator.prototype as { share?: unknown }).share;
    }
  }, options.share ?? false);
  return context;
}

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe('share button', () => {
  it("copies the address of the page the reader has open, not the build's, and announces it, from the keyboard", async () => {
    // A second server on another loopback port stands in for a preview deploy or a second domain.
    const elsewhere = await serveSite(distDir, { anyPort: true });
    const context = await newContext();
    try {
      const page = await context.newPage();
      const own = new URL(`posters/${poster.slug}/`, elsewhere.url).href;
      await page.goto(`${own}?utm_source=poster&utm_medium=qr&_hsenc=${'x'.repeat(120)}#share`);
      expect(await canonicalOf(page)).not.toBe(own);
      const button = page.getByRole('button', { name: 'Copy link' });
      await expect(button.isVisible()).resolves.toBe(true);
      await button.focus();
      await page.keyboard.press('Enter');
      const status = page.locator('.app-share [role="status"]');
      await status.filter({ hasText: 'Link copied' }).waitFor();
      await expect(status.textContent()).resolves.toBe(`Link copied: ${own}`);
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(own);
      // The email link shares the same; the permanent link stays the one on the QR code.
      await expect(page.locator('[data-share-email]').getAttribute('href')).resolves.toContain(encodeURIComponent(own));
      await expect(page.locator('[data-share-link]').textContent()).resolves.toBe(await canonicalOf(page));
      // A long address wraps rather than pushing a phone screen sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      // The NHS.UK header folds its menu after the resize event: wait for the page to settle.
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
      await elsewhere.close();
    }
  });

  it("opens the device's share sheet where the browser has one", async () => {
    const context = await newContext({ share: true });
    const { page } = await openPage(context, `/posters/${poster.slug}/`);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.waitForFunction(() => (window as unknown as { __shareCalls: unknown[] }).__shareCalls.length > 0);
    const calls = await page.evaluate(() => (window as unknown as { __shareCalls: ShareData[] }).__shareCalls);
    expect(calls).toEqual([{ title: await page.locator('h1').textContent(), url: page.url() }]);
    await context.close();
  });

  it('without JavaScript, shows the link itself and no dead button', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `/posters/${poster.slug}/`);
    await expect(page.getByRole('button', { name: /Copy link|Share link/ }).count()).resolves.toBe(0);
    const url = (await canonicalOf(page))!;
    await expect(page.locator('.app-share a', { hasText: url }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /Email this link/ }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('gallery filters', () => {
  const visibleSlugs = (page: Page) =>
    page.locator('[data-poster-list] > li:visible a.nhsuk-card__link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).at(-1)));

  it('narrow the list by year and theme, announce the count, and clear again', async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context, '/posters/');
    const status = page.locator('[data-poster-count]');
    await expect(visibleSlugs(page)).resolves.toHaveLength(posters.length);

    // The year with the most posters, so a theme can narrow it further.
    const years = [...new Set(posters.map((p) => p.year))];
    const year = years.sort((a, b) => posters.filter((p) => p.year === b).length - posters.filter((p) => p.year === a).length)[0]!;
    const inYear = posters.filter((p) => p.year === year);
    const yearBox = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: year });
    await yearBox.focus();
    await page.keyboard.press('Space');
    await expect(visibleSlugs(page).then((s) => s.sort())).resolves.toEqual(inYear.map((p) => p.slug).sort());
    await expect(status.textContent()).resolves.toBe(`${inYear.length} of ${posters.length} posters shown`);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual([year]);
    await page.getByRole('button', { name: 'Show posters' }).click();
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-poster-count'))).resolves.toBe(true);

    // A theme that some of the year's posters have: ticking it narrows further (AND across facets).
    const themes = inYear.flatMap((p) => p.themes);
    const theme = themes.find((t) => inYear.some((p) => !p.themes.includes(t))) ?? themes[0]!;
    const both = inYear.filter((p) => p.themes.includes(theme));
    if (inYear.length > 1) expect(both.length).toBeLessThan(inYear.length);
    await page.locator(`input[name="theme"][value="${theme}"]`).check();
    await expect(visibleSlugs(page).then((s) => s.sort())).resolves.toEqual(both.map((p) => p.slug).sort());

    // The filtered address can be shared: it opens with the same filters ticked.
    await page.reload();
    await expect(page.locator(`input[name="theme"][value="${theme}"]`).isChecked()).resolves.toBe(true);
    await expect(visibleSlugs(page).then((s) => s.sort())).resolves.toEqual(both.map((p) => p.slug).sort());

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(visibleSlugs(page)).resolves.toHaveLength(posters.length);
    await expect(status.textContent()).resolves.toBe(`All ${posters.length} posters shown`);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, shows every poster and no filters that cannot work', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, '/posters/');
    await expect(page.locator('[data-poster-filters]').isVisible()).resolves.toBe(false);
    await expect(visibleSlugs(page)).resolves.toHaveLength(posters.length);
    await context.close();
  });
});

describe('print', () => {
  it('prints a case study on A4 with the QR code and its URL, without navigation or share buttons', async () => {
    const context = await newContext();
    const { page } = await openPage(context, `/posters/${poster.slug}/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.nhsuk-header', '.nhsuk-footer', '.nhsuk-breadcrumb', '.nhsuk-skip-link', '.app-share', '.app-poster-qr__downloads']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    const url = (await canonicalOf(page))!;
    await expect(page.locator('.app-poster-qr__image').isVisible()).resolves.toBe(true);
    await expect(page.locator('.app-poster-qr__url').textContent()).resolves.toBe(url);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);

    // The page's @page rule sets the paper: A4 is 595 × 842 points.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    await context.close();
  });
});

describe('a poster that does not exist', () => {
  it('gets the 404 page, with links to the gallery and search', async () => {
    const context = await newContext();
    const { page } = await openPage(context, '/posters/');
    const response = await page.goto(page.url() + 'no-such-poster/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator('main a[href$="/posters/"]').count()).toBe(1);
    expect(await page.locator('main a[href$="/search/"]').count()).toBe(1);
    await context.close();
  });
});

describe('accessibility and CSP', () => {
  for (const path of ['/posters/', `/posters/${poster.slug}/`]) {
    it(`axe reports nothing on ${path}, with its script running, and the console stays clean`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, path);
      // Let the page's script reveal what it reveals before axe looks.
      await page.locator(path === '/posters/' ? '[data-poster-filters]' : '[data-share-button]').waitFor({ state: 'visible' });
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

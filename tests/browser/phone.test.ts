/**
 * Phones first. At 320 x 640 and 390 x 844: no built page, and no state of the
 * assessment tools, scrolls sideways; the header takes at most a fifth of a
 * 390 x 844 screen; the first poster starts on the first screen; the 0 to 5
 * scale is one line; and axe finds nothing in the states this adds.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allPages } from './page-types';
import { DATA as CHART_DATA, summary as chartSummary } from './chart-maker-support';
import { ready as portfolioReady } from './portfolio-review-support';
import { expectNoAxe, openPage, url, useContext } from './support';

const READINESS = '/assessments/readiness-to-innovate/';
/** The system appraisal's questions, in order. */
const APPRAISAL = ['goals-for-improvement', 'improvement-teams', 'strategic-projects', 'approach-understood', 'training-at-scale', 'local-metrics', 'performance-data', 'personal-capability'];
const sizes = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
] as const;

const record = (values: number[], snapshot?: number[]) => {
  const ids = ['open-to-new-initiatives', 'generate-new-ideas', 'learn-from-outside', 'time-to-review-performance', 'staff-empowered-to-intervene', 'support-when-ideas-fail', 'evaluate-new-initiatives', 'recognise-and-reward'];
  const at = '2025-01-01T10:00:00.000Z';
  const answers = Object.fromEntries(values.map((v, i) => [ids[i], { value: v, at }]));
  return {
    v: 1,
    instrument: 'readiness-to-innovate',
    updatedAt: at,
    answers,
    snapshots: snapshot ? [{ id: 'snap-base', label: 'Baseline', takenAt: '2024-10-01T10:00:00.000Z', answers: Object.fromEntries(snapshot.map((v, i) => [ids[i], { value: v }])) }] : [],
  };
};

/** How far the page can scroll sideways, and the widest elements that stick out. */
async function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    const culprits = overflow > 0 ? [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`) : [];
    return { overflow, culprits };
  });
}

async function expectNoSideways(page: Page, what: string) {
  const { overflow, culprits } = await sideways(page);
  expect(overflow, `${what} scrolls sideways by ${overflow}px: ${culprits.join(', ')}`).toBe(0);
}

/** Every built page that scrolls sideways, with by how much and why; `each` checks something more on every page. */
async function widePages(page: Page, each?: () => Promise<void>): Promise<string[]> {
  const wide: string[] = [];
  for (const path of allPages()) {
    await page.goto(url(path));
    await each?.();
    const { overflow, culprits } = await sideways(page);
    if (overflow > 0) wide.push(`${path} by ${overflow}px (${culprits.join(', ')})`);
  }
  return wide;
}

/** The browser's own text size setting, doubled (NHS.UK's type is in rem, so it all grows), in force from the first layout. */
async function largeText(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
}

const seeded = (page: Page, rec: unknown) =>
  page.addInitScript((r) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('qi-hub:answers:readiness-to-innovate', JSON.stringify(r));
      sessionStorage.setItem('seeded', '1');
    }
  }, rec);

describe.each(sizes)('at $width x $height', (size) => {
  const shared = useContext();

  it('no built page scrolls sideways', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize(size);
    expect(await widePages(page)).toEqual([]);
    await page.close();
  }, 240_000);

  it('the header fits in a fifth of a 390 x 844 screen, with the menu on one line and the rest under "More"', async () => {
    const { page, problems } = await openPage(shared.current, '/');
    await page.setViewportSize(size);
    await page.locator('.nhsuk-header__menu:not([hidden])').waitFor();
    const header = await page.locator('header.nhsuk-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(844 / 5);
    // The menu items left in the bar share one line.
    const tops = await page.locator('.nhsuk-header__navigation-list > .nhsuk-header__navigation-item, .nhsuk-header__navigation-list > .nhsuk-header__menu').evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top)))]);
    expect(tops).toHaveLength(1);
    // "More" opens the rest of the menu, by keyboard, and Escape closes it.
    const more = page.getByRole('button', { name: 'Browse More' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    const hidden = page.locator('.nhsuk-header__menu-list .nhsuk-header__navigation-link');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().isVisible()).toBe(true);
    await expectNoSideways(page, 'the open menu');
    await expectNoAxe(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the first poster starts on the first screen, with the filters folded away and the count shown', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/');
    await page.setViewportSize(size);
    await page.reload();
    await page.locator('[data-poster-filters]').waitFor();
    const details = page.locator('[data-poster-filters] details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await page.locator('[data-poster-filters] summary').textContent()).toContain('Filter posters');
    const count = await page.locator('[data-poster-count]').boundingBox();
    const first = await page.locator('[data-poster-list] > li').first().boundingBox();
    expect(count!.y + count!.height).toBeLessThan(size.height);
    expect(first!.y + 60).toBeLessThan(size.height);
    await page.locator('[data-poster-filters] summary').click();
    await page.locator('[data-poster-filters] input[type=checkbox]').first().check();
    await expect.poll(() => page.locator('[data-poster-count]').textContent()).toMatch(/of \d+ posters shown/);
    await expectNoSideways(page, 'the open poster filters');
    // Opened again from its address, folded: the summary says filters are on.
    await page.reload();
    await expect.poll(() => page.locator('[data-poster-filters] summary').textContent()).toMatch(/^\s*Filter posters \(1 chosen\)\s*$/);
    expect(await details.getAttribute('open')).toBeNull();
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the 0 to 5 scale is one line, and answers, results and a comparison never scroll sideways', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize(size);
    await seeded(page, record([4, 1, 3, 2, 5, 1, 0, 2], [2, 2, 2, 2, 2, 2, 2, 2]));
    await page.goto(url(READINESS));
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    // Six buttons on one line, each at least 44 px square, 12 px text or more.
    const buttons = await page.locator('.app-assessment__item').first().locator('label[for^="q-"]').evaluateAll((els) =>
      els.map((e) => ({ ...e.getBoundingClientRect().toJSON(), font: parseFloat(getComputedStyle(e).fontSize) })),
    );
    expect(buttons).toHaveLength(6);
    expect(new Set(buttons.map((b) => Math.round(b.top))).size).toBe(1);
    for (const b of buttons) {
      expect(b.width).toBeGreaterThanOrEqual(44);
      expect(b.height).toBeGreaterThanOrEqual(44);
    }
    await expectNoSideways(page, 'the answered form');
    await expectNoAxe(page);

    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 18 out of 40');
    const fonts = await page.locator('.app-chart text, .app-chart__label').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(fonts.length).toBeGreaterThan(8);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);
    await expectNoSideways(page, 'the results');

    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('comparison').waitFor();
    await expectNoSideways(page, 'the comparison');
    // A table wider than the screen scrolls in its own labelled region, which takes focus.
    const regions = page.getByTestId('comparison').locator('[role=region][tabindex="0"]');
    expect(await regions.count()).toBe(2);
    expect(await regions.first().getAttribute('aria-labelledby')).toBeTruthy();
    await expectNoAxe(page);
    await page.close();
  });

  it('shared results and the team view never scroll sideways', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize(size);
    await seeded(page, record([4, 1, 3, 2, 5, 1, 0, 2]));
    await page.goto(url(READINESS));
    await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    const section = page.getByTestId('portability');
    await section.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[component-url*="Portability"]')?.hasAttribute('ssr'));
    await section.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    await expectNoSideways(page, 'the share link');

    await page.goto(link);
    await page.getByTestId('shared-results').waitFor();
    await expectNoSideways(page, 'shared results');
    await expectNoAxe(page);

    await page.goto(url('/assessments/team/'));
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.getByLabel('Paste share links').fill(link);
    await page.getByRole('button', { name: /Add/ }).first().click();
    await page.getByTestId('team-items').waitFor();
    await expectNoSideways(page, 'the team view');
    const chartFonts = await page.locator('.app-team-chart span').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...chartFonts)).toBeGreaterThanOrEqual(12);
    await expectNoAxe(page);
    await page.close();
  });
});

describe('with text at 200% (a phone set to its largest font size)', () => {
  const shared = useContext();

  it('no built page scrolls sideways at 320 px', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize(sizes[0]);
    await largeText(page);
    const wide = await widePages(page, async () => {
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    });
    expect(wide).toEqual([]);
    await page.close();
  }, 240_000);

  it('nor do the tools once in use: results and a comparison, a chart with its data, a portfolio with its projects', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize(sizes[0]);
    await largeText(page);

    await seeded(page, record([4, 1, 3, 2, 5, 1, 0, 2], [2, 2, 2, 2, 2, 2, 2, 2]));
    await page.goto(url(READINESS));
    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 18 out of 40');
    await expectNoSideways(page, 'the results (snapshots listed)');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('comparison').waitFor();
    await expectNoSideways(page, 'the comparison');

    // Easy-or-hard questions compare in a table of their own (question, before, after, change), which scrolls in its own region.
    const appraisal = {
      ...record([]),
      instrument: 'system-appraisal',
      answers: Object.fromEntries(APPRAISAL.map((id, i) => [id, { value: i % 2 ? 3 : 1, at: '2025-01-01T10:00:00.000Z' }])),
      snapshots: [{ id: 'snap-base', label: 'Baseline', takenAt: '2024-10-01T10:00:00.000Z', answers: Object.fromEntries(APPRAISAL.map((id) => [id, { value: 1 }])) }],
    };
    await page.evaluate((r) => localStorage.setItem('qi-hub:answers:system-appraisal', JSON.stringify(r)), appraisal);
    await page.goto(url('/assessments/system-appraisal/'));
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByTestId('comparison').waitFor();
    await expectNoSideways(page, 'an easy-or-hard comparison');
    expect(await page.getByTestId('comparison').locator('[role=region][tabindex="0"]').count()).toBe(1);
    await expectNoAxe(page);

    await page.goto(url('/tools/run-chart/'));
    await page.fill('#chart-data', CHART_DATA);
    await expect.poll(() => chartSummary(page).textContent()).toMatch(/Signals of non-random variation/);
    await expectNoSideways(page, 'a run chart');
    await page.check('#chart-kind-spc');
    await expect.poll(() => chartSummary(page).textContent()).toMatch(/Making Data Count|special cause|common cause/i);
    await expectNoSideways(page, 'an SPC chart');

    await page.goto(url('/tools/portfolio-review/'));
    await portfolioReady(page);
    await expectNoSideways(page, 'the portfolio review');
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.setInputFiles('#register-file', new URL('../fixtures/portfolio/invented-register.csv', import.meta.url).pathname);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await page.getByTestId('suggestion').first().waitFor();
    await expectNoSideways(page, 'the portfolio review with projects');
    await expectNoAxe(page);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }, 120_000);
});

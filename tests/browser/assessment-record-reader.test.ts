/**
 * The assessment page reads a clean, current record with the code it loads at
 * once, and fetches the full reader (migration, salvage, versions) only for
 * anything else. On the built site: a clean record fetches no repair code; an
 * older record is still migrated and a newer one still shown read-only, each
 * once the full reader has arrived.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, url } from './support';
import { useBrowser } from '../support';
import { READINESS, READINESS_KEY, ready } from './assessment-page';

const chromium = useBrowser();
const T0 = '2025-01-01T10:00:00.000Z';

/** Opens the page with `stored` in place of the record (once), and lists the scripts it fetched. */
async function openWith(stored: string) {
  const context = await chromium.current.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [READINESS_KEY, stored] as const,
  );
  await page.goto(url(READINESS));
  await ready(page);
  return { context, page, scripts, problems };
}

const fetchedRepair = (scripts: string[]) => scripts.some((s) => /\/(repair|parse-record)[.-][^/]*\.js$/.test(s));
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), READINESS_KEY);

describe('reading a stored record', () => {
  it('a clean, current record is read without fetching the full reader', async () => {
    const clean = { v: 1, instrument: 'readiness-to-innovate', updatedAt: T0, answers: { 'generate-new-ideas': { value: 3, at: T0 } }, snapshots: [] };
    const { context, page, scripts, problems } = await openWith(JSON.stringify(clean));
    expect(await page.locator('#q-generate-new-ideas-3').isChecked()).toBe(true);
    await page.locator('#q-learn-from-outside-2').check();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser/);
    expect(fetchedRepair(scripts), scripts.join('\n')).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an older record (version 0) is migrated, as before, once the full reader has arrived', async () => {
    const { context, page, scripts, problems } = await openWith(JSON.stringify({ 'generate-new-ideas': 4 }));
    expect(fetchedRepair(scripts)).toBe(true);
    await expect.poll(() => page.locator('[data-fault="migrated"]').count()).toBe(1);
    expect(await page.locator('#q-generate-new-ideas-4').isChecked()).toBe(true);
    expect(JSON.parse((await stored(page))!)).toMatchObject({ v: 1, answers: { 'generate-new-ideas': { value: 4 } } });
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a record from a newer version is shown read-only and never overwritten', async () => {
    const newer = JSON.stringify({ v: 2, instrument: 'readiness-to-innovate', updatedAt: T0, answers: { 'generate-new-ideas': { value: 2, at: T0 } }, snapshots: [] });
    const { context, page, problems } = await openWith(newer);
    await expect.poll(() => page.locator('[data-fault="newer-version"]').count()).toBe(1);
    expect(await page.locator('#q-generate-new-ideas-2').isChecked()).toBe(true);
    expect(await page.locator('#q-generate-new-ideas-2').isDisabled()).toBe(true);
    expect(await page.getByTestId('save-status').textContent()).toMatch(/newer version/);
    expect(await stored(page)).toBe(newer);
    expect(problems).toEqual([]);
    await context.close();
  });
});

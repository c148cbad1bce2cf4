/**
 * Answers chosen and notes typed before the assessment page's script runs (a
 * slow network can take seconds) are newer than what is stored, so they are
 * kept, saved and shown in the results, not overwritten when the script
 * loads. The page's scripts are held back with a route until the person has
 * acted, so the test does not depend on speed.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectClean, url } from './support';
import { useBrowser } from '../support';

const PATH = '/assessments/system-appraisal/';
const KEY = 'qi-hub:answers:system-appraisal';
const ITEMS = ['goals-for-improvement', 'improvement-teams', 'strategic-projects', 'approach-understood', 'training-at-scale', 'local-metrics', 'performance-data', 'personal-capability'];
const T0 = '2025-01-01T10:00:00.000Z';
/** Every question answered "easy to answer", with one note. */
const allEasy = (v = 1) =>
  JSON.stringify({
    v,
    instrument: 'system-appraisal',
    updatedAt: T0,
    answers: Object.fromEntries(ITEMS.map((id) => [id, id === 'improvement-teams' ? { value: 3, note: 'Stored note.', at: T0 } : { value: 3, at: T0 }])),
    snapshots: [],
  });
/** Waits for the page, however busy the machine: tests must not depend on speed. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });

const chromium = useBrowser();

/**
 * Opens the page with every script of the site held back until `release` is
 * called, and `seed` (if any) stored in this browser before the first load only.
 */
async function openHeld(seed: string | null): Promise<{ context: BrowserContext; page: Page; problems: string[]; release: () => void }> {
  const context = await chromium.current.newContext();
  if (seed) {
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY, seed],
    );
  }
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/_astro\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  // The load event waits for the held scripts, so only the response is awaited.
  await page.goto(url(PATH), { waitUntil: 'commit' });
  await page.locator('#q-improvement-teams-1').waitFor();
  // The server's line: nothing runs yet.
  await poll(() => page.getByTestId('save-status').textContent()).toMatch(/needs JavaScript/);
  return { context, page, problems, release };
}

const storedRecord = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

describe('answers given before the page script runs', () => {
  it('win over stored answers: kept on the form, saved, and shown in the results', async () => {
    const { context, page, problems, release } = await openHeld(allEasy());
    await page.locator('#q-improvement-teams-1').check();
    await page.locator('#note-goals-for-improvement').fill('Typed before the script ran.');
    release();

    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);
    expect(await page.locator('#q-improvement-teams-1').isChecked()).toBe(true);
    expect(await page.locator('#note-goals-for-improvement').inputValue()).toBe('Typed before the script ran.');
    // Untouched questions show what is stored.
    expect(await page.locator('#q-strategic-projects-3').isChecked()).toBe(true);
    expect(await page.locator('#note-improvement-teams').inputValue()).toBe('Stored note.');
    const saved = await storedRecord(page);
    expect(saved.answers['improvement-teams']).toMatchObject({ value: 1, note: 'Stored note.' });
    expect(saved.answers['goals-for-improvement']).toMatchObject({ value: 3, note: 'Typed before the script ran.' });
    expect(saved.answers['strategic-projects']).toEqual({ value: 3, at: T0 });

    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    const results = page.getByTestId('results');
    await poll(() => results.getByTestId('struggled').textContent()).toContain('2. To what extent do you have teams in place');
    await poll(() => results.getByTestId('easy').textContent()).toContain('Note: Typed before the script ran.');
    expect(await results.textContent()).toContain('you struggled over 1 question');
    await expectClean(page, problems);

    // Reloaded (scripts no longer held): what was chosen early is what is stored.
    await page.reload();
    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    expect(await page.locator('#q-improvement-teams-1').isChecked()).toBe(true);
    expect(await page.locator('#note-goals-for-improvement').inputValue()).toBe('Typed before the script ran.');
    await context.close();
  });

  it('are kept and saved on a first visit, with nothing stored', async () => {
    const { context, page, problems, release } = await openHeld(null);
    await page.locator('#q-goals-for-improvement-3').check();
    await page.locator('#q-local-metrics-1').check();
    await page.locator('#note-local-metrics').fill('No local measures yet.');
    release();

    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);
    expect(await page.locator('#q-goals-for-improvement-3').isChecked()).toBe(true);
    expect(await page.locator('#q-local-metrics-1').isChecked()).toBe(true);
    expect(await page.locator('#note-local-metrics').inputValue()).toBe('No local measures yet.');
    const results = page.getByTestId('results');
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await poll(() => results.textContent()).toContain('You marked 2 of 8 questions.');
    await poll(() => results.getByTestId('struggled').textContent()).toContain('Note: No local measures yet.');
    await expectClean(page, problems);

    await page.reload();
    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    expect(await page.locator('#q-local-metrics-1').isChecked()).toBe(true);
    expect(await page.locator('#note-local-metrics').inputValue()).toBe('No local measures yet.');
    await context.close();
  });

  it('stay on the page but are not saved when a newer version stored the record', async () => {
    const newer = allEasy(2);
    const { context, page, problems, release } = await openHeld(newer);
    await page.locator('#q-improvement-teams-1').check();
    release();

    await poll(() => page.locator('[data-fault="newer-version"]').count()).toBe(1);
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Not saved: a newer version/);
    expect(await page.locator('#q-improvement-teams-1').isChecked()).toBe(true);
    expect(await page.locator('#q-improvement-teams-1').isDisabled()).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
    await expectClean(page, problems);
    await context.close();
  });

  it('are not taken from a form the browser filled in again on Back, which would undo a change made since in another tab', async () => {
    const context = await chromium.current.newContext();
    const page = await context.newPage();
    await page.goto(url(PATH));
    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    await page.locator('#q-improvement-teams-3').check();
    await poll(async () => (await storedRecord(page))?.answers['improvement-teams']?.value).toBe(3);
    await page.goto(url('/methods/'));
    // Meanwhile, another tab marks the same question "struggled over".
    const other = await context.newPage();
    await other.goto(url(PATH));
    await other.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    await other.locator('#q-improvement-teams-1').check();
    await poll(async () => (await storedRecord(other))?.answers['improvement-teams']?.value).toBe(1);
    await other.close();
    // Back in the first tab, the page shows what is stored now, and storage keeps it.
    await page.goBack();
    await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
    await poll(() => page.locator('#q-improvement-teams-1').isChecked()).toBe(true);
    expect((await storedRecord(page)).answers['improvement-teams'].value).toBe(1);
    await context.close();
  });
});

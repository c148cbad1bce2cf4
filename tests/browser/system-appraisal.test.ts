/**
 * The system appraisal's two-way scale on the built site: each question is
 * easy to answer or struggled over, results list which were which (no total),
 * snapshots compare question by question, export, import, share links and the
 * team view carry the answers, and
 * answers saved under the old four-point scale get a clear message, not a crash.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, expectClean, openPage, url, useContext } from './support';

const shared = useContext();
const PATH = '/assessments/system-appraisal/';
const KEY = 'qi-hub:answers:system-appraisal';

const loaded = (page: Page) => page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });

/** Brings the export, import and share island into view (it hydrates when visible) and waits for it. */
async function portability(page: Page) {
  await page.getByTestId('portability').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('astro-island[component-url*="Portability"]');
    return island && !island.hasAttribute('ssr');
  });
}

describe('system appraisal', () => {
  it('asks easy or struggled over for each question and lists which were which, with notes and no total', async () => {
    const context = await shared.current.browser()!.newContext();
    const { page, problems } = await openPage(context, PATH);
    await loaded(page);
    expect(await page.locator('#assessment-form input[type=radio]').count()).toBe(16);
    await page.locator('#q-goals-for-improvement-3').check();
    await page.locator('#q-improvement-teams-1').check();
    await page.locator('#assessment-form textarea').nth(1).fill('No team owns flow yet.');
    await page.locator('#assessment-form textarea').nth(1).press('Tab');

    // The results island hydrates when it comes into view.
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    const results = page.getByTestId('results');
    await results.getByTestId('easy-or-hard').waitFor();
    await expect.poll(() => results.getByTestId('struggled').textContent()).toContain('2. To what extent do you have teams in place');
    await expect.poll(() => results.getByTestId('struggled').textContent(), { timeout: 15_000 }).toContain('Note: No team owns flow yet.');
    expect(await results.getByTestId('easy').textContent()).toContain('1. What are your goals for improvement');
    expect(await results.textContent()).toContain('You marked 2 of 8 questions. 1 question was easy to answer, and you struggled over 1 question.');
    expect(await results.textContent()).not.toMatch(/Total|out of|%/);
    await expectClean(page, problems);

    // A snapshot, a change, and the comparison question by question.
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.locator('#q-improvement-teams-3').check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    expect(await comparison.textContent()).toContain('1 question became easy to answer, 0 questions became a struggle and 1 stayed the same.');
    expect(await comparison.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual(['Struggled over', 'Easy to answer', 'Now easy to answer']);
    await expectClean(page, problems);

    // A share link opens as easy and struggled-over lists, read-only.
    await portability(page);
    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const reader = await context.newPage();
    await reader.goto(link);
    const sharedResults = reader.getByTestId('shared-results');
    await sharedResults.getByTestId('easy-or-hard').waitFor();
    expect(await sharedResults.getByTestId('easy').textContent()).toContain('2. To what extent do you have teams in place');
    expect(await sharedResults.textContent()).not.toMatch(/Total/);
    const v = await axe(reader);
    expect(v, describeViolations(v)).toEqual([]);

    // Export, then import into a browser with nothing stored.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as JSON/ }).click()]);
    const file = path.join(tmpdir(), `qi-hub-appraisal-${Date.now()}.json`);
    await download.saveAs(file);
    const other = await shared.current.browser()!.newContext();
    const { page: again, problems: againProblems } = await openPage(other, PATH);
    await loaded(again);
    await portability(again);
    await again.locator('#app-portability input[type=file]').setInputFiles(file);
    await again.getByRole('button', { name: 'Check the file' }).click();
    const preview = again.getByTestId('import-preview');
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Import these answers' }).click();
    await expect.poll(() => again.isChecked('#q-improvement-teams-3')).toBe(true);
    expect(await again.isChecked('#q-goals-for-improvement-3')).toBe(true);
    expect(againProblems).toEqual([]);

    // The team view counts who found each question easy and who struggled.
    const team = await other.newPage();
    await team.goto(url('/assessments/team/'));
    await team.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await team.getByLabel('Paste share links').fill(link);
    await team.getByRole('button', { name: 'Add links' }).click();
    await expect.poll(() => team.getByTestId('team-status').textContent()).toMatch(/1 result added/);
    const items = team.getByTestId('team-items');
    await expect.poll(() => items.locator('thead th').allTextContents()).toEqual(['Question', 'Found it easy', 'Struggled over it']);
    // Question 2 was marked easy: one person found it easy, nobody struggled.
    expect(await items.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual(['1', '0']);
    const summaryText = (await team.getByTestId('team-summary').textContent()) ?? '';
    expect(summaryText).not.toMatch(/median|range|average|total|section/i);
    expect(await team.getByTestId('team-sections').count()).toBe(0);
    const teamViolations = await axe(team);
    expect(teamViolations, describeViolations(teamViolations)).toEqual([]);
    await other.close();
    await context.close();
  });

  it('keeps the answers still on the scale, keeps the old record aside, and says which answers were left out and why', async () => {
    const context = await shared.current.browser()!.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const at = '2026-01-05T10:00:00.000Z';
    const old = { v: 1, instrument: 'system-appraisal', updatedAt: at, answers: { 'goals-for-improvement': { value: 2, at }, 'improvement-teams': { value: 0, at }, 'strategic-projects': { value: 3, at } }, snapshots: [] };
    await page.addInitScript(([k, rec]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k as string, rec as string);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, JSON.stringify(old)]);
    await page.goto(url(PATH));
    await loaded(page);
    const fault = page.locator('[data-fault="partly-kept"]');
    await fault.waitFor();
    expect(await fault.textContent()).toContain('question 1, because 2 is no longer on this checklist’s answer scale');
    expect(await fault.textContent()).toContain('question 2, because 0 is no longer on this checklist’s answer scale');
    expect(await fault.textContent()).toContain('kept a copy of the record exactly as it was stored');
    expect(await page.locator('input[name="strategic-projects"]:checked').getAttribute('value')).toBe('3');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:kept-aside:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual([JSON.stringify(old)]);
    // The page still works: a new answer is saved and shown.
    await page.locator('#q-goals-for-improvement-1').check();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser/);
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await page.getByTestId('results').getByTestId('struggled').waitFor();
    expect(problems).toEqual([]);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await context.close();
  });
});

/**
 * The portfolio review tool keeps what people type: limits are enforced at
 * the control and never show "Saved" for a change the store refused; a
 * project is removed only after the person is told what else goes; a change
 * in another tab does not close a half-written decision.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, describeViolations, openPage, url, useContext } from './support';
import { ready } from './portfolio-review-support';

const PATH = '/tools/portfolio-review/';
const KEY = 'qi-hub:portfolio:current';
// Invented projects, as in portfolio-review.test.ts.
const REGISTER = ['Project title,Directorate', 'Falls prevention on Larch ward,Adult community services', 'Carers passport on Hazel ward,Learning disability services', 'Safer handovers in the Wren team,Forensic services'].join('\n');

async function fresh(page: Page) {
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await page.fill('#register-paste', REGISTER);
  await page.getByRole('button', { name: 'Read pasted rows' }).click();
  await page.getByRole('button', { name: 'Import these projects' }).click();
  await page.getByTestId('import-result').waitFor();
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
const project = (page: Page, title: string) => page.locator(`[data-project="${title}"]`);

describe('portfolio review keeps what people type', () => {
  const shared = useContext();

  it('refuses the 51st goal and an over-long reason at the control, and never says Saved for an unsaved change', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.fill('#goal-title', 'Goal 0');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.getByTestId('goals').textContent()).toContain('Goal 0');
    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k)!);
      for (let i = 1; i < 50; i++) s.doc.goals.push({ id: `goal${i}`, title: `Goal ${i}` });
      localStorage.setItem(k, JSON.stringify(s));
    }, KEY);
    await page.reload();
    await ready(page);
    await page.fill('#goal-title', 'Goal 50');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.locator('#goal-error').textContent()).toContain('up to 50 goals');
    expect((await stored(page)).doc.goals).toHaveLength(50);

    await project(page, 'Carers passport on Hazel ward').getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Stop').check();
    await page.getByLabel('Reason').fill('x'.repeat(2100));
    expect(await page.getByLabel('Reason').evaluate((t: HTMLTextAreaElement) => t.value.length)).toBeLessThanOrEqual(2000);
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(async () => Object.values((await stored(page)).doc.decisions).length).toBe(1);
    expect(await page.getByTestId('save-status').textContent()).toContain('Saved');

    // A later change is still saved.
    await page.getByLabel('Goal 3 (Falls prevention on Larch ward)').check();
    await expect.poll(async () => (await stored(page)).doc.projects[0].goals).toEqual(['goal3']);
    expect(problems.filter((p) => /Refusing/.test(p))).toEqual([]);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.close();
  });

  it('asks before removing a project, says which merge and relation go, and keeps the merged project’s reason in the message', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await project(page, 'Carers passport on Hazel ward').getByRole('button', { name: /^Decide/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
    await page.getByLabel('Merge into another').check();
    await page.getByLabel('Merge into', { exact: true }).selectOption({ label: 'Falls prevention on Larch ward (Adult community services)' });
    await page.getByLabel('Reason').fill('Same ward team');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Decide/);

    await project(page, 'Falls prevention on Larch ward').getByRole('button', { name: /^Remove project/ }).click();
    const confirm = page.getByTestId('confirm-remove');
    await expect.poll(() => confirm.textContent()).toContain('“Carers passport on Hazel ward” (reason was: Same ward team)');
    expect((await stored(page)).doc.projects).toHaveLength(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Remove “Falls prevention');
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await confirm.getByRole('button', { name: 'No, keep it' }).click();
    expect((await stored(page)).doc.projects).toHaveLength(3);
    await project(page, 'Falls prevention on Larch ward').getByRole('button', { name: /^Remove project/ }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect.poll(() => page.getByTestId('removed').textContent()).toContain('went back to “Not decided”: “Carers passport on Hazel ward” (reason was: Same ward team)');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('removed');
    expect((await stored(page)).doc.projects).toHaveLength(2);
    await page.close();
  });

  it('keeps a half-written decision when another tab changes the review, and Escape closes the form', async () => {
    const first = await shared.current.newPage();
    await first.goto(url(PATH));
    await fresh(first);
    const second = await shared.current.newPage();
    await second.goto(url(PATH));
    await ready(second);
    await project(first, 'Carers passport on Hazel ward').getByRole('button', { name: /^Decide/ }).click();
    await first.getByLabel('Keep').check();
    await first.getByLabel('Reason').fill('Half written');
    await second.fill('#goal-title', 'From the other tab');
    await second.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => first.getByTestId('notice').textContent()).toContain('changed in another tab');
    expect(await first.getByLabel('Reason').inputValue()).toBe('Half written');
    await first.getByLabel('Reason').press('Escape');
    await expect.poll(() => first.getByTestId('decision-form').count()).toBe(0);
    await expect.poll(() => first.evaluate(() => document.activeElement?.textContent)).toMatch(/^Decide/);
    await first.close();
    await second.close();
  });

  it('shows relations as a grid of only the related projects, with row and column headers', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.getByLabel('First project').selectOption({ label: 'Falls prevention on Larch ward (Adult community services)' });
    await page.getByLabel('Second project').selectOption({ label: 'Safer handovers in the Wren team (Forensic services)' });
    await page.getByLabel('Conflict').check();
    await page.getByRole('button', { name: 'Mark relation' }).click();
    const grid = page.getByTestId('relation-matrix');
    await grid.waitFor();
    expect(await grid.locator('thead th[scope=col]').allTextContents()).toEqual(['Falls prevention on Larch ward', 'Safer handovers in the Wren team']);
    expect(await grid.locator('tbody th[scope=row]').allTextContents()).toEqual(['Falls prevention on Larch ward', 'Safer handovers in the Wren team']);
    expect(await grid.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['–', 'Conflict']);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.close();
  });

  it('a double click on Remove removes one goal, not the one that moves up under the pointer', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    for (const goal of ['Safer care', 'Shorter waits']) {
      await page.fill('#goal-title', goal);
      await page.getByRole('button', { name: 'Add goal' }).click();
    }
    await page.getByRole('button', { name: 'Remove goal: Safer care' }).dblclick();
    await expect.poll(() => page.getByTestId('goals-said').textContent()).toMatch(/Removed the goal “Safer care”/);
    expect(await page.getByRole('button', { name: 'Remove goal: Shorter waits' }).count()).toBe(1);
    await page.close();
  });

  it('moves focus somewhere sensible after removing a goal or a relation, and switches off editing for a newer-version review', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('button', { name: 'Remove goal: Safer care' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goal-title');
    await page.getByLabel('First project').selectOption({ label: 'Falls prevention on Larch ward (Adult community services)' });
    await page.getByLabel('Second project').selectOption({ label: 'Safer handovers in the Wren team (Forensic services)' });
    await page.getByLabel('Conflict').check();
    await page.getByRole('button', { name: 'Mark relation' }).click();
    await page.getByRole('button', { name: /^Remove relation/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('relations-summary');

    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k)!);
      localStorage.setItem(k, JSON.stringify({ ...s, v: s.v + 1 }));
    }, KEY);
    await page.reload();
    await ready(page);
    await page.getByTestId('read-only').waitFor();
    expect(await page.locator('#goal-title').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add goal' }).isDisabled()).toBe(true);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await page.close();
  });
});

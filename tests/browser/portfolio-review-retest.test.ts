/**
 * The portfolio review tool after a hostile retest: focus after an import,
 * the printed summary of a realistic review on one A4 page, projects already
 * in the review, files that are not registers, and messages that an action
 * has made out of date.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useContext } from './support';
import { noViolations, fresh } from './portfolio-review-support';

const PATH = '/tools/portfolio-review/';
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? document.activeElement?.tagName);
// Invented projects, as in portfolio-review.test.ts.
const REGISTER = ['Project title,Directorate', 'Falls prevention on Larch ward,Adult community services', 'Carers passport on Hazel ward,Learning disability services', 'Safer handovers in the Wren team,Forensic services'].join('\n');

async function readPasted(page: Page, register = REGISTER) {
  await page.fill('#register-paste', register);
  await page.getByRole('button', { name: 'Read pasted rows' }).click();
}

/** An invented review the size of a directorate's: 50 projects, 3 goals, 7 confirmed overlaps and 30 other relations. */
function bigReview(size = 50) {
  const teams = ['Adult community services', 'Adult mental health', 'Forensic services', 'Learning disability services', 'Children and young people’s services'];
  const projects = Array.from({ length: size }, (_, i) => ({
    id: `p${i}`,
    title: `Invented improvement project number ${i + 1} on a ward with a long descriptive title`,
    aim: '', directorate: teams[i % teams.length], lead: '', status: '', start: '', measures: '', tags: [],
    goals: i % 3 === 0 ? [] : [`g${i % 3}`],
  }));
  const goals = [0, 1, 2].map((g) => ({ id: `g${g}`, title: `Invented strategic goal ${g + 1} for the directorate` }));
  const pair = (a: number, b: number) => (`p${a}` < `p${b}` ? { a: `p${a}`, b: `p${b}` } : { a: `p${b}`, b: `p${a}` });
  const kinds = ['conflict', 'reinforcing', 'interdependent'] as const;
  const relations = [
    ...Array.from({ length: 7 }, (_, i) => ({ ...pair(i, i + 20), kind: 'overlap', note: 'Same ward, same measure' })),
    ...Array.from({ length: 30 }, (_, i) => ({ ...pair(i + 10, i + 11), kind: kinds[i % 3], note: '' })),
  ];
  return { title: 'Invented directorate review', projects, goals, relations, dismissed: [], decisions: { p1: { kind: 'stop', reason: 'Done elsewhere' } } };
}

describe('portfolio review after the retest', () => {
  const shared = useContext();

  it('moves focus to the import result when Enter imports the rows', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await readPasted(page);
    await page.getByRole('button', { name: 'Import these projects' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('import-result');
    expect(await page.getByTestId('import-result').textContent()).toContain('3 projects imported from the pasted rows.');
    await page.close();
  });

  it('prints the summary of a 50-project review with 37 relations on one A4 page', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    const file = { format: 'qi-hub-portfolio-review', version: 1, review: bigReview() };
    await page.setInputFiles('#review-open', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.getByTestId('totals').textContent()).toContain('From 50 projects to 49');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('questions').textContent()).toContain('more');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('warns about projects already in the review and skips them unless told otherwise', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await readPasted(page);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await readPasted(page, `${REGISTER}\nCommunity falls clinic,Adult community services`);
    await expect.poll(() => page.getByTestId('repeats-warning').textContent()).toContain('3 projects in the pasted rows have the same title and team');
    expect(await page.locator('#skip-repeats').isChecked()).toBe(true);
    await noViolations(page);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 project imported from the pasted rows. 3 projects already in this review were skipped.');
    await expect.poll(() => page.getByTestId('totals').textContent()).toContain('From 4 projects to 4');
    // Asked to, it brings them in again.
    await readPasted(page);
    await page.locator('#skip-repeats').uncheck();
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => page.getByTestId('totals').textContent()).toContain('From 7 projects to 7');
    await page.close();
  });

  it('says a review file is not a register, and a bad file takes away the mapping of the one before', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await readPasted(page);
    await page.getByRole('button', { name: 'Import these projects' }).waitFor();
    await page.setInputFiles('#register-file', { name: 'review.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"qi-hub-portfolio-review","version":1,"review":{}}') });
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('review.json is a review file, not a project register: use “Open a review file”');
    expect(await page.locator('#mapping-heading').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import these projects' }).count()).toBe(0);
    await readPasted(page);
    await page.setInputFiles('#register-file', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expect.poll(() => page.getByTestId('import-error').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import these projects' }).count()).toBe(0);
    await noViolations(page);
    await page.close();
  });
});

describe('portfolio review questions and goal errors by keyboard', () => {
  const shared = useContext();

  it('marks a refused goal as invalid, and Escape cancels a confirmation with focus back on its button', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.locator('#goal-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#goal-title').getAttribute('aria-describedby')).toContain('goal-error');
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => page.locator('#goal-title').getAttribute('aria-invalid')).toBeNull();
    await readPasted(page);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await page.locator('[data-project="Carers passport on Hazel ward"]').getByRole('checkbox', { name: /Safer care/ }).check();
    await page.getByRole('button', { name: 'Remove goal: Safer care' }).click();
    await page.getByTestId('confirm-remove-goal').waitFor();
    // Focus moves to the question in the next frame; Escape is pressed there, as a person would.
    await expect.poll(() => focused(page)).toMatch(/^goal-confirm-/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('confirm-remove-goal').count()).toBe(0);
    await expect.poll(() => focused(page)).toMatch(/^goal-remove-/);
    await page.getByRole('button', { name: 'Clear this review' }).click();
    await page.getByTestId('confirm-clear').waitFor();
    await expect.poll(() => focused(page)).toBe('clear-confirm');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('clear-open');
    expect(await page.getByTestId('confirm-clear').count()).toBe(0);
    await page.close();
  });
});

describe('portfolio review project pickers', () => {
  const shared = useContext();

  it('says how many projects match only when the person types in that box', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    const file = { format: 'qi-hub-portfolio-review', version: 1, review: bigReview(1200) };
    await page.setInputFiles('#review-open', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.getByTestId('totals').textContent(), { timeout: 20_000 }).toContain('From 1,200 projects to 1,199');
    expect(await page.locator('#relation-a-count').textContent()).toBe('1,200 match. The list shows the first 50: type more to narrow it.');
    expect(await page.getByTestId('relation-a-said').textContent()).toBe('');
    expect(await page.getByTestId('relation-b-said').textContent()).toBe('');
    await page.fill('#relation-a-find', 'number 7');
    await expect.poll(() => page.getByTestId('relation-a-said').textContent()).toMatch(/^\d[\d,]* match/);
    expect(await page.getByTestId('relation-b-said').textContent()).toBe('');
    await page.close();
  });
});

/**
 * The portfolio review tool guarding against mistakes: a refused project keeps
 * what was typed; removing a used goal, replacing a relation and clearing the
 * review ask first, with focus on the question; outcomes are said in live
 * regions; suggestions can be undone and dismissed pairs brought back; a
 * read-only review cannot be cleared or replaced; and a register import says
 * what it read (the encoding, our own CSV, a file with no title column, a picture).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useContext } from './support';
import { ready, noViolations, fresh } from './portfolio-review-support';

const PATH = '/tools/portfolio-review/';
const KEY = 'qi-hub:portfolio:current';
// Invented projects, as in portfolio-review.test.ts.
const REGISTER = [
  'Project title,Directorate,Aim',
  'Falls prevention on Larch ward,Adult community services,Cut inpatient falls on Larch ward with lying and standing blood pressure',
  'Fewer falls on Larch ward,Adult mental health,Cut inpatient falls on Larch ward with lying and standing blood pressure checks',
  'Carers passport on Hazel ward,Learning disability services,Involve carers in care plans',
].join('\n');

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const projectCount = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"doc":{"projects":[]}}').doc?.projects?.length ?? 0, KEY);

async function importRegister(page: Page, register = REGISTER) {
  await page.fill('#register-paste', register);
  await page.getByRole('button', { name: 'Read pasted rows' }).click();
  await page.getByRole('button', { name: 'Import these projects' }).click();
  await page.getByTestId('import-result').waitFor();
}

describe('portfolio review guards against mistakes', () => {
  const shared = useContext();

  it('keeps a hand-added project that was refused, with an error summary and the field’s error', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.getByText('Add a project by hand').click();
    await page.fill('#new-title', 'Sepsis screening in the emergency department');
    await page.fill('#new-status', 'x'.repeat(250));
    await page.fill('#new-lead', 'Consultant nurse');
    await page.getByRole('button', { name: 'Add project' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain('Status must be 200 characters or fewer. It is 50 too long.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    expect(await page.locator('#new-status-error').textContent()).toContain('Status must be 200 characters or fewer');
    // Nothing typed is lost, and nothing was added.
    expect(await page.inputValue('#new-title')).toBe('Sepsis screening in the emergency department');
    expect(await page.inputValue('#new-lead')).toBe('Consultant nurse');
    expect(await page.inputValue('#new-status')).toHaveLength(250);
    expect(await projectCount(page)).toBe(0);
    await noViolations(page);
    // A status as long as real registers write them (more than 40 characters) is accepted.
    await page.fill('#new-status', 'On hold pending the outcome of the estates review');
    await page.getByRole('button', { name: 'Add project' }).click();
    await expect.poll(() => page.getByTestId('add-project-status').textContent()).toBe('Added “Sepsis screening in the emergency department”.');
    expect(await page.inputValue('#new-title')).toBe('');
    expect(await projectCount(page)).toBe(1);
    await page.close();
  });

  it('asks before removing a goal that projects serve, and before replacing a relation, and says what happened', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await importRegister(page);
    await page.getByLabel('Safer care (Falls prevention on Larch ward)').check();
    await page.getByRole('button', { name: 'Remove goal: Safer care' }).click();
    await expect.poll(() => focusedId(page)).toMatch(/^goal-confirm-/);
    expect(await page.getByTestId('confirm-remove-goal').textContent()).toContain('1 project is marked as serving it');
    await noViolations(page);
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect.poll(() => focusedId(page)).toMatch(/^goal-remove-/);
    expect(await page.getByLabel('Safer care (Falls prevention on Larch ward)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Remove goal: Safer care' }).click();
    await page.getByRole('button', { name: 'Yes, remove the goal' }).click();
    await expect.poll(() => page.getByTestId('goals-said').textContent()).toBe('Removed the goal “Safer care”. 1 project no longer serves it.');

    const pick = async () => {
      await page.getByLabel('First project').selectOption({ label: 'Falls prevention on Larch ward (Adult community services)' });
      await page.getByLabel('Second project').selectOption({ label: 'Carers passport on Hazel ward (Learning disability services)' });
    };
    await pick();
    await page.getByLabel('Conflict').check();
    await page.fill('#relation-note', 'Both need the same ward staff');
    await page.getByRole('button', { name: 'Mark relation' }).click();
    // Said in a live region that takes focus; the form is ready for the next pair.
    await expect.poll(() => page.getByTestId('relation-said').textContent()).toBe('Marked: Falls prevention on Larch ward and Carers passport on Hazel ward, conflict.');
    await expect.poll(() => focusedId(page)).toBe('relation-said');
    expect(await page.getByTestId('relation-said').getAttribute('role')).toBe('status');
    expect(await page.inputValue('#relation-a')).toBe('');
    await pick();
    await page.getByLabel('Interdependent').check();
    await page.getByRole('button', { name: 'Mark relation' }).click();
    await expect.poll(() => focusedId(page)).toBe('relation-replace');
    expect(await page.getByTestId('confirm-replace-relation').textContent()).toContain('already marked as conflict, with the note: “Both need the same ward staff”');
    await noViolations(page);
    await page.getByRole('button', { name: 'No, keep it' }).click();
    expect(await page.getByTestId('relations').textContent()).toContain('Both need the same ward staff');
    await page.getByRole('button', { name: 'Mark relation' }).click();
    await page.getByRole('button', { name: 'Yes, replace it' }).click();
    await expect.poll(() => page.getByTestId('relation-said').textContent()).toContain('Changed: Falls prevention on Larch ward and Carers passport on Hazel ward, interdependent.');
    expect(await page.getByTestId('relations').textContent()).toContain('Interdependent');
    await page.close();
  });

  it('undoes a confirmed or dismissed suggestion, and brings a dismissed pair back', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await importRegister(page);
    const first = page.getByTestId('suggestion').first();
    const pair = await first.locator('h3').textContent();
    await first.getByRole('button', { name: /^Not a duplicate/ }).click();
    await expect.poll(() => page.getByTestId('suggestion-status').textContent()).toContain('Dismissed');
    expect(await page.getByTestId('suggestion').count()).toBe(0);
    await page.getByTestId('undo-suggestion').click();
    await expect.poll(() => page.getByTestId('suggestion').first().locator('h3').textContent()).toBe(pair);
    await page.getByTestId('suggestion').first().getByRole('button', { name: /^Same or overlapping work/ }).click();
    await expect.poll(() => page.getByTestId('relations').count()).toBe(1);
    await page.getByTestId('undo-suggestion').click();
    await expect.poll(() => page.getByTestId('relations').count()).toBe(0);
    await page.getByTestId('suggestion').first().getByRole('button', { name: /^Not a duplicate/ }).click();
    await page.getByTestId('dismissed').locator('summary').click();
    await noViolations(page);
    await page.getByRole('button', { name: /^Bring back/ }).click();
    await expect.poll(() => page.getByTestId('suggestion').count()).toBe(1);
    expect(await page.getByTestId('dismissed').count()).toBe(0);
    await page.close();
  });

  it('focuses the question when clearing, and switches off Clear and Open for a review from a newer version', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await importRegister(page);
    await page.getByRole('button', { name: 'Clear this review' }).click();
    await expect.poll(() => focusedId(page)).toBe('clear-confirm');
    await noViolations(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => focusedId(page)).toBe('clear-open');

    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k)!);
      localStorage.setItem(k, JSON.stringify({ ...s, v: s.v + 1 }));
    }, KEY);
    await page.reload();
    await ready(page);
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByRole('button', { name: 'Clear this review' }).isDisabled()).toBe(true);
    expect(await page.locator('#review-open').isDisabled()).toBe(true);
    expect(await page.locator('#review-combine').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Download the review (JSON)' }).isDisabled()).toBe(false);
    await noViolations(page);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('says how a register file was read: Windows-1252, not a register at all, no title column, or our own CSV', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    // "Café résumé “audit”" as Excel on Windows saves CSV: Windows-1252 bytes, not UTF-8.
    await page.setInputFiles('#register-file', { name: 'old.csv', mimeType: 'text/csv', buffer: Buffer.from('Title\nCaf\xe9 r\xe9sum\xe9 \x93audit\x94\n', 'latin1') });
    await page.getByTestId('encoding-note').waitFor();
    expect(await page.locator('#preview-caption + thead + tbody').textContent()).toBe('Café résumé “audit”');
    await noViolations(page);

    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('register.csv is not a CSV or XLSX file');

    await page.fill('#register-paste', 'Date,Ward,Falls\n2025-01-01,Larch,3\n2025-02-01,Larch,1\n');
    await page.getByRole('button', { name: 'Read pasted rows' }).click();
    await expect.poll(() => page.getByTestId('no-title-note').textContent()).toContain('The columns in this file are: Date, Ward, Falls.');
    expect(await page.locator('#preview-caption + thead').textContent()).toBe('DateWardFalls');
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => focusedId(page)).toBe('map-title');
    expect(await page.getByTestId('map-error').textContent()).toContain('No column is chosen as the title');
    expect(await page.getByTestId('import-result').count()).toBe(0);
    await noViolations(page);

    const ours = '\uFEFF"Title","Aim","Team or directorate","Lead","Status","Start date","Measures","Tags","Goals served","Decision","Merge into","Reason","Relations"\r\n"\'Sepsis six\' bundle audit","","","","","","","","Safer care","Stop","","Done","Conflict: B"\r\n';
    await page.fill('#register-paste', ours);
    await page.getByRole('button', { name: 'Read pasted rows' }).click();
    await page.getByTestId('our-export-note').waitFor();
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => page.getByTestId('our-export-result').textContent()).toContain('only the review file (JSON) brings those back');
    // The title's own apostrophe is kept.
    expect(await page.locator('[data-project]').first().getAttribute('data-project')).toBe("'Sepsis six' bundle audit");
    await page.close();
  });

  it('refuses to merge into a stopped project, and says why', async () => {
    const { page } = await openPage(shared.current, PATH);
    await fresh(page);
    await importRegister(page);
    const decide = async (title: string) => page.locator(`[data-project="${title}"]`).getByRole('button', { name: /^Decide/ }).click();
    await decide('Carers passport on Hazel ward');
    await page.getByTestId('decision-form').getByLabel('Stop', { exact: true }).check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await decide('Fewer falls on Larch ward');
    await page.getByTestId('decision-form').getByLabel('Merge into another').check();
    await page.locator('[id$=-into]').selectOption({ label: 'Carers passport on Hazel ward (Learning disability services)' });
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => page.locator('[data-testid=decision-form] .nhsuk-error-message').textContent()).toContain('“Carers passport on Hazel ward” is being stopped');
    expect(await page.getByTestId('totals').textContent()).toBe('From 3 projects to 2 (1 stopped, 2 not yet decided).');
    await page.close();
  });
});

/**
 * The portfolio review tool when things go against the person: storage that
 * refuses a write (full), files from other directorates that disagree with
 * this review, and more related projects than a grid can show.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, url, useContext } from './support';
import { ready, noViolations, fresh } from './portfolio-review-support';

const PATH = '/tools/portfolio-review/';
const KEY = 'qi-hub:portfolio:current';
// Invented projects, as in portfolio-review.test.ts.
const REGISTER = ['Project title,Directorate', 'Falls prevention on Larch ward,Adult community services', 'Carers passport on Hazel ward,Learning disability services', 'Safer handovers in the Wren team,Forensic services'].join('\n');

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
const project = (page: Page, title: string) => page.locator(`[data-project="${title}"]`);

async function importRegister(page: Page, register = REGISTER) {
  await page.fill('#register-paste', register);
  await page.getByRole('button', { name: 'Read pasted rows' }).click();
  await page.getByRole('button', { name: 'Import these projects' }).click();
  await page.getByTestId('import-result').waitFor();
}

/** Nothing wider than a 320 px phone. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const reviewFile = (review: object) => ({ name: 'south.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'qi-hub-portfolio-review', version: 1, review })) });

describe('portfolio review when things go wrong', () => {
  const shared = useContext();

  it('says "Not saved" when storage is full, loses nothing on screen, and saves once storage works again', async () => {
    const page = await shared.current.newPage();
    // Storage that refuses every write of QI Hub's keys while the page's flag is up, as a full browser store does.
    await page.addInitScript(() => {
      const w = window as unknown as { storageFull: boolean };
      w.storageFull = true;
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (w.storageFull && key.startsWith('qi-hub:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await page.goto(url(PATH));
    await ready(page);
    await page.evaluate(() => localStorage.clear());
    await importRegister(page);
    await expect.poll(() => page.getByTestId('fault').first().textContent()).toContain('This browser’s storage is full');
    expect(await page.getByTestId('save-status').textContent()).toMatch(/^Not saved/);
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await project(page, 'Carers passport on Hazel ward').getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Stop').check();
    await page.getByLabel('Reason').fill('Done elsewhere');
    await page.getByRole('button', { name: 'Save decision' }).click();
    // Everything is still on the page, nothing was written, and the page never says Saved.
    await expect.poll(() => page.getByTestId('totals').textContent()).toContain('From 3 projects to 2');
    expect(await page.getByTestId('goals').textContent()).toContain('Safer care');
    expect(await page.getByTestId('save-status').textContent()).toMatch(/^Not saved/);
    expect(await page.getByTestId('fault').first().textContent()).toContain('still on this page');
    expect(await stored(page)).toBeNull();
    await noViolations(page);

    // Still full: trying again says so again.
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('save-status');
    expect(await page.getByTestId('fault').count()).toBe(1);
    expect(await stored(page)).toBeNull();

    // Room again: one click saves everything that was on the page.
    await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser/);
    expect(await page.getByTestId('fault').count()).toBe(0);
    const doc = (await stored(page)).doc;
    expect(doc.projects).toHaveLength(3);
    expect(doc.goals.map((g: { title: string }) => g.title)).toEqual(['Safer care']);
    expect(Object.values(doc.decisions)).toEqual([{ kind: 'stop', reason: 'Done elsewhere' }]);
    await page.reload();
    await ready(page);
    expect(await page.getByTestId('totals').textContent()).toContain('From 3 projects to 2');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('shows a second directorate’s different decision as a clash to choose, and loses neither', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await fresh(page);
    await importRegister(page);
    await project(page, 'Carers passport on Hazel ward').getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Keep').check();
    await page.getByLabel('Reason').fill('North keeps it');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(async () => Object.values((await stored(page))?.doc.decisions ?? {}).length).toBe(1);
    const here = (await stored(page)).doc;
    const carers = here.projects.find((p: { title: string }) => p.title === 'Carers passport on Hazel ward').id;
    const falls = here.projects.find((p: { title: string }) => p.title === 'Falls prevention on Larch ward').id;
    // The same projects, exported by another directorate that decided differently.
    const south = { ...here, decisions: { [carers]: { kind: 'stop', reason: 'South stops it' } }, relations: [] };
    await page.setInputFiles('#review-combine', reviewFile(south));
    const clashes = page.getByTestId('combine-clashes');
    await clashes.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Choose what to keep: 1 clash');
    expect(await clashes.textContent()).toContain('Keep this review’s: Keep (reason: North keeps it)');
    expect(await clashes.textContent()).toContain('Use south.json’s: Stop (reason: South stops it)');
    // Nothing changes until the person chooses.
    expect(Object.values((await stored(page)).doc.decisions)).toEqual([{ kind: 'keep', reason: 'North keeps it' }]);
    await noViolations(page);
    await fitsPhone(page);
    await page.getByLabel('Use south.json’s: Stop (reason: South stops it)').check();
    await page.getByRole('button', { name: 'Add the files with these choices' }).click();
    await expect.poll(() => page.getByTestId('file-message').textContent()).toContain('you used the file’s version for 1 and kept this review’s for 0');
    expect((await stored(page)).doc.decisions[carers]).toEqual({ kind: 'stop', reason: 'South stops it' });

    // A relation the other way round: keep this review's, by keyboard only.
    await page.getByLabel('First project').selectOption({ label: 'Falls prevention on Larch ward (Adult community services)' });
    await page.getByLabel('Second project').selectOption({ label: 'Carers passport on Hazel ward (Learning disability services)' });
    await page.getByLabel('Conflict').check();
    await page.getByRole('button', { name: 'Mark relation' }).click();
    await expect.poll(async () => (await stored(page)).doc.relations.length).toBe(1);
    const [a, b] = [falls, carers].sort();
    const again = { ...(await stored(page)).doc, relations: [{ a, b, kind: 'reinforcing', note: 'Shared carers' }] };
    await page.setInputFiles('#review-combine', reviewFile(again));
    await clashes.waitFor();
    expect(await clashes.textContent()).toContain('Use south.json’s: Mutually reinforcing (note: Shared carers)');
    // Focus moves to the question once it is drawn; Tab from there, not from wherever focus was before.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Choose what to keep: 1 clash');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('clash-0-here');
    await page.getByRole('button', { name: 'Add the files with these choices' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('file-message').textContent()).toContain('kept this review’s for 1');
    expect((await stored(page)).doc.relations).toEqual([{ a, b, kind: 'conflict', note: '' }]);
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('lists relations by project, a page at a time, when too many projects are related for a grid', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await fresh(page);
    // 60 invented projects in a chain: each relates to the next.
    const rows = ['Project title', ...Array.from({ length: 60 }, (_, i) => `Invented project ${i + 1}`)];
    await importRegister(page, rows.join('\n'));
    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k)!);
      const ids = s.doc.projects.map((p: { id: string }) => p.id);
      s.doc.relations = ids.slice(1).map((id: string, i: number) => {
        const [a, b] = [ids[i], id].sort();
        return { a, b, kind: 'interdependent', note: '' };
      });
      localStorage.setItem(k, JSON.stringify(s));
    }, KEY);
    await page.reload();
    await ready(page);
    const list = page.getByTestId('relations-by-project');
    await list.waitFor();
    expect(await page.getByTestId('relation-matrix').count()).toBe(0);
    expect(await list.locator('caption').textContent()).toBe('Relations by project: projects 1 to 20 of 60');
    expect(await list.locator('tbody tr').first().textContent()).toBe('Invented project 1Interdependent: Invented project 2');
    expect(await list.locator('tbody tr').nth(1).locator('li').allTextContents()).toEqual(['Interdependent: Invented project 1', 'Interdependent: Invented project 3']);
    await noViolations(page);
    await list.getByRole('button', { name: 'Next projects' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Relations by project: projects 21 to 40 of 60');
    await list.getByRole('button', { name: 'Next projects' }).click();
    await expect.poll(() => list.locator('caption').textContent()).toBe('Relations by project: projects 41 to 60 of 60');
    expect(await list.getByRole('button', { name: 'Next projects' }).isDisabled()).toBe(true);
    expect(await list.locator('tbody tr').last().textContent()).toBe('Invented project 60Interdependent: Invented project 59');
    await noViolations(page);
    await fitsPhone(page);
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

/**
 * Answers are never lost and never stuck, retested as a hostile tester did on
 * the built site: undo after an import dated a few minutes ahead, a damaged
 * record too big to copy aside, Clear everything in another tab, the keyboard
 * in every question, the team view without JavaScript, and stored answers
 * with bad ids or values no longer on the scale.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxe, openPage, url } from './support';
import { useBrowser } from '../support';
import { answerReadiness, checkedValues, portability, qiHubKeys, READINESS, READINESS_KEY, ready, saveDownload } from './assessment-page';

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim().slice(0, 60)}`);

const chromium = useBrowser();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qi-answers-retested-'));
});

const fresh = (): Promise<BrowserContext> => chromium.current.newContext({ acceptDownloads: true });

/** Stores `raw` under the key, then opens the page again. */
async function withStored(page: Page, raw: string, key = READINESS_KEY, at = READINESS) {
  await page.goto(url(at));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
  await page.reload();
  await ready(page);
}

type ExportFile = {
  instruments: { id: string; title: string; items: string[]; record: { v: 1; instrument: string; updatedAt: string; answers: Record<string, { value?: number; at: string }>; snapshots: unknown[] } }[];
};

/** Downloads this browser's answers (all assessments) as JSON, lets `change` edit them, and saves the file as `name`. */
async function editedExport(page: Page, name: string, change: (file: ExportFile) => void) {
  const section = await portability(page);
  const mine = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), dir, `${name}-mine.json`);
  const file = JSON.parse(await readFile(mine, 'utf8')) as ExportFile;
  change(file);
  const edited = path.join(dir, name);
  await writeFile(edited, JSON.stringify(file));
  return edited;
}

async function checkFile(page: Page, file: string) {
  const section = await portability(page);
  await section.locator('input[type=file]').setInputFiles(file);
  await section.getByRole('button', { name: 'Check the file' }).click();
  await page.getByTestId('import-preview').waitFor();
  // The question moves focus to its heading just after it is drawn; keys pressed before then go nowhere.
  await poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="import-preview"]'))).toBe(true);
}

const undoLink = (page: Page) => page.getByTestId('portability').getByRole('button', { name: 'Undo the last import' });

describe('import, undo and the keyboard', () => {
  it('undo after an import dated a few minutes ahead reports no change the person did not make; Escape cancels and focus lands somewhere sensible', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [4, 4]);
    // Made on a computer whose clock was 3 minutes ahead: within the allowance.
    const ahead = new Date(Date.now() + 3 * 60_000).toISOString();
    const file = await editedExport(page, 'ahead.json', (f) => {
      const record = f.instruments[0]!.record;
      for (const a of Object.values(record.answers)) a.at = ahead;
      record.updatedAt = ahead;
    });
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);

    // Escape on the import question cancels it; focus goes back to "Check the file".
    await checkFile(page, file);
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('import-preview').count()).toBe(0);
    await poll(() => focused(page)).toBe('BUTTON Check the file');
    await checkFile(page, file);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import these answers' }).click();
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported/);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('portability-status');
    expect((await checkedValues(page)).slice(0, 2)).toEqual([4, 4]);

    await undoLink(page).click();
    const question = page.getByTestId('undo-confirm');
    await poll(() => question.textContent()).toMatch(/2 answers are removed/);
    expect(await question.textContent()).not.toMatch(/changed these after the import|will lose/);
    expect(await page.getByRole('button', { name: 'Yes, undo the import' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => question.count()).toBe(0);
    await poll(() => focused(page)).toBe('BUTTON Undo the last import');

    await undoLink(page).click();
    await page.getByRole('button', { name: 'Yes, undo the import' }).click();
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/back as they were/);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('portability-status');
    expect((await checkedValues(page)).slice(0, 2)).toEqual([null, null]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a damaged record too big to copy aside', () => {
  it('is named as what stops saving, with download and discard, and the status never says saved', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await withStored(page, 'x'.repeat(3_000_000));
    const card = page.locator('[data-damaged="in-place"]');
    await card.waitFor();
    expect(await page.getByTestId('save-status').textContent()).toMatch(/^Not saved: a damaged record/);
    await page.check('#q-open-to-new-initiatives-4');
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Not saved: a damaged record/);
    expect(await page.locator('[data-fault="full"]').count()).toBe(0);
    expect(await page.getByTestId('save-status').textContent()).not.toMatch(/Saved in this browser|saved in this browser as you/);
    expect(await card.getByRole('button', { name: 'Download the damaged record' }).count()).toBe(1);
    await expectNoAxe(page);

    // Escape cancels the question and focus goes back to the button that asked it.
    await card.getByRole('button', { name: 'Discard it and start again' }).click();
    await poll(() => focused(page)).toMatch(/^P Discard the damaged record\?/);
    await page.keyboard.press('Escape');
    await poll(() => focused(page)).toBe('BUTTON Discard it and start again');
    await card.getByRole('button', { name: 'Discard it and start again' }).click();
    await card.getByRole('button', { name: 'Yes, discard it' }).click();
    await poll(() => page.locator('[data-damaged]').count()).toBe(0);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('save-status');
    // What the page showed is saved now.
    await poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser/);
    await page.reload();
    await ready(page);
    expect((await checkedValues(page))[0]).toBe(4);
    await context.close();
  });
});

describe('Clear everything in another tab', () => {
  it('leaves this tab showing its answers, says they were removed, and "save again" saves exactly those', async () => {
    const context = await fresh();
    const { page: b } = await openPage(context, READINESS);
    await ready(b);
    await answerReadiness(b, [3, 2]);
    const { page: a } = await openPage(context, READINESS);
    await ready(a);
    await a.getByTestId('results-area').scrollIntoViewIfNeeded();
    await a.getByRole('button', { name: 'Clear everything' }).click();
    await a.getByRole('button', { name: 'Yes, clear everything' }).click();
    await poll(() => qiHubKeys(a)).toEqual([]);

    const card = b.locator('[data-fault="cleared"]');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/removed from this browser/);
    expect((await checkedValues(b)).slice(0, 2)).toEqual([3, 2]);
    await card.getByRole('button', { name: 'Save them in this browser again' }).click();
    await poll(() => b.getByTestId('save-status').textContent()).toMatch(/^Saved in this browser/);
    // Tab A, which still holds its "cleared" state, must not wipe what tab B saved.
    const stored = async () => {
      const raw = await b.evaluate((k) => localStorage.getItem(k), READINESS_KEY);
      const answers = raw ? (JSON.parse(raw) as { answers: Record<string, { value?: number }> }).answers : {};
      return [answers['open-to-new-initiatives']?.value, answers['generate-new-ideas']?.value];
    };
    await poll(stored).toEqual([3, 2]);
    await poll(() => checkedValues(a).then((v) => v.slice(0, 2))).toEqual([3, 2]);
    expect((await checkedValues(b)).slice(0, 2)).toEqual([3, 2]);
    expect(await stored()).toEqual([3, 2]);
    await b.reload();
    await ready(b);
    expect((await checkedValues(b)).slice(0, 2)).toEqual([3, 2]);
    await context.close();
  });
});

describe('stored answers that break a rule', () => {
  it('an id of __proto__ or in upper case costs only that answer: the rest is kept, the original set aside, and the page says which', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    const at = '2026-01-05T10:00:00.000Z';
    const raw = `{"v":1,"instrument":"readiness-to-innovate","updatedAt":"${at}","answers":{"__proto__":{"value":2,"at":"${at}"},"Open-To-New-Initiatives":{"value":1,"at":"${at}"},"open-to-new-initiatives":{"value":4,"at":"${at}"},"generate-new-ideas":{"value":3,"at":"${at}"}},"snapshots":[]}`;
    await withStored(page, raw);
    expect((await checkedValues(page)).slice(0, 2)).toEqual([4, 3]);
    const card = page.locator('[data-fault="partly-kept"]');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/“__proto__”/);
    expect(await card.textContent()).toMatch(/“Open-To-New-Initiatives”/);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:kept-aside:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual([raw]);
    await expectNoAxe(page);
    await page.reload();
    await ready(page);
    expect((await checkedValues(page)).slice(0, 2)).toEqual([4, 3]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a full backup holding a value no longer on the scale imports everything else and lists what it skipped', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [5, 5]);
    const at = new Date(Date.now() - 60_000).toISOString();
    const file = await editedExport(page, 'old-scale.json', (f) => {
      // An assessment answered before its scale became easy (3) or hard (1): 2 is no longer on it.
      f.instruments.push({
        id: 'system-appraisal',
        title: 'System appraisal',
        items: ['goals-for-improvement', 'improvement-teams'],
        record: { v: 1, instrument: 'system-appraisal', updatedAt: at, answers: { 'goals-for-improvement': { value: 2, at }, 'improvement-teams': { value: 3, at } }, snapshots: [] },
      });
      for (const a of Object.values(f.instruments[0]!.record.answers)) a.value = 1;
    });
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await checkFile(page, file);
    const preview = page.getByTestId('import-preview');
    expect(await preview.textContent()).toMatch(/one answer is not on this assessment’s answer scale now.*question 1 \(2\)/);
    await preview.getByRole('button', { name: 'Import these answers' }).click();
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported: .*System/);
    expect((await checkedValues(page)).slice(0, 2)).toEqual([1, 1]);
    await page.goto(url('/assessments/system-appraisal/'));
    await ready(page);
    expect(await page.locator('input[name="improvement-teams"]:checked').getAttribute('value')).toBe('3');
    expect(await page.locator('input[name="goals-for-improvement"]:checked').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the team view without JavaScript', () => {
  it('shows no control that needs JavaScript, and says what it needs; with JavaScript the controls appear', async () => {
    const off = await chromium.current.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(url('/assessments/team/'));
    const view = page.getByTestId('team-view');
    expect(await view.locator('button, input, textarea, select').count()).toBe(0);
    expect(await view.textContent()).toMatch(/needs JavaScript/);
    await off.close();

    const on = await fresh();
    const live = await on.newPage();
    await live.goto(url('/assessments/team/'));
    await live.getByRole('button', { name: 'Add links' }).waitFor();
    expect(await live.getByTestId('team-view').textContent()).not.toMatch(/needs JavaScript/);
    await on.close();
  });
});

describe('the start-again and clear questions, by keyboard', () => {
  it('Escape cancels each question and focus goes back to its button; after clearing, focus is on what happened', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(url(READINESS));
    await ready(page);
    await answerReadiness(page, [4, 3]);
    for (const name of ['Start again', 'Clear this checklist', 'Clear everything']) {
      await page.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
      await poll(() => focused(page)).toMatch(/^H3 /);
      await page.keyboard.press('Escape');
      await poll(() => page.getByTestId('confirm').count()).toBe(0);
      await poll(() => focused(page)).toBe(`BUTTON ${name}`);
    }
    expect((await checkedValues(page)).slice(0, 2)).toEqual([4, 3]);
    await page.getByRole('button', { name: 'Clear this checklist', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, clear this checklist' }).click();
    await poll(() => focused(page)).toBe('P Your answers were cleared from this browser.');
    await expectNoAxe(page);
    await context.close();
  });
});

describe('tabbing down an answered assessment', () => {
  it('reaches the keep, share or move controls straight after the clear buttons, without scrolling to them first', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url(READINESS));
    await ready(page);
    await answerReadiness(page, [4]);
    await page.getByRole('button', { name: 'Clear everything', exact: true }).focus();
    await page.keyboard.press('Tab');
    await poll(() => page.evaluate(() => !!document.activeElement?.closest('#app-portability'))).toBe(true);
    await context.close();
  });
});

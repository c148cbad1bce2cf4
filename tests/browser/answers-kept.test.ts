/**
 * Answers are never lost and never stuck, tried as a careless or unlucky
 * person would: a clock that ran fast, files and links dated in the future, a
 * double click on import, Clear everything, a damaged record, Undo after more
 * answers, JavaScript off, and two tabs editing one note.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxe, openPage, url } from './support';
import { useBrowser } from '../support';
import { answerReadiness, checkedValues, portability, qiHubKeys, READINESS, READINESS_ITEMS, READINESS_KEY, ready, saveDownload } from './assessment-page';
import { decodeBase64url, encodeBase64url } from '../../src/site/lib/base64url';
import { crc32Hex } from '../../src/site/lib/checksum';

const HOUR = 3_600_000;
/** Waits for the page, however busy the machine: tests must not depend on speed. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const PORTFOLIO = '/assessments/portfolio-review/';
const PORTFOLIO_KEY = 'qi-hub:answers:portfolio-review';
/** A note box on the portfolio review (Readiness to innovate has no notes). */
const NOTE = '#note-projects-appropriate';
const NONE = READINESS_ITEMS.map(() => null);

const chromium = useBrowser();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qi-answers-kept-'));
});

const fresh = (): Promise<BrowserContext> => chromium.current.newContext({ acceptDownloads: true });

/** On a 320 px wide screen the page does not scroll sideways. */
async function expectFitsPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  // The NHS.UK header folds its menu after the resize event: wait for the page to settle.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (size) await page.setViewportSize(size);
}

/** Opens the page, stores `raw` under the instrument's key, and opens it again. */
async function withStored(page: Page, raw: string | { repeat: number }, key = READINESS_KEY, at = READINESS) {
  await page.goto(url(at));
  await page.evaluate(
    ([k, value]) => localStorage.setItem(k as string, typeof value === 'string' ? value : 'x'.repeat((value as { repeat: number }).repeat)),
    [key, raw] as const,
  );
  await page.reload();
  await ready(page);
}

/** A record of the instrument with `values` answered at `at`. */
function record(values: Record<string, number>, at: string, instrument = 'readiness-to-innovate') {
  const answers = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, at }]));
  return JSON.stringify({ v: 1, instrument, updatedAt: at, answers, snapshots: [] });
}

/** Downloads this page's answers as JSON, sets every current answer to `value`, and saves the file as `name`. */
async function changedExport(page: Page, name: string, value: number, change?: (file: { instruments: { record: { answers: Record<string, { value: number; at: string }>; updatedAt: string } }[] }) => void) {
  const section = await portability(page);
  const mine = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), dir, `${name}-mine.json`);
  const file = JSON.parse(await readFile(mine, 'utf8'));
  for (const a of Object.values(file.instruments[0].record.answers) as { value: number }[]) a.value = value;
  change?.(file);
  const theirs = path.join(dir, name);
  await writeFile(theirs, JSON.stringify(file));
  return theirs;
}

async function checkFile(page: Page, file: string) {
  const section = await portability(page);
  await section.locator('input[type=file]').setInputFiles(file);
  await section.getByRole('button', { name: 'Check the file' }).click();
}

async function importFile(page: Page, file: string) {
  await checkFile(page, file);
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import these answers' }).click();
  await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported/);
}

const undoLink = (page: Page) => page.getByTestId('portability').getByRole('button', { name: 'Undo the last import' });

/** Scrolls the results island into view and waits for its buttons. */
async function results(page: Page) {
  await page.getByTestId('results-area').scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Clear everything' }).waitFor();
}

describe('answers dated in the future', () => {
  it('do not freeze the form: a new answer wins, the saved time is now, and clearing clears', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    // Answered while the computer's clock was two hours fast; the clock is right now.
    const future = new Date(Date.now() + 2 * HOUR).toISOString();
    await withStored(page, record({ 'open-to-new-initiatives': 2, 'generate-new-ideas': 3 }, future));
    expect((await checkedValues(page)).slice(0, 2)).toEqual([2, 3]);

    await answerReadiness(page, [4]);
    const shown = (await page.getByTestId('save-status').textContent())!.match(/at (\d\d):(\d\d)/)!;
    const minutes = Number(shown[1]) * 60 + Number(shown[2]);
    const nowMinutes = await page.evaluate(() => new Date().getHours() * 60 + new Date().getMinutes());
    expect(Math.abs(((nowMinutes - minutes + 1440 + 720) % 1440) - 720), 'saved time shown').toBeLessThanOrEqual(2);
    await page.reload();
    await ready(page);
    expect((await checkedValues(page)).slice(0, 2)).toEqual([4, 3]);

    await results(page);
    await page.getByRole('button', { name: 'Clear this checklist' }).click();
    await page.getByRole('button', { name: 'Yes, clear this checklist' }).click();
    await poll(() => checkedValues(page)).toEqual(NONE);
    await page.reload();
    await ready(page);
    expect(await checkedValues(page)).toEqual(NONE);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are refused in import files and share links, before anything is written', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [3, 3]);
    const before = await page.evaluate((k) => localStorage.getItem(k), READINESS_KEY);

    const file = await changedExport(page, 'future.json', 5, (f) => {
      const rec = f.instruments[0]!.record;
      for (const a of Object.values(rec.answers)) a.at = '9999-12-31T23:00:00.000Z';
      rec.updatedAt = '9999-12-31T23:00:00.000Z';
    });
    await checkFile(page, file);
    await poll(() => page.getByTestId('error-summary').textContent()).toMatch(/later than now/);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), READINESS_KEY)).toBe(before);

    // A share link made from these answers, altered to say they were given in 9999.
    const section = await portability(page);
    await section.getByRole('button', { name: 'Create a share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    const [payload] = link.split('#r=1.')[1]!.split('.') as [string, string];
    const data = JSON.parse(decodeBase64url(payload)!);
    data[2] = Math.floor(Date.parse('9999-06-01T00:00:00Z') / 1000).toString(36);
    const body = `1.${encodeBase64url(JSON.stringify(data))}`;
    await page.goto(`${link.split('#')[0]}#r=${body}.${crc32Hex(body)}`);
    await page.getByTestId('shared-problem').waitFor();
    expect(await page.getByTestId('shared-problem').textContent()).toMatch(/later than now/);
    expect(await page.getByRole('button', { name: 'Save these results in this browser' }).count()).toBe(0);
    await context.close();
  });
});

describe('a double click on "Import these answers"', () => {
  it('imports once and keeps the backup of the answers from before the import', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [5, 5, 5]);
    const file = await changedExport(page, 'double.json', 1);
    await checkFile(page, file);
    const button = page.getByTestId('import-preview').getByRole('button', { name: 'Import these answers' });
    // Two clicks in one go, faster than any page can redraw in between.
    await button.evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported/);
    expect((await checkedValues(page)).slice(0, 3)).toEqual([1, 1, 1]);
    const backup = JSON.parse((await page.evaluate(() => localStorage.getItem('qi-hub:backup:before-import')))!);
    const kept = backup.instruments[0].record.answers as Record<string, { value: number }>;
    expect(READINESS_ITEMS.slice(0, 3).map((id) => kept[id]!.value)).toEqual([5, 5, 5]);

    await undoLink(page).click();
    await page.getByRole('button', { name: 'Yes, undo the import' }).click();
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/back as they were/);
    expect((await checkedValues(page)).slice(0, 3)).toEqual([5, 5, 5]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Clear everything', () => {
  it('removes every key QI Hub wrote, and Undo is no longer offered', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, '/assessments/qi-approach/');
    // A damaged record elsewhere, which the page keeps aside.
    await withStored(page, '{"v":1,"answers":', 'qi-hub:answers:qi-approach', '/assessments/qi-approach/');
    await page.goto(url(READINESS));
    await ready(page);
    await answerReadiness(page, [2, 3]);
    await importFile(page, await changedExport(page, 'clear.json', 4));
    await page.goto(url(PORTFOLIO));
    await ready(page);
    await page.fill(NOTE, 'A private note');
    await page.locator(NOTE).blur();
    await poll(() => qiHubKeys(page)).toEqual(expect.arrayContaining(['qi-hub:backup:before-import', READINESS_KEY, PORTFOLIO_KEY]));
    await page.goto(url(READINESS));
    await ready(page);
    await portability(page);
    expect((await qiHubKeys(page)).some((k) => k.startsWith('qi-hub:kept-aside:qi-approach'))).toBe(true);
    await undoLink(page).waitFor();

    await results(page);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await expectNoAxe(page);
    await expectFitsPhone(page);
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await poll(() => page.getByTestId('results-area').textContent()).toMatch(/Everything QI Hub kept in this browser was cleared/);
    expect(await qiHubKeys(page)).toEqual([]);
    await poll(() => undoLink(page).count()).toBe(0);
    expect(await checkedValues(page)).toEqual(NONE);

    await page.reload();
    await ready(page);
    await portability(page);
    expect(await undoLink(page).count()).toBe(0);
    expect(await checkedValues(page)).toEqual(NONE);
    await page.goto(url(PORTFOLIO));
    await ready(page);
    expect(await page.inputValue(NOTE)).toBe('');
    expect(await qiHubKeys(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a damaged record', () => {
  const cases: [string, string | { repeat: number }][] = [
    ['a record with a high version number and nothing else of ours', '{"v":2,"data":[1,2,3]}'],
    ['3 MB of text', { repeat: 3_000_000 }],
  ];
  for (const [name, raw] of cases) {
    it(`(${name}) does not lock the checklist: it can be downloaded or discarded, after a question`, async () => {
      const context = await fresh();
      const { page } = await openPage(context, READINESS);
      await withStored(page, raw);
      expect(await page.locator('#assessment-form fieldset:disabled').count()).toBe(0);
      expect(await page.getByTestId('save-status').textContent()).not.toMatch(/newer version/);
      const card = page.locator('[data-damaged]');
      expect(await card.textContent()).not.toMatch(/newer version/);
      await expectNoAxe(page);

      const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download the damaged record' }).click()]);
      const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
      expect(text).toBe(typeof raw === 'string' ? raw : 'x'.repeat(raw.repeat));

      await card.getByRole('button', { name: 'Discard it and start again' }).click();
      await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Discard the damaged record\?/);
      await expectNoAxe(page);
      await expectFitsPhone(page);
      await card.getByRole('button', { name: 'Yes, discard it' }).click();
      await poll(() => page.locator('[data-damaged]').count()).toBe(0);
      expect(await qiHubKeys(page)).toEqual([]);

      await answerReadiness(page, [4]);
      await page.reload();
      await ready(page);
      expect((await checkedValues(page))[0]).toBe(4);
      await context.close();
    });
  }

  it('Cancel on the question keeps the damaged record', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await withStored(page, '{"v":2,"data":[1,2,3]}');
    const card = page.locator('[data-damaged]');
    await card.getByRole('button', { name: 'Discard it and start again' }).click();
    await card.getByRole('button', { name: 'Cancel' }).click();
    expect(await card.getByRole('button', { name: 'Download the damaged record' }).count()).toBe(1);
    expect((await qiHubKeys(page)).length).toBe(1);
    await context.close();
  });
});

describe('Undo the last import after more answers', () => {
  it('says what it will change and lose, asks, and stops being offered once done', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [5, 5, 5]);
    await importFile(page, await changedExport(page, 'later.json', 1));
    // Two more answers after the import: statements 4 and 5.
    await answerReadiness(page, [2, 2], 3);

    await undoLink(page).click();
    const question = page.getByTestId('undo-confirm');
    await poll(() => question.textContent()).toMatch(/3 answers go back to what they were before the import, 2 answers are removed/);
    expect(await question.textContent()).toMatch(/will lose them: your answers to questions 4 and 5/);
    await expectNoAxe(page);
    await expectFitsPhone(page);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect((await checkedValues(page)).slice(0, 5)).toEqual([1, 1, 1, 2, 2]);

    await undoLink(page).click();
    await page.getByRole('button', { name: 'Yes, undo and lose those changes' }).click();
    await poll(() => page.getByTestId('portability-status').textContent()).toMatch(/back as they were/);
    expect(await checkedValues(page)).toEqual([5, 5, 5, null, null, null, null, null]);
    expect(await undoLink(page).count()).toBe(0);
    await page.reload();
    await ready(page);
    expect(await checkedValues(page)).toEqual([5, 5, 5, null, null, null, null, null]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('clearing when the browser stops letting QI Hub change its storage', () => {
  it('does not claim the answers were cleared from the browser', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [3, 4]);
    // Storage worked when the answers were saved; now every change is refused.
    await page.evaluate(() => {
      const refuse = () => {
        throw new DOMException('Blocked', 'SecurityError');
      };
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    await results(page);
    await page.getByRole('button', { name: 'Clear this checklist' }).click();
    await page.getByRole('button', { name: 'Yes, clear this checklist' }).click();
    const said = page.getByText(/cleared from this page/);
    await said.waitFor();
    expect(await said.textContent()).toMatch(/did not let QI Hub change what it stored, so answers saved earlier may come back when you reload/);
    expect(await page.getByText('Your answers were cleared from this browser.').count()).toBe(0);
    await context.close();
  });
});

describe('smaller faults', () => {
  it('with JavaScript off, the status tells the truth and no control that needs JavaScript shows', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(READINESS));
    expect(await page.getByTestId('save-status').textContent()).toMatch(/^Not saved yet: your answers are saved in this browser once this page has finished loading, which needs JavaScript\./);
    expect(await page.locator('main button:visible, main input[type=file]:visible').count()).toBe(0);
    expect(await page.getByTestId('portability').textContent()).toMatch(/need JavaScript/);
    await context.close();
    // With it on, the controls are there and the status says answers are saved.
    const on = await fresh();
    const { page: live } = await openPage(on, READINESS);
    await ready(live);
    expect(await live.getByTestId('save-status').textContent()).toBe('Your answers are saved in this browser as you choose them.');
    const section = await portability(live);
    // The island shows its controls in the render after hydration: wait for them rather than count at once.
    await expect.poll(() => section.locator('button:visible').count()).toBeGreaterThanOrEqual(7);
    expect(await section.locator('input[type=file]').isVisible()).toBe(true);
    await on.close();
  });

  it('two tabs editing one note: the tab that was overwritten shows the saved text and says so', async () => {
    const context = await fresh();
    const { page: first } = await openPage(context, PORTFOLIO);
    await ready(first);
    const second = await context.newPage();
    await second.goto(url(PORTFOLIO));
    await ready(second);
    const note = NOTE;
    // The tab in front runs its timers at full speed (a note saves a moment after typing stops).
    await first.bringToFront();
    await first.fill(note, 'Written in the first tab');
    await poll(() => first.evaluate((k) => localStorage.getItem(k) ?? '', PORTFOLIO_KEY)).toContain('first tab');
    await second.bringToFront();
    await second.fill(note, 'Written in the second tab');
    await second.locator(note).blur();
    await poll(() => first.evaluate((k) => localStorage.getItem(k) ?? '', PORTFOLIO_KEY)).toContain('second tab');
    // The first tab still has the note focused.
    expect(await first.evaluate(() => document.activeElement?.id)).toBe('note-projects-appropriate');
    await poll(() => first.inputValue(note)).toBe('Written in the second tab');
    expect(await first.locator('[data-note-changed]').textContent()).toMatch(/changed in another tab/);
    await context.close();
  });

  it('team view: a pasted line with spaces in it is one bad link, not several', async () => {
    const context = await fresh();
    const { page } = await openPage(context, '/assessments/team/');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.getByLabel('Paste share links').fill('Sam’s results https://example.org/#r=1.broken.00000000 thanks');
    await page.getByRole('button', { name: 'Add links' }).click();
    await poll(() => page.getByTestId('error-summary').textContent()).toMatch(/Link 1:/);
    expect(await page.getByTestId('error-summary').textContent()).not.toMatch(/Link 2:/);
    await context.close();
  });
});

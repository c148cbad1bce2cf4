/**
 * Export, import, share links and the team view on the built site: the round
 * trip (Welsh letters, emoji and line breaks in notes), share links opened,
 * saved and tampered with, three people in the team view, bad import files
 * refused with nothing lost, and axe on each new view.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, describeViolations, expectNoAxe, openPage, url } from './support';
import { useBrowser } from '../support';
import { readPayload, writePayload } from '../../src/site/lib/fragment-payload';
import { toWindows1252 } from '../fixtures/windows-1252';

const PORTFOLIO = '/assessments/portfolio-review/';
const READINESS = '/assessments/readiness-to-innovate/';
/** A note with letters Windows-1252 has and ASCII does not. */
const NOTE_1252 = 'Café on the ward: “£5 a week” – fine';
const NOTE = 'Mae’r tîm yn gweithio’n dda: ŵ ŷ 🎉\nAil linell\n\n=SUM(A1) and "quotes", commas';

const chromium = useBrowser();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qi-portability-'));
});

async function fresh(): Promise<BrowserContext> {
  return chromium.current.newContext({ acceptDownloads: true });
}

/** Waits until the assessment page's own islands are live, so answers are saved. */
async function ready(page: Page) {
  await page.waitForFunction(() => {
    if (document.querySelector('#assessment-form[data-loaded="true"]')) return true;
    const island = document.querySelector('astro-island[component-url*="AssessmentStatus"]');
    return !!island && !island.hasAttribute('ssr');
  });
}

/** Brings the portability island into view (it hydrates when visible) and waits for it. */
async function portability(page: Page) {
  const section = page.getByTestId('portability');
  await section.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('astro-island[component-url*="Portability"]');
    return island && !island.hasAttribute('ssr');
  });
  return section;
}

async function saveDownload(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

async function answerReadiness(page: Page, values: number[]) {
  const ids = await page.locator('#assessment-form [data-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item!));
  for (let i = 0; i < values.length; i++) await page.check(`#q-${ids[i]}-${values[i]}`);
  await page.waitForFunction(() => /Saved in this browser/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
}

describe('export, clear and import', () => {
  it('gives back exactly what was there, Welsh letters, emoji and line breaks in notes included', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, PORTFOLIO);
    await ready(page);
    await page.check('#q-projects-appropriate-3');
    await page.check('#q-overlap-or-duplication-1');
    await page.fill('#note-projects-appropriate', NOTE);
    await page.fill('#note-interdependence', '=1+1 is only a note 🙂');
    await page.locator('#note-interdependence').blur();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('qi-hub:answers:portfolio-review'))).toContain('only a note');

    const section = await portability(page);
    const jsonFile = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'export.json');
    const csvFile = await saveDownload(page, () => section.getByRole('button', { name: 'Download as spreadsheet (CSV)' }).click(), 'export.csv');
    const exported = JSON.parse(await readFile(jsonFile, 'utf8'));
    expect(exported).toMatchObject({ format: 'qi-hub-answers', version: 1 });
    expect(exported.instruments[0].items).toContain('projects-appropriate');
    expect(exported.instruments[0].record.answers['projects-appropriate']).toMatchObject({ value: 3, note: NOTE });
    const csv = await readFile(csvFile);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\n');
    // A note that starts like a formula is neutralised in the spreadsheet file.
    expect(csv.toString('utf8')).toContain(`"'=1+1 is only a note 🙂"`);

    // Clear everything, as clearing browsing data would.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    expect(await page.isChecked('#q-projects-appropriate-3')).toBe(false);

    const again = await portability(page);
    await again.locator('input[type=file]').setInputFiles(jsonFile);
    await again.getByRole('button', { name: 'Check the file' }).click();
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toMatch(/3 answers added/);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await preview.getByRole('button', { name: 'Import these answers' }).click();
    await expect.poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported: Portfolio review/i);
    // The form on screen shows the import at once, and so does a reload.
    expect(await page.isChecked('#q-projects-appropriate-3')).toBe(true);
    await page.reload();
    await ready(page);
    expect(await page.isChecked('#q-projects-appropriate-3')).toBe(true);
    expect(await page.isChecked('#q-overlap-or-duplication-1')).toBe(true);
    expect(await page.inputValue('#note-projects-appropriate')).toBe(NOTE);
    expect(await page.inputValue('#note-interdependence')).toBe('=1+1 is only a note 🙂');
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('qi-hub:answers:portfolio-review')))!);
    expect(stored).toEqual(exported.instruments[0].record);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports the CSV export too, and refuses bad files with nothing lost', async () => {
    const context = await fresh();
    const { page, problems } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [3, 4]);
    const before = await page.evaluate(() => localStorage.getItem('qi-hub:answers:readiness-to-innovate'));
    const section = await portability(page);
    const input = section.locator('input[type=file]');
    const check = section.getByRole('button', { name: 'Check the file' });
    const bad: [string, Buffer | string, RegExp][] = [
      ['empty.json', '', /empty/],
      ['not.json', '{ "format": "qi-hub-answers", ', /not valid JSON/],
      ['other.json', '{"name":"a shopping list"}', /not an export from QI Hub/],
      ['proto.json', '{"__proto__":{"x":1},"format":"qi-hub-answers","version":1}', /__proto__/],
      ['picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /not a text file/],
      ['huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`, /too large/],
      [
        'damaged.json',
        JSON.stringify({
          format: 'qi-hub-answers',
          version: 1,
          exportedAt: '2025-01-01T00:00:00.000Z',
          instruments: [{ id: 'readiness-to-innovate', title: 'Readiness to innovate', items: [], record: {
            v: 1, instrument: 'readiness-to-innovate', updatedAt: '2025-01-01T00:00:00.000Z', snapshots: [],
            answers: { 'open-to-new-initiatives': { value: 7, at: 'not a date' }, 'no-such-statement': { value: 2, at: '2025-01-01T00:00:00.000Z' } },
          } }],
        }),
        // Every problem, in words: which statement and what is wrong, not where in the JSON.
        /Readiness to innovate, statement 1 \(“[^”]+”\): the time it was answered is not a date and time as QI Hub writes it\..*statement 1 \(“[^”]+”\): the answer 7 is not on this checklist’s scale \(0 to 5\).*“no-such-statement” is not in this checklist now/,
      ],
    ];
    for (const [name, content, message] of bad) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      await input.setInputFiles(file);
      await check.click();
      await expect.poll(() => page.getByTestId('error-summary').textContent(), { message: name }).toMatch(message);
    }
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('qi-hub:answers:readiness-to-innovate'))).toBe(before);
    expect(await page.isChecked('[name="open-to-new-initiatives"][value="3"]')).toBe(true);

    // A CSV export, saved with semicolons as some spreadsheets do, imports back.
    const csvFile = await saveDownload(page, () => section.getByRole('button', { name: 'Download as spreadsheet (CSV)' }).click(), 'readiness.csv');
    const semicolons = path.join(dir, 'semicolons.csv');
    await writeFile(semicolons, (await readFile(csvFile, 'utf8')).replace(/","/g, '";"'));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    const again = await portability(page);
    await again.locator('input[type=file]').setInputFiles(semicolons);
    await again.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toMatch(/2 answers added/);
    // Cancel changes nothing.
    await page.getByTestId('import-preview').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Nothing was changed/);
    expect(await page.evaluate(() => localStorage.getItem('qi-hub:answers:readiness-to-innovate'))).toBeNull();

    // A CSV as Excel on Windows saves it: Windows-1252, no byte-order mark, quotes only where needed. It imports,
    // note and all, and the preview says how it was read.
    const excel = path.join(dir, 'excel.csv');
    const header = 'instrument,instrument_title,snapshot_id,snapshot_label,snapshot_taken_at,section,item_id,item_text,value,value_label,note,answered_at';
    const row = `portfolio-review,Portfolio review,,Current answers,,,projects-appropriate,,3,,${NOTE_1252},2025-03-01T10:15:00.000Z`;
    await writeFile(excel, toWindows1252(`${header}\r\n${row}\r\n`));
    await again.locator('input[type=file]').setInputFiles(excel);
    await again.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toMatch(/1 answer added.*read as Windows-1252/);
    await page.getByTestId('import-preview').getByRole('button', { name: 'Import these answers' }).click();
    await expect.poll(() => page.getByTestId('portability-status').textContent()).toMatch(/Imported: Portfolio review/i);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('qi-hub:answers:portfolio-review')))!);
    expect(stored.answers['projects-appropriate']).toMatchObject({ value: 3, note: NOTE_1252 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('backs up before importing, and undo puts the old answers back', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [5, 5, 5]);
    const section = await portability(page);
    const mine = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'mine.json');
    const text = JSON.parse(await readFile(mine, 'utf8'));
    for (const a of Object.values(text.instruments[0].record.answers) as { value: number }[]) a.value = 1;
    const theirs = path.join(dir, 'theirs.json');
    await writeFile(theirs, JSON.stringify(text));
    await section.locator('input[type=file]').setInputFiles(theirs);
    await section.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toMatch(/3 answers replaced/);
    await page.getByRole('button', { name: 'Import these answers' }).click();
    await expect.poll(() => page.isChecked('[name="open-to-new-initiatives"][value="1"]')).toBe(true);
    await page.getByRole('button', { name: 'Undo the last import' }).click();
    await expect.poll(() => page.getByTestId('undo-confirm').textContent()).toMatch(/3 answers go back to what they were before the import/);
    await page.getByRole('button', { name: 'Yes, undo the import' }).click();
    await expect.poll(() => page.getByTestId('portability-status').textContent()).toMatch(/back as they were/);
    expect(await page.isChecked('[name="open-to-new-initiatives"][value="5"]')).toBe(true);
    await page.reload();
    await ready(page);
    expect(await page.isChecked('[name="open-to-new-initiatives"][value="5"]')).toBe(true);
    await context.close();
  });
});

describe('import when storage is full', () => {
  it('writes nothing when the backup cannot be kept, and says so', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [2, 2]);
    const section = await portability(page);
    const mine = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'full.json');
    const changed = JSON.parse(await readFile(mine, 'utf8'));
    for (const a of Object.values(changed.instruments[0].record.answers) as { value: number }[]) a.value = 5;
    await writeFile(mine, JSON.stringify(changed));
    const before = await page.evaluate(() => localStorage.getItem('qi-hub:answers:readiness-to-innovate'));
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await section.locator('input[type=file]').setInputFiles(mine);
    await section.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import these answers' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toMatch(/Nothing was imported/);
    expect(await page.evaluate(() => localStorage.getItem('qi-hub:answers:readiness-to-innovate'))).toBe(before);
    expect(await page.isChecked('[name="open-to-new-initiatives"][value="2"]')).toBe(true);
    await context.close();
  });
});

describe('export', () => {
  it('downloads everything answered in this browser, not just this page', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [2]);
    await page.goto(url(PORTFOLIO));
    await ready(page);
    await page.check('#q-projects-appropriate-3');
    await page.waitForFunction(() => /Saved in this browser/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
    const section = await portability(page);
    const file = await saveDownload(page, () => section.getByRole('button', { name: 'all as JSON' }).click(), 'all.json');
    const all = JSON.parse(await readFile(file, 'utf8'));
    expect(all.instruments.map((i: { id: string }) => i.id)).toEqual(['portfolio-review', 'readiness-to-innovate']);
    await context.close();
  });

  it('says so when the code a button needs cannot be fetched, and works when pressed again once it can', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [2]);
    const section = await portability(page);
    // Offline from here: code already running keeps working; code loaded on demand cannot be fetched.
    await page.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));
    const status = section.getByTestId('portability-status');
    await section.getByRole('button', { name: /Download as JSON/ }).click();
    await expect.poll(() => status.textContent()).toBe(
      'The download could not be made: part of this page could not be loaded. Check your connection and try again. Your answers are not affected.',
    );
    await section.getByRole('button', { name: 'Create a share link' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^The share link could not be made: part of this page could not be loaded/);
    await section.locator('input[type=file]').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await section.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(() => section.locator('.nhsuk-error-summary').textContent()).toMatch(/The file could not be checked: part of this page could not be loaded/);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    // Back online: the same button works.
    await page.unroute('**/_astro/*.js');
    const file = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'after-offline.json');
    expect(JSON.parse(await readFile(file, 'utf8')).instruments[0].id).toBe('readiness-to-innovate');
    await expect.poll(() => status.textContent()).toBe('Your answers were downloaded as a JSON file.');
    await context.close();
  });

  it('says so when the results or this section cannot be loaded, and brings them when they can', async () => {
    const ISLAND_CODE = /\/_astro\/.*\.js(\?.*)?$/;
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    // Offline before the first answer: the form saves it, but the results' code cannot be fetched (nor Astro's retry).
    await page.route(ISLAND_CODE, (route) => route.abort('internetdisconnected'));
    await answerReadiness(page, [2]);
    const results = page.locator('astro-island[component-url*="AssessmentResults"]');
    await expect.poll(() => results.locator('[data-app-not-hydrated]').textContent(), { timeout: 15_000 }).toMatch(/^Your results could not be shown: part of this page could not be loaded/);
    // This section too: scrolled to, its code cannot be fetched, and it says so.
    const section = page.getByTestId('portability');
    await section.scrollIntoViewIfNeeded();
    const island = page.locator('astro-island[component-url*="Portability"]');
    await expect.poll(() => island.locator('[data-app-not-hydrated]').textContent(), { timeout: 15_000 }).toMatch(/^This part of the page could not be loaded/);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);

    // Back online: the next answer brings the results, and the next press of a button here works.
    await page.unroute(ISLAND_CODE);
    await answerReadiness(page, [2, 3]);
    await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 15_000 }).toBe('Total: 5 out of 40');
    expect(await results.getByText(/could not be shown/).count()).toBe(0);
    const file = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'after-island-offline.json');
    expect(JSON.parse(await readFile(file, 'utf8')).instruments[0].id).toBe('readiness-to-innovate');
    expect(await island.getByText(/could not be loaded/).count()).toBe(0);
    await context.close();
  });

  it('brings the results and this section back by itself when the connection comes back', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await context.setOffline(true);
    await answerReadiness(page, [4]);
    const results = page.locator('astro-island[component-url*="AssessmentResults"]');
    await expect.poll(() => results.locator('[data-app-not-hydrated]').textContent(), { timeout: 15_000 }).toMatch(/tried again when your connection comes back/);
    await page.getByTestId('portability').scrollIntoViewIfNeeded();
    const island = page.locator('astro-island[component-url*="Portability"]');
    await expect.poll(() => island.locator('[data-app-not-hydrated]').textContent(), { timeout: 15_000 }).toMatch(/tried again when your connection comes back/);
    // Nothing pressed, nothing answered: the connection alone brings them.
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('total').textContent(), { timeout: 15_000 }).toBe('Total: 4 out of 40');
    await expect.poll(() => island.evaluate((el) => el.hasAttribute('ssr')), { timeout: 15_000 }).toBe(false);
    expect(await page.locator('[data-app-not-hydrated]').count()).toBe(0);
    await context.close();
  });

  it('still works from memory when the browser blocks storage', async () => {
    const context = await fresh();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(url(READINESS));
    await ready(page);
    const ids = await page.locator('#assessment-form [data-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.item!));
    await page.check(`#q-${ids[0]}-4`);
    await page.check(`#q-${ids[1]}-1`);
    const section = await portability(page);
    const file = await saveDownload(page, () => section.getByRole('button', { name: /Download as JSON/ }).click(), 'blocked.json');
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.instruments[0].record.answers[ids[0]!].value).toBe(4);
    expect(exported.instruments[0].record.answers[ids[1]!].value).toBe(1);
    await context.close();
  });
});

async function shareLink(values: number[], path = READINESS): Promise<string> {
  const context = await fresh();
  const { page } = await openPage(context, path);
  await ready(page);
  await answerReadiness(page, values);
  const section = await portability(page);
  await section.getByRole('button', { name: 'Create a share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await context.close();
  return link;
}

/** The team view in a browser of its own, with `links` pasted and added. */
async function teamViewWith(links: string[]) {
  const context = await fresh();
  const { page, problems } = await openPage(context, '/assessments/team/');
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.getByLabel('Paste share links').fill(links.join('\n'));
  await page.getByRole('button', { name: 'Add links' }).click();
  return { context, page, problems };
}

describe('share links', () => {
  let link: string;
  beforeAll(async () => {
    link = await shareLink([0, 1, 2, 3, 4, 5, 4, 3]);
  });

  it('carry the answers in the fragment of a link under the site’s base path', () => {
    const u = new URL(link);
    expect(u.href.startsWith(url('/assessments/shared/'))).toBe(true);
    expect(u.search).toBe('');
    expect(u.hash).toMatch(/^#r=1\./);
  });

  it('open as read-only results that can be saved into another browser', async () => {
    const context = await fresh();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(link);
    const results = page.getByTestId('shared-results');
    await results.waitFor();
    await expect.poll(() => page.getByTestId('shared-total').textContent()).toMatch(/Total: 22 out of 40/);
    expect(await page.locator('#assessment-form, input[type=radio]').count()).toBe(0);
    const rows = await page.getByTestId('shared-items').locator('tbody tr td').allTextContents();
    expect(rows.slice(0, 3)).toEqual(['0 – not at all', '1', '2']);
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The skip link changes the fragment; the results stay.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#maincontent');
    expect(await page.getByTestId('shared-results').count()).toBe(1);

    await page.getByRole('button', { name: 'Save these results in this browser' }).click();
    await expect.poll(() => page.getByTestId('import-preview').textContent()).toMatch(/8 answers added/);
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Save in this browser' }).click();
    await expect.poll(() => page.getByTestId('shared-status').textContent()).toMatch(/Saved in this browser/);
    await page.getByTestId('shared-status').getByRole('link').click();
    await ready(page);
    expect(await page.isChecked('[name="open-to-new-initiatives"][value="0"]')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('say the link was copied beside the Copy button, in sight on a phone', async () => {
    const context = await fresh();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    const { page } = await openPage(context, READINESS);
    await page.setViewportSize({ width: 390, height: 800 });
    await ready(page);
    let section = await portability(page);
    // With nothing answered, the button says why there is no link, under it.
    await section.getByRole('button', { name: 'Create a share link' }).click();
    await expect.poll(() => section.getByTestId('share-need-answer').textContent()).toBe('Answer at least one statement before you share your results.');
    expect(await section.getByTestId('share-link').count()).toBe(0);
    await answerReadiness(page, [3]);
    section = await portability(page);
    await section.getByRole('button', { name: 'Create a share link' }).click();
    await expect.poll(() => section.getByTestId('share-need-answer').textContent()).toBe('');
    await section.getByRole('button', { name: 'Copy link' }).click();
    const copied = section.getByTestId('share-copy-status');
    await expect.poll(() => copied.textContent()).toBe('The link was copied.');
    expect(await copied.getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId('share-link').inputValue());
    // In sight: wholly inside the 800-pixel-high window (to the pixel: layout can leave a fraction over).
    const inSight = () => copied.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && Math.floor(box.bottom) <= innerHeight;
    });
    await expect.poll(inSight).toBe(true);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    await context.close();
  });

  it('report a tampered or truncated link and show no scores', async () => {
    const context = await fresh();
    const page = await context.newPage();
    const at = link.indexOf('#r=1.') + 12;
    const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    for (const bad of [tampered, link.slice(0, -4), link.replace('#r=1.', '#r=7.')]) {
      await page.goto(bad);
      await page.reload();
      await page.getByTestId('shared-problem').waitFor();
      expect(await page.getByTestId('shared-problem').textContent()).toMatch(/changed or cut short|damaged|different version/);
      expect(await page.getByTestId('shared-results').count()).toBe(0);
      expect(await page.locator('text=Total:').count()).toBe(0);
    }
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

describe('team view', () => {
  it('summarises three people, counts a duplicate once, and exports the summary', async () => {
    const links = [await shareLink([0, 5, 3, 3]), await shareLink([5, 4, 3, 2]), await shareLink([4, 4, 3])];
    const context = await fresh();
    const { page, problems } = await openPage(context, '/assessments/team/');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    // A well-made link whose person answered nothing: reported, not counted as a person.
    const [base, body] = links[0]!.split('#r=') as [string, string];
    const read = readPayload(body, 1);
    if (!read.ok) throw new Error('the share link did not read back');
    const [id, print, at, scores] = JSON.parse(read.text!) as string[];
    const empty = `${base}#r=${writePayload(1, [id, print, at, '-'.repeat(scores!.length)])}`;
    // By keyboard: type into the box, tab to the button, press Enter. Pasted as people send links in a message:
    // words around them, two on a line, a full stop after one.
    const message = ['Hi all, our results:', `Tom: ${links[0]} thanks!`, `${links[1]} ${links[2]}.`, links[0], 'https://example.org/#r=1.broken.00000000', empty];
    await page.getByLabel('Paste share links').fill(message.join('\n'));
    await page.getByLabel('Paste share links').press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('team-status').textContent()).toMatch(/3 results added\. 1 duplicate was left out.*3 people in the team view/);
    expect(await page.getByTestId('error-summary').textContent()).toMatch(/Link 5: This link has been changed/);
    expect(await page.getByTestId('error-summary').textContent()).toMatch(/Link 6: This link has no answers in it\. Ask the person who shared it to answer at least one statement, then make the link again\./);
    expect(await page.locator('main').textContent()).toContain('Scale: 0 to 5, where 0 = not at all and 5 = fully.');
    // The shared page says the same of it, rather than a total of 0 that reads as someone scoring 0 throughout.
    const shared = await context.newPage();
    await shared.goto(empty);
    await expect.poll(() => shared.getByTestId('shared-problem').textContent()).toMatch(/This link has no answers in it\./);
    expect(await shared.locator('text=Total:').count()).toBe(0);
    await expectNoAxe(shared);
    await shared.close();
    const first = await page.getByTestId('team-items').locator('tbody tr').first().locator('th, td').allTextContents();
    // Statement 1: scores 0, 5, 4: median 4, range 0 to 5, counts per point 0..5, flagged.
    expect(first[0]).toMatch(/^1\. .*People disagree$/);
    expect(first.slice(1)).toEqual(['3', '4', '0 to 5', '1', '0', '0', '0', '1', '1']);
    const fourth = await page.getByTestId('team-items').locator('tbody tr').nth(3).locator('td').allTextContents();
    expect(fourth.slice(0, 3)).toEqual(['2', '2.5', '2 to 3']);
    expect(await page.getByTestId('team-disagreement').textContent()).toMatch(/^1\. /);

    // A file made from the same answers as a link is not counted again.
    const exportContext = await fresh();
    const { page: own } = await openPage(exportContext, READINESS);
    await ready(own);
    await answerReadiness(own, [1, 1, 1, 1, 1, 1, 1, 1]);
    const ownSection = await portability(own);
    const file = await saveDownload(own, () => ownSection.getByRole('button', { name: /Download as JSON/ }).click(), 'person4.json');
    await exportContext.close();
    const input = page.getByLabel('Or choose exported files');
    await input.setInputFiles([file, file]);
    await expect.poll(() => page.getByTestId('team-status').textContent()).toMatch(/1 result added\. 1 duplicate was left out.*4 people/);

    // Dropping a file works as well as choosing one.
    const other = JSON.parse(await readFile(file, 'utf8'));
    other.instruments[0].record.updatedAt = '2025-01-01T12:00:00.000Z';
    await page.getByTestId('team-drop').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'person5.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(other));
    await expect.poll(() => page.getByTestId('team-status').textContent()).toMatch(/1 result added\..*5 people/);
    expect(await page.getByTestId('team-people').textContent()).toContain('person5.json');

    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const csvFile = await saveDownload(page, () => page.getByRole('button', { name: /Download the team summary/ }).click(), 'team.csv');
    const csv = await readFile(csvFile, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Statement 1 now has scores 0, 5, 4, 1, 1: five answered, median 1.
    expect(csv).toMatch(/"item","[^"]*","open-to-new-initiatives","[^"]*","5","1","0","5","5","1","2","0","0","1","1","high"/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('team view where people disagree on most statements', () => {
  it('names the five that differ most and says how many more the table marks', async () => {
    const links = [await shareLink([0, 0, 0, 0, 0, 0, 0, 0]), await shareLink([5, 5, 4, 4, 4, 4, 4, 4])];
    const { context, page, problems } = await teamViewWith(links);
    await expect.poll(() => page.getByTestId('team-status').textContent()).toMatch(/2 results added/);
    expect(await page.getByTestId('team-disagreement').locator('li').count()).toBe(5);
    expect(await page.getByTestId('team-items').getByText('People disagree').count()).toBe(8);
    expect(await page.locator('main').textContent()).toContain('8 statements have scores that span 3 points or more. These are worth talking about together. Here are the 5 where scores differ most; the table below marks all 8.');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('team view with sections', () => {
  it('gives each section’s median, range and distribution, with no accessibility problems', async () => {
    const ME = '/assessments/medical-engagement/';
    const links = [await shareLink([1, 1, 1], ME), await shareLink([5, 5, 5], ME), await shareLink([3, 4], ME)];
    const { context, page, problems } = await teamViewWith(links);
    await expect.poll(() => page.getByTestId('team-status').textContent()).toMatch(/3 results added/);
    const first = await page.getByTestId('team-sections').locator('tbody tr').first().locator('th, td').allTextContents();
    // Section 1 averages: 1, 5 and 3.5; rounded for the counts to 1, 5 and 4 (the scale is 1 to 5).
    expect(first.slice(1, 4)).toEqual(['3', '3.5', '1 to 5']);
    expect(first.slice(4)).toEqual(['1', '0', '0', '1', '1']);
    // One person's results: a section answered 1 throughout is 0% of the way from lowest to highest, and the page says why.
    const shared = await context.newPage();
    await shared.goto(links[0]!);
    await expect.poll(() => shared.getByTestId('section-percent-note').textContent()).toMatch(/^Each answer scores at least 1, so 0% is the lowest possible score and 100% the highest\./);
    const row = await shared.locator('.app-section-scores tbody tr').first().locator('td').allTextContents();
    // Three of the section's statements answered, each 1: 3 out of 15 (the most for three), 0%.
    expect(row.slice(1)).toEqual(['3 out of 15', '0%']);
    await expectNoAxe(shared);
    await shared.close();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** The statements of an instrument as its assessment page shows them. */
async function pageStatements(path: string): Promise<string[]> {
  const context = await chromium.current.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(path));
  const texts = await page.locator('[data-statement]').allTextContents();
  await context.close();
  return texts.map((t) => t.trim());
}

describe('printing', () => {
  it('prints the results without the form, the page furniture or the controls', async () => {
    const context = await fresh();
    const { page } = await openPage(context, READINESS);
    await ready(page);
    await answerReadiness(page, [3, 4, 2, 0, 5, 1, 2, 3]);
    await page.getByTestId('results-area').scrollIntoViewIfNeeded();
    await page.getByTestId('results').waitFor();
    await page.evaluate(() => document.documentElement.classList.add('app-printing-results'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#assessment-form').isVisible()).toBe(false);
    expect(await page.locator('.nhsuk-header').isVisible()).toBe(false);
    expect(await page.getByTestId('portability').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.getByTestId('results').waitFor();
    expect(await page.getByTestId('results').isVisible()).toBe(true);
    expect(await page.getByTestId('source').isVisible()).toBe(true);
    // One A4 page.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await context.close();
  });

  it('has a blank paper copy of each instrument that needs no JavaScript', async () => {
    const noJs = await chromium.current.newContext({ javaScriptEnabled: false });
    const blank = await noJs.newPage();
    await blank.goto(url('/assessments/well-led-leadership/print/'));
    // No script but the header's (its "More" menu), which the page does not need.
    expect(await blank.locator('script[src]:not([src*="/Header."])').count()).toBe(0);
    // 15 statements, each with a box for each of the 5 points, and nothing filled in.
    expect(await blank.locator('.app-paper-form__item').count()).toBe(15);
    expect(await blank.locator('.app-paper-form__box').count()).toBe(75);
    expect(await blank.locator('main input').count()).toBe(0);
    const statements = await blank.locator('.app-paper-form__statement').allTextContents();
    const onPage = await pageStatements('/assessments/well-led-leadership/');
    expect(statements.map((t) => t.replace(/^\d+\.\s*/, ''))).toEqual(onPage);
    await blank.emulateMedia({ media: 'print' });
    expect(await blank.locator('.nhsuk-header').isVisible()).toBe(false);
    await noJs.close();
    const context = await fresh();
    const { page, problems } = await openPage(context, '/assessments/well-led-leadership/print/');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

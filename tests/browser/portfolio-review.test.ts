/**
 * The portfolio review tool on the built site: import a register with bad
 * rows, confirm and dismiss suggested duplicates, mark relations, decide and
 * see the totals change, export, clear, import and find everything back.
 * Axe on every state, keyboard only, 320 px without sideways scrolling, and
 * damaged files and storage reported without losing anything.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, paintAndFetches, url, useContext } from './support';
import { noViolations, ready } from './portfolio-review-support';

const PATH = '/tools/portfolio-review/';
const KEY = 'qi-hub:portfolio:current';
const dir = mkdtempSync(path.join(tmpdir(), 'portfolio-'));
// Invented projects (see tests/fixtures/portfolio/README.md); row 4 has no title.
const REGISTER = [
  'Project title,Aim,Directorate,Project lead,Status,Start date,Measures,Tags',
  'Falls prevention on Larch ward for older adults,Cut inpatient falls for older adults on Larch ward with lying and standing blood pressure checks,Adult community services,Ward manager,active,2025-03-01,Falls per 1000 occupied bed days,falls',
  'Fewer inpatient falls for older adults on Larch ward,We want to cut the number of inpatient falls with lying and standing blood pressure checks for older adults on Larch ward,Adult mental health,Matron,active,2025-04-01,Falls per 1000 occupied bed days (monthly),falls',
  ',An aim without a title,Adult mental health,Matron,active,2025-04-01,,',
  'Safer handovers in the Wren team,Use SBAR at every handover in the Wren team,Adult mental health,Team leader,proposed,2025-05-01,Items missed per handover,handover',
  'SBAR handovers for the Wren team at night,Make night handovers in the Wren team complete using SBAR,Forensic services,Nurse consultant,active,2025-06-01,Items missed per handover,handover',
  'Carers passport on Hazel ward,Involve carers in care plans on Hazel ward,Learning disability services,Clinical lead,active,2025-06-01,Care plans with carer views recorded,carers',
].join('\n');

const open = ready;

async function saveDownload(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

const totals = (page: Page) => page.getByTestId('totals').textContent();

describe('portfolio review tool', () => {
  const shared = useContext();

  it('loads the tool when it is reached, not with the page, and keeps the page still when it arrives', async () => {
    const page = await shared.current.newPage();
    // A phone's screen: the tool starts well below it.
    await page.setViewportSize({ width: 412, height: 823 });
    const toolCode: string[] = [];
    page.on('request', (r) => /\/ReviewTool\.[^/]*\.js$/.test(r.url()) && toolCode.push(r.url()));
    await page.goto(url(PATH), { waitUntil: 'networkidle' });
    await page.getByTestId('portfolio-loading').waitFor();
    // The introduction and the six questions are the page until the tool is reached.
    expect(await page.locator('h1').textContent()).toBe('Portfolio review tool');
    expect(toolCode).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { shifted: number }).shifted = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => ((window as unknown as { shifted: number }).shifted += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
    });
    await ready(page);
    expect(toolCode).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
    // Even the small loader's code (and Preact) is fetched only once the page is on screen (client:painted).
    const { paint, starts } = await paintAndFetches(page, /\/_astro\/(PortfolioReview|preact)\.[^/]*\.js$/);
    expect(paint).toBeTypeOf('number');
    expect(starts).toHaveLength(2);
    for (const start of starts) expect(start).toBeGreaterThanOrEqual(paint!);
    await noViolations(page);
    await page.close();
  });

  it('imports, suggests, relates, decides, exports, clears and imports back', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await open(page);
    await noViolations(page);

    for (const goal of ['Safer care', 'Shorter waits', 'Carers involved']) {
      await page.fill('#goal-title', goal);
      await page.getByRole('button', { name: 'Add goal' }).click();
    }
    await expect.poll(() => page.getByTestId('goals').locator('li').count()).toBe(3);

    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.locator('#mapping-heading').waitFor();
    expect(await page.inputValue('#map-title')).toBe('0');
    await noViolations(page);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('5 projects imported from register.csv. 1 row could not be read');
    expect(await page.getByTestId('import-problems').textContent()).toBe('Row 4 has no title, so it was not imported.');
    expect(await totals(page)).toBe('From 5 projects to 5 (5 not yet decided).');

    // The two falls projects are the best suggestion; confirm it. Dismiss the next.
    const first = page.getByTestId('suggestion').first();
    expect(await first.locator('h3').textContent()).toMatch(/falls.*Larch.*and.*falls.*Larch/i);
    expect(await first.textContent()).toMatch(/Words they share: .*larch/);
    await first.getByRole('button', { name: /^Same or overlapping work/ }).click();
    await expect.poll(() => page.getByTestId('relations-summary').textContent()).toBe('1 relation marked: 1 overlap or duplication.');
    const next = page.getByTestId('suggestion').first();
    const nextTitle = await next.locator('h3').textContent();
    expect(nextTitle).toMatch(/Wren/);
    // A double click dismisses this pair only, not the next one that moves up under the pointer.
    const left = async () => Number(/(\d+) suggested pairs? to look at/.exec((await page.getByTestId('suggestion-status').textContent()) ?? '')?.[1] ?? 0);
    const pairsBefore = await left();
    await next.getByRole('button', { name: /^Not a duplicate/ }).dblclick();
    await expect.poll(() => page.getByTestId('suggestion-status').textContent()).toContain('Dismissed');
    expect(await left()).toBe(pairsBefore - 1);
    expect(await page.getByTestId('suggestion').allTextContents()).not.toContainEqual(expect.stringContaining(nextTitle!));
    await noViolations(page);

    await page.selectOption('#relation-a', { label: 'Carers passport on Hazel ward (Learning disability services)' });
    await page.selectOption('#relation-b', { label: 'Safer handovers in the Wren team (Adult mental health)' });
    await page.check('#relation-kind-conflict');
    await page.fill('#relation-note', 'Both need the same nurses on Tuesdays');
    await page.getByRole('button', { name: 'Mark relation' }).click();
    await expect.poll(() => page.getByTestId('relations').textContent()).toContain('Both need the same nurses on Tuesdays');

    const carers = page.locator('[data-project="Carers passport on Hazel ward"]');
    await carers.getByLabel(/Carers involved/).check();
    await carers.getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Stop').check();
    await page.getByLabel('Reason').fill('The new carers strategy replaces it');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => totals(page)).toBe('From 5 projects to 4 (1 stopped, 4 not yet decided).');

    const dup = page.locator('[data-project="Fewer inpatient falls for older adults on Larch ward"]');
    await dup.getByRole('button', { name: /^Decide/ }).click();
    await page.getByLabel('Merge into another').check();
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => page.getByTestId('decision-form').textContent()).toContain('Choose the project to merge it into.');
    await noViolations(page);
    await page.getByLabel('Merge into', { exact: true }).selectOption({ label: 'Falls prevention on Larch ward for older adults (Adult community services)' });
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => totals(page)).toBe('From 5 projects to 3 (1 merged, 1 stopped, 3 not yet decided).');
    expect(await page.getByTestId('by-directorate').locator('table').textContent()).toContain('Learning disability services1000010');
    const answers = await page.getByTestId('answer').allTextContents();
    expect(answers[0]).toBe('4 projects of 5 serve none of your goals: ask whether they should continue.');
    expect(answers[1]).toBe('1 pair of projects confirmed as overlapping or duplicated.');
    expect(answers[2]).toBe('1 pair of projects marked as in conflict.');
    await noViolations(page);

    const before = {
      totals: await totals(page),
      relations: await page.getByTestId('relations').textContent(),
      questions: await page.getByTestId('questions').textContent(),
      projects: await page.getByTestId('projects').textContent(),
    };
    const json = await saveDownload(page, () => page.getByRole('button', { name: 'Download the review (JSON)' }).click(), 'review.json');
    const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Download projects and decisions (CSV)' }).click(), 'projects.csv');
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ format: 'qi-hub-portfolio-review', version: 1 });
    expect(readFileSync(csv, 'utf8')).toContain('"Merge into another","Falls prevention on Larch ward for older adults"');

    await page.getByRole('button', { name: 'Clear this review' }).click();
    await noViolations(page);
    await page.getByRole('button', { name: 'Yes, clear the review' }).click();
    await expect.poll(() => totals(page)).toBe('From 0 projects to 0.');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await noViolations(page);

    await page.setInputFiles('#review-open', json);
    await expect.poll(() => totals(page)).toBe(before.totals);
    expect(await page.getByTestId('relations').textContent()).toBe(before.relations);
    expect(await page.getByTestId('questions').textContent()).toBe(before.questions);
    expect(await page.getByTestId('projects').textContent()).toBe(before.projects);

    // Saved in this browser: a reload finds it all again.
    await page.reload();
    await open(page);
    expect(await totals(page)).toBe(before.totals);
    expect(await page.getByTestId('questions').textContent()).toBe(before.questions);
    expect(problems).toEqual([]);
    await page.close();
    // A long journey with axe at every state: allow for a busy two-core machine.
  }, 120_000);

  it('says what is wrong with a bad review file and changes nothing', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await open(page);
    const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
    await page.setInputFiles('#review-open', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"qi-hub-portfolio-review","version":1,"review":{"projects":[{"id":"a"}]}}') });
    await expect.poll(() => page.getByTestId('file-errors').textContent()).toContain('broken.json is damaged');
    await page.setInputFiles('#review-open', { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"qi-hub-portfolio-review","version":9,"review":{}}') });
    await expect.poll(() => page.getByTestId('file-errors').textContent()).toContain('newer version');
    await noViolations(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports a damaged stored review, keeps a copy aside and starts afresh', async () => {
    const page = await shared.current.newPage();
    // Stored from another page of the site, so the tool cannot save over it before it is read.
    await page.goto(url('/'));
    await page.evaluate((k) => {
      localStorage.clear();
      localStorage.setItem(k, '{"v":1,"kind":"portfolio","id":"current","doc":{"projects":"oops');
    }, KEY);
    await page.goto(url(PATH));
    await open(page);
    await expect.poll(() => page.getByTestId('fault').textContent()).toContain('A saved review could not be read');
    expect(await page.getByTestId('kept-aside').count()).toBe(1);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:kept-aside:portfolio-')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"v":1,"kind":"portfolio","id":"current","doc":{"projects":"oops']);
    await noViolations(page);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await open(page);
    await page.evaluate((k) => localStorage.removeItem(k), KEY);
    await page.reload();
    await open(page);
    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.locator('#mapping-heading').waitFor();
    await page.getByRole('button', { name: 'Import these projects' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-result').waitFor();

    await page.locator('#goal-title').focus();
    await page.keyboard.type('Safer care');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('goals').textContent()).toContain('Safer care');

    // Confirm the first suggestion with the keyboard: focus moves to the next one.
    await page.getByTestId('suggestion').first().getByRole('button', { name: /^Same or overlapping work/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid=suggestion]') !== null)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Same or overlapping work/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('suggestion-status').textContent()).toContain('Dismissed');

    // Decide by keyboard: the Decide button, arrow keys in the radios, Enter to save.
    await page.locator('[data-project="Carers passport on Hazel ward"]').getByRole('button', { name: /^Decide/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Keep').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Reason').focus();
    await page.keyboard.type('Serves the carers goal');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => totals(page)).toBe('From 5 projects to 5 (1 kept, 4 not yet decided).');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits 320 px without sideways scrolling', async () => {
    const page = await shared.current.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url(PATH));
    await open(page);
    // An empty review, so the register's projects are not skipped as already there.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page);
    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.locator('#mapping-heading').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await page.getByTestId('suggestion').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await noViolations(page);
    await page.close();
  });

  it('prints a one-page A4 summary of a 360-project register', async () => {
    const page = await shared.current.newPage();
    await page.goto(url(PATH));
    await open(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page);
    await page.fill('#goal-title', 'Safer care');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.setInputFiles('#register-file', new URL('../fixtures/portfolio/invented-register.csv', import.meta.url).pathname);
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => totals(page)).toBe('From 360 projects to 360 (360 not yet decided).');
    for (let i = 0; i < 3; i++) {
      const status = await page.getByTestId('suggestion-status').textContent();
      await page.getByTestId('suggestion').first().getByRole('button', { name: /^Same or overlapping work/ }).click();
      await expect.poll(() => page.getByTestId('suggestion-status').textContent()).not.toBe(status);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#summary-heading').isVisible()).toBe(true);
    expect(await page.locator('#import-heading').isVisible()).toBe(false);
    // On paper: the summary's own heading (no step number), and the bar charts with their tables.
    expect(await page.locator('#summary-heading').innerText()).toBe('Summary for the directorate meeting');
    expect(await page.locator('.app-portfolio__chart').first().isVisible()).toBe(true);
    expect(await page.getByTestId('questions').textContent()).toContain('3 pairs of projects confirmed as overlapping or duplicated.');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length).toBe(1);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('shows a change made in another tab, and says so', async () => {
    const first = await shared.current.newPage();
    await first.goto(url(PATH));
    await open(first);
    await first.evaluate(() => localStorage.clear());
    await first.reload();
    await open(first);
    const second = await shared.current.newPage();
    await second.goto(url(PATH));
    await open(second);
    await second.fill('#goal-title', 'Written in the second tab');
    await second.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => first.getByTestId('notice').textContent()).toContain('changed in another tab');
    expect(await first.getByTestId('goals').textContent()).toContain('Written in the second tab');
    await second.getByRole('button', { name: 'Clear this review' }).click();
    await second.getByRole('button', { name: 'Yes, clear the review' }).click();
    await expect.poll(() => first.getByTestId('notice').textContent()).toContain('It is still on this page');
    expect(await first.getByTestId('goals').textContent()).toContain('Written in the second tab');
    await noViolations(first);
    await first.close();
    await second.close();
  });

  it('still works, from memory, when the browser blocks storage, and says so', async () => {
    const page = await shared.current.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await page.goto(url(PATH));
    await open(page);
    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await expect.poll(() => totals(page)).toBe('From 5 projects to 5 (5 not yet decided).');
    expect(await page.getByTestId('fault').first().textContent()).toContain('This browser is not letting QI Hub save your review');
    await noViolations(page);
    await page.close();
  });

  it('combines another directorate’s review file and suggests the overlap across directorates', async () => {
    const { page, problems } = await openPage(shared.current, PATH);
    await open(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page);
    await page.setInputFiles('#register-file', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.getByRole('button', { name: 'Import these projects' }).click();
    await page.getByTestId('import-result').waitFor();
    // An invented review from another directorate, as this tool exports it.
    const other = {
      format: 'qi-hub-portfolio-review',
      version: 1,
      review: {
        title: 'Portfolio review',
        goals: [{ id: 'g1', title: 'Carers involved' }],
        projects: [{ id: 'x1', title: 'Carers passport for Hazel ward', aim: 'Involve carers in care plans on Hazel ward with a carers passport', directorate: 'Older adults', lead: '', status: '', start: '', measures: 'Care plans with carer views recorded', tags: [], goals: ['g1'] }],
        relations: [],
        dismissed: [],
        decisions: {},
      },
    };
    await page.setInputFiles('#review-combine', { name: 'older-adults.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect.poll(() => page.getByTestId('file-message').textContent()).toContain('1 project added, 6 in this review');
    expect(await page.getByTestId('goals').textContent()).toContain('Carers involved');
    await page.check('#across-only');
    const titles = await page.getByTestId('suggestion').locator('h3').allTextContents();
    expect(titles.some((t) => /Carers passport on Hazel ward.*and.*Carers passport for Hazel ward|Carers passport for Hazel ward.*and.*Carers passport on Hazel ward/.test(t))).toBe(true);
    await noViolations(page);
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

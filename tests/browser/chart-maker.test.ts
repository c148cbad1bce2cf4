/**
 * The run chart and SPC chart maker on the built site: data pasted, typed and
 * imported (with bad rows listed), the rules' findings in the summary and the
 * table, saving and reopening, share links opened in a fresh browser,
 * downloads, storage faults, keyboard only, axe in every state and 320 px.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import writeExcelFile from 'write-excel-file/node';
import { axe, describeViolations, openPage, useContext } from './support';
import { launch } from '../support';

const PAGE = '/tools/run-chart/';
const dir = mkdtempSync(path.join(os.tmpdir(), 'qi-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 20 weeks from 6 January 2025: 12 around 10, then 8 clearly higher (a shift). */
const VALUES = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 10, 11, 15, 16, 15, 17, 16, 15, 16, 17];
const day = (i: number) => {
  const d = new Date(Date.UTC(2025, 0, 6 + 7 * i));
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
const DATA = ['Week\tPatients seen within 4 hours', ...VALUES.map((v, i) => `${day(i)}\t${v}`)].join('\n');

async function open(context: BrowserContext, at = PAGE): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(context, at);
  await opened.page.locator('#chart-data').waitFor();
  return opened;
}

async function expectNoAxe(page: Page) {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
}

async function expectNoSideways(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const summary = (page: Page) => page.locator('#chart-summary');

async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

describe('the chart maker', () => {
  const shared = useContext();

  it('says what it does, offers the data sheet, and passes axe with no data', async () => {
    const { page, problems } = await open(shared.current);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Make a run chart or SPC chart');
    expect(await page.locator('a[href$="/templates/run-chart-data-sheet/"]').count()).toBe(1);
    await expect.poll(() => page.locator('#chart-result').textContent()).toMatch(/Add at least 2 points/);
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws a run chart from pasted data and finds the shift in the summary and the table', async () => {
    const { page, problems } = await open(shared.current);
    await page.fill('#chart-title', 'Four-hour waits');
    await page.fill('#chart-data', DATA);
    await expect
      .poll(() => summary(page).textContent())
      .toMatch(
        /Signals of non-random variation\. Anhøj's rules: an unusually long run \(9 points below the median from 6 January 2025 to 24 March 2025\); too few runs\. IHI rules: a shift \(9 points below .*; a shift \(8 points above the median from 31 March 2025 to 19 May 2025\)\. Median 12/,
      );
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/20 points read, with the heading row/);
    const shift = page.locator('.app-chart-rules .nhsuk-summary-list__row').filter({ hasText: 'Shift: an unusually long run' });
    expect(await shift.locator('.nhsuk-tag').textContent()).toBe('Signal');
    const rows = page.locator('.app-chart-table tbody tr');
    expect(await rows.count()).toBe(20);
    expect(await rows.nth(12).textContent()).toMatch(/31 March 2025.*15.*Above.*Part of a shift or trend/);
    expect(await page.locator('svg.app-chart-svg title').textContent()).toBe('Four-hour waits');
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws an SPC chart with the Making Data Count findings, a target, recalculated limits and a note', async () => {
    const { page, problems } = await open(shared.current);
    await page.fill('#chart-data', DATA);
    await page.check('#chart-kind-spc');
    await page.check('#chart-direction-increase');
    await page.fill('#chart-target', '12');
    await expect
      .poll(() => summary(page).textContent())
      .toMatch(/Special cause improvement: 8 points above the mean and close to the upper process limit \(2 out of 3\) from 31 March 2025 to 19 May 2025/);
    expect(await summary(page).textContent()).toMatch(/Special cause concern: 12 points below the mean from 6 January 2025/);
    expect(await summary(page).textContent()).toMatch(/The process will sometimes meet and sometimes miss the target of 12/);
    expect(await page.locator('.app-chart-icon[aria-label="Variation: special cause improvement"]').count()).toBe(1);
    expect(await page.locator('.app-chart-table tbody tr').nth(19).textContent()).toMatch(/Special cause improvement/);
    await page.getByText('Recalculate the limits from a point').click();
    await page.selectOption('#chart-rebase-point', '12');
    await page.getByRole('button', { name: 'Recalculate from this point' }).click();
    await expect.poll(() => summary(page).textContent()).toMatch(/From 31 March 2025 to 19 May 2025: mean 15.88/);
    await page.getByText('Add a note to the chart').click();
    await page.selectOption('#chart-note-point', '12');
    await page.fill('#chart-note-text', 'PDSA 2 started');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await expect.poll(() => page.locator('svg.app-chart-svg').textContent()).toMatch(/PDSA 2 started/);
    expect(await page.locator('.app-chart-table tbody tr').nth(12).textContent()).toMatch(/PDSA 2 started/);
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('imports a CSV file and lists its bad rows with line numbers and reasons', async () => {
    const { page, problems } = await open(shared.current);
    const csv = ['Date,Falls', '01/01/2025,4', '01/02/2025,6', '31/02/2025,5', '01/04/2025,ten', '01/05/2025,3', ',7', '01/06/2025,5'].join('\r\n');
    await page.setInputFiles('#chart-file', { name: 'falls.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const bad = page.locator('#chart-bad-rows');
    await expect.poll(() => bad.textContent()).toMatch(/3 rows could not be used/);
    const text = await bad.textContent();
    expect(text).toMatch(/Line 4.*"31\/02\/2025" is not a real date/);
    expect(text).toMatch(/Line 5.*The value "ten" is not a number/);
    expect(text).toMatch(/Line 7.*There is no date or label/);
    expect(await page.locator('.app-chart-table tbody tr').count()).toBe(4);
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('imports an Excel workbook, with a column of notes as chart notes', async () => {
    const { page, problems } = await open(shared.current);
    const rows = [
      [{ value: 'Date' }, { value: 'Value' }, { value: 'Notes' }],
      ...VALUES.slice(0, 6).map((v, i) => [
        { value: new Date(Date.UTC(2025, 0, 6 + 7 * i)), type: Date, format: 'dd/mm/yyyy' },
        { value: v },
        { value: i === 3 ? 'New rota' : '' },
      ]),
    ];
    const buffer = await writeExcelFile(rows).toBuffer();
    await page.setInputFiles('#chart-file', {
      name: 'data.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(buffer),
    });
    await expect.poll(() => page.locator('#chart-data-count').textContent(), { timeout: 15_000 }).toMatch(/^6 points read/);
    expect(await page.locator('.app-chart-table tbody tr').nth(3).textContent()).toMatch(/27 January 2025.*New rota/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saves as you go: after a reload the chart is there, and it can be renamed, listed and deleted', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Saved chart');
    await page.fill('#chart-data', DATA);
    await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
    await page.reload();
    await page.locator('#chart-data').waitFor();
    expect(await page.inputValue('#chart-title')).toBe('Saved chart');
    expect(await page.inputValue('#chart-data')).toBe(DATA);
    await page.fill('#chart-title', 'Renamed chart');
    await expect.poll(() => page.locator('.app-chart-saved').textContent()).toMatch(/Renamed chart \(open now\)/);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.getByRole('button', { name: 'Open Renamed chart' }).click();
    await expect.poll(() => page.inputValue('#chart-data')).toBe(DATA);
    await page.getByRole('button', { name: 'Delete Renamed chart' }).click();
    await page.getByRole('button', { name: 'Yes, delete Renamed chart' }).click();
    await expect.poll(() => page.locator('.app-chart-saved').textContent()).not.toMatch(/Renamed chart/);
    await page.close();
  });

  it('says when a saved chart is damaged, and offers its copy to download or discard', async () => {
    const { page, problems } = await open(shared.current);
    await page.evaluate(() => {
      localStorage.setItem('qi-hub:chart:broken1', '{"v":1,"kind":"chart","id":"bro');
      localStorage.setItem('qi-hub:chart:broken2', 'null');
    });
    await page.reload();
    await page.locator('#chart-data').waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'saved charts could not be read' });
    await expect.poll(() => alert.textContent()).toMatch(/2 saved charts could not be read/);
    const got = await saveDownload(page, () => page.getByRole('button', { name: 'Download damaged chart 1' }).click());
    expect(['{"v":1,"kind":"chart","id":"bro', 'null']).toContain(readFileSync(got.file, 'utf8'));
    await expectNoAxe(page);
    await page.getByRole('button', { name: 'Discard damaged chart 1' }).click();
    await page.getByRole('button', { name: 'Discard damaged chart 1' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('broken')))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists values too big to compute with (1e308) as bad rows with their line numbers, and draws the rest', async () => {
    const { page, problems } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-data', 'a\t1e308\nb\t5\nc\t-1e308\nd\t6\ne\t7');
    await expect.poll(() => page.locator('#chart-bad-rows').textContent()).toMatch(/Line 1 \(“a\t1e308”\): The value "1e308" is too large to work with/);
    expect(await page.locator('#chart-bad-rows').textContent()).toMatch(/Line 3 \(“c\t-1e308”\): The value "-1e308" is too large/);
    expect(await summary(page).textContent()).toMatch(/Median 6, from all 3 points/);
    expect(await page.locator('svg.app-chart-svg').evaluate((svg) => svg.outerHTML)).not.toMatch(/NaN|Infinity/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says which moving ranges were screened out, keeps notes on their dates, and writes both to the CSV Note column', async () => {
    const { page, problems } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Screened');
    // One spike: the two moving ranges either side of it are at or above the screening limit.
    const spiky = VALUES.slice(0, 12).map((v, i) => (i === 9 ? 40 : v));
    const rows = spiky.map((v, i) => `${day(i)}\t${v}`);
    await page.fill('#chart-data', rows.join('\n'));
    await page.check('#chart-kind-spc');
    await expect
      .poll(() => summary(page).textContent())
      .toMatch(
        /2 moving ranges at or above the screening limit of [\d.]+ \(3\.267 times the average moving range\) were left out when working out the limits, as the NHS-R Community's NHSRplotthedots package does\./,
      );
    await page.getByText('Add a note to the chart').click();
    await page.selectOption('#chart-note-point', '2');
    await page.fill('#chart-note-text', 'PDSA 1');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await expect.poll(() => page.locator('.app-chart-table tbody tr').nth(2).textContent()).toMatch(/PDSA 1/);
    // A row added before it, out of date order: the note stays on 20 January.
    await page.fill('#chart-data', [`${day(-1)}\t11`, ...rows].join('\n'));
    await expect.poll(() => page.locator('.app-chart-table tbody tr').nth(3).textContent()).toMatch(/20 January 2025.*PDSA 1/);
    expect(await page.locator('.app-chart-table tbody tr').nth(2).textContent()).not.toMatch(/PDSA 1/);
    const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Download the data (CSV)' }).click());
    const lines = readFileSync(csv.file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.endsWith('"Note"')).toBe(true);
    const note = (line: string) => /"([^"]*)"$/.exec(line)?.[1] ?? '';
    expect(lines.slice(1).map(note)).toEqual(
      [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 2, 0].map((k) => ['', 'PDSA 1', 'Moving range left out of the limits (at or above the screening limit)'][k]),
    );
    expect(lines[4]!.startsWith('"20/01/2025"')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shares a chart as a link that opens in a fresh browser', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Shared chart');
    await page.fill('#chart-data', DATA);
    await page.check('#chart-kind-spc');
    await page.check('#chart-direction-increase');
    await page.getByRole('button', { name: 'Make a link to this chart' }).click();
    const link = await page.inputValue('#chart-share-link');
    expect(link).toMatch(/\/tools\/run-chart\/#c=1\./);
    await page.close();

    const browser = await launch();
    try {
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(link);
      await other.locator('#chart-data').waitFor();
      await expect.poll(() => other.locator('#chart-summary').textContent()).toMatch(/Special cause improvement: 8 points above the mean/);
      expect(await other.inputValue('#chart-title')).toBe('Shared chart');
      expect(await other.locator('.app-chart-status').textContent()).toMatch(/shared with you/);
      expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:chart:')).length)).toBe(0);
      await other.getByRole('button', { name: 'Save this chart in this browser' }).click();
      await expect.poll(() => other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:chart:')).length)).toBe(1);
      await expectNoAxe(other);
      // A damaged link is explained, not shown.
      await other.goto(`${link.slice(0, -4)}0000`);
      await other.reload();
      await expect.poll(() => other.locator('.nhsuk-error-summary').textContent()).toMatch(/changed or cut short/);
      await expectNoAxe(other);
    } finally {
      await browser.close();
    }
  });

  it('downloads the chart as SVG, PNG and CSV', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Download me');
    await page.fill('#chart-data', DATA);
    await page.locator('svg.app-chart-svg').waitFor();
    const svg = await saveDownload(page, () => page.getByRole('button', { name: 'Download as SVG' }).click());
    expect(svg.name).toBe('download-me.svg');
    expect(readFileSync(svg.file, 'utf8')).toMatch(/^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*Download me/);
    const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Download the data (CSV)' }).click());
    const lines = readFileSync(csv.file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"Date or label","Value","Median","Side of the median","Signal","Note"');
    expect(lines).toHaveLength(21);
    // What the table shows, the CSV holds: the shift's points are marked.
    expect(lines.filter((l) => l.includes('Part of a shift or trend')).length).toBeGreaterThan(0);
    const png = await saveDownload(page, () => page.getByRole('button', { name: 'Download as an image (PNG)' }).click());
    expect(png.name).toBe('download-me.png');
    expect(readFileSync(png.file).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('follows a change made to the same chart in another tab', async () => {
    const { page: first } = await open(shared.current);
    await first.getByRole('button', { name: 'Start a new chart' }).click();
    await first.fill('#chart-title', 'Two tabs');
    await first.fill('#chart-data', DATA);
    await expect.poll(() => first.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser/);
    const { page: second } = await open(shared.current);
    expect(await second.inputValue('#chart-title')).toBe('Two tabs');
    await second.fill('#chart-title', 'Two tabs, renamed');
    await expect.poll(() => first.inputValue('#chart-title')).toBe('Two tabs, renamed');
    expect(await first.locator('.app-chart-status').textContent()).toMatch(/changed in another tab/);
    await second.getByRole('button', { name: 'Delete Two tabs, renamed' }).click();
    await second.getByRole('button', { name: 'Yes, delete Two tabs, renamed' }).click();
    await expect.poll(() => first.locator('.app-chart-status').textContent()).toMatch(/deleted in another tab/);
    expect(await first.inputValue('#chart-data')).toBe(DATA);
    await first.close();
    await second.close();
  });

  it('prints the chart and its summary on one A4 page', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-data', DATA);
    for (const kind of ['run', 'spc']) {
      await page.check(`#chart-kind-${kind}`);
      await page.locator('#chart-summary').waitFor();
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${kind} chart`).toHaveLength(1);
    }
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('body').focus();
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== 'chart-data'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart-data');
    await page.keyboard.insertText(DATA);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('name'))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chart-kind-run');
    await page.keyboard.press('ArrowDown');
    // No direction chosen yet: no judgement, only variation.
    await expect.poll(() => summary(page).textContent()).toMatch(/Special cause variation \(higher\)/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => summary(page).textContent()).toMatch(/Special cause concern: 8 points above the mean/);
    await page.close();
  });
});

describe('the chart maker when storage fails', () => {
  it('says when this browser will not save charts, and still draws them', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      const { page } = await open(context);
      await expect.poll(() => page.locator('.nhsuk-warning-callout').first().textContent()).toMatch(/not letting QI Hub save your chart/);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => summary(page).textContent()).toMatch(/Signals of non-random variation/);
      expect(await page.locator('.app-chart-status').textContent()).toMatch(/Not saved in this browser/);
      await expectNoAxe(page);
    } finally {
      await browser.close();
    }
  });

  it('says when storage is full, and keeps the chart on the page', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      const { page } = await open(context);
      await page.fill('#chart-data', DATA);
      await expect.poll(() => page.locator('.nhsuk-warning-callout').first().textContent()).toMatch(/storage is full/);
      expect(await page.inputValue('#chart-data')).toBe(DATA);
      await expectNoAxe(page);
    } finally {
      await browser.close();
    }
  });
});

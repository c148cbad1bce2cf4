/**
 * The chart maker on the built site, keeping and sharing: saving and
 * reopening, damaged saved charts, share links opened in a fresh browser,
 * downloads, another tab, storage that is blocked or full, and importing a
 * charts file (all or none, said beside the import control).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxe, url, useContext } from './support';
import type { Page } from 'playwright-core';
import { launch } from '../support';
import { DATA, PAGE, open, openWith, saveDownload, summary } from './chart-maker-support';

describe('the chart maker: keeping and sharing', () => {
  const shared = useContext();

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
    // A double click on Open: the first click opens the chart and its Open button goes, so the second lands on Delete,
    // which must take it as part of the same double click, not as a request to delete.
    await page.getByRole('button', { name: 'Open Renamed chart' }).dblclick();
    await expect.poll(() => page.inputValue('#chart-data')).toBe(DATA);
    await expect.poll(() => page.locator('.app-chart-saved').textContent()).toMatch(/Renamed chart \(open now\)/);
    expect(await page.locator('.app-chart-confirm').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete Renamed chart' }).click();
    await page.getByRole('button', { name: 'Yes, delete Renamed chart' }).click();
    // The section, not the list: when this was the only saved chart, the list gives way to "No charts are saved".
    await expect.poll(() => page.locator('section[aria-labelledby="chart-saved-heading"]').textContent()).not.toMatch(/Renamed chart/);
    await page.close();
  });

  it('keeps a change made just before the person leaves the page, before the browser has had a quiet moment to save it', async () => {
    // The browser never reports a quiet moment, so only leaving the page can save the change.
    await openWith(
      () => {
        window.requestIdleCallback = () => 0;
      },
      async ({ page }) => {
        await page.fill('#chart-title', 'Left in a hurry');
        await page.fill('#chart-data', DATA);
        await expect.poll(() => summary(page).textContent()).toMatch(/Signals of non-random variation/);
        const stored = () => page.evaluate(() => Object.values(localStorage).some((v) => v.includes('Left in a hurry')));
        expect(await stored()).toBe(false);
        await page.goto(url('/methods/'));
        await page.goto(url(PAGE));
        await page.locator('#chart-data').waitFor();
        await expect.poll(() => page.inputValue('#chart-title')).toBe('Left in a hurry');
        expect(await page.inputValue('#chart-data')).toBe(DATA);
      },
    );
  });

  it('imports a data file into a new chart when the open one has data, so the open chart is never replaced', async () => {
    const { page, problems } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Falls test');
    await page.fill('#chart-data', DATA);
    await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
    await page.setInputFiles('#chart-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Date,Falls\n01/01/2025,4\n31/02/2025,5') });
    await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Imported bad.csv as a new chart, “bad”/);
    expect(await page.inputValue('#chart-title')).toBe('bad');
    expect(await page.locator('#chart-bad-rows').textContent()).toMatch(/Line 3/);
    // A picture chosen next: refused by name, and the word on the last file goes, so the two do not stand side by side.
    await page.setInputFiles('#chart-file', { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect.poll(() => page.locator('#chart-file-error').textContent()).toMatch(/“photo.csv” is not a CSV or text file/);
    expect(await page.locator('.app-chart-status').textContent()).not.toMatch(/Imported bad.csv/);
    await page.reload();
    await page.locator('#chart-data').waitFor();
    await page.getByRole('button', { name: 'Open Falls test' }).click();
    await expect.poll(() => page.inputValue('#chart-data')).toBe(DATA);
    // An empty open chart takes the file itself: no empty chart is left behind.
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    const before = await page.locator('.app-chart-saved li').count();
    await page.setInputFiles('#chart-file', { name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('a,1\nb,2\nc,3') });
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/^3 points read/);
    await expect.poll(() => page.locator('.app-chart-saved li').count()).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves keyboard focus to the question when deleting, back on Escape, and to the heading once deleted', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Focus chart');
    await page.fill('#chart-data', DATA);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.getByRole('button', { name: 'Delete Focus chart' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Delete Focus chart?');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Delete Focus chart');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Delete Focus chart?');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Yes, delete Focus chart');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-saved-heading');
    expect(await page.locator('section[aria-labelledby="chart-saved-heading"]').textContent()).not.toMatch(/Focus chart/);
    await expectNoAxe(page);
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
      // Put in the address of the open page, the link is read as the page opens again by itself (a reload here would race it).
      await other.goto(`${link.slice(0, -4)}0000`);
      await expect.poll(() => other.locator('.nhsuk-error-summary').textContent()).toMatch(/changed or cut short/);
      await expectNoAxe(other);
    } finally {
      await browser.close();
    }
  });

  it('opens a chart link put in the address of the open page, and Back returns to your own chart', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Mine');
    await page.fill('#chart-data', DATA);
    await page.getByRole('button', { name: 'Make a link to this chart' }).click();
    const link = await page.inputValue('#chart-share-link');
    await page.fill('#chart-title', 'Mine, changed');
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/shared with you/);
    await expect.poll(() => page.inputValue('#chart-title')).toBe('Mine');
    await page.goBack();
    await expect.poll(() => page.locator('.app-chart-status').textContent()).not.toMatch(/shared with you/);
    await expect.poll(() => page.inputValue('#chart-title')).toBe('Mine, changed');
    await page.close();
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

  it('writes worked-out numbers in the CSV without floating-point noise, and the person’s values as entered, there and in the table', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-title', 'Noisy sums');
    const values = ['50.0', '51.3', '52.7', '54.0', '55.3', '56.7', '58.0', '52.3', '53.6', '55.0', '56.3', '57.6', '58.9', '60.2', '54.5', '50.6117'];
    await page.fill('#chart-data', values.map((v, i) => `${i + 1}/1/2000,${v}`).join('\n'));
    await page.locator('#chart-kind-spc').check();
    await page.locator('.app-chart-table').waitFor();
    await expect.poll(() => page.locator('.app-chart-table thead').textContent()).toMatch(/Process limits/);
    expect(await page.locator('.app-chart-table tbody tr').nth(15).locator('td').first().textContent()).toBe('50.6117');
    const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Download the data (CSV)' }).click());
    const rows = readFileSync(csv.file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.slice(1, -1).split('","'));
    expect(rows.map((r) => r[1])).toEqual(values.map((v) => String(Number(v))));
    expect(rows.map((r) => r[5])).toEqual(['', '1.3', '1.4', '1.3', '1.3', '1.4', '1.3', '5.7', '1.3', '1.4', '1.3', '1.3', '1.3', '1.3', '5.7', '3.8883']);
    // Mean and limits: ten significant figures at most (the data's scale), so no tail of floating-point noise.
    for (const cell of rows.flatMap((r) => r.slice(2, 5))) expect(cell).toMatch(/^-?\d{1,2}(\.\d{1,8})?$/);
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
});

describe('the chart maker when storage fails', () => {
  it('says when this browser will not save charts, and still draws them', async () => {
    await openWith(
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
      async ({ page }) => {
        await expect.poll(() => page.locator('.nhsuk-warning-callout').first().textContent()).toMatch(/not letting QI Hub save your chart/);
        await page.fill('#chart-data', DATA);
        await expect.poll(() => summary(page).textContent()).toMatch(/Signals of non-random variation/);
        expect(await page.locator('.app-chart-status').textContent()).toMatch(/Not saved in this browser/);
        await expectNoAxe(page);
      },
    );
  });

  it('says when storage is full, and keeps the chart on the page', async () => {
    await openWith(
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
      async ({ page }) => {
        await page.fill('#chart-data', DATA);
        await expect.poll(() => page.locator('.nhsuk-warning-callout').first().textContent()).toMatch(/storage is full/);
        expect(await page.inputValue('#chart-data')).toBe(DATA);
        await expectNoAxe(page);
      },
    );
  });
});

/** A charts file as "Export charts" writes it: `count` charts of `points` points each. */
function chartsFile(count: number, points: number): Buffer {
  // Daily from 1 January 2000, as the tester's file had: about 15 characters a point.
  const data = Array.from({ length: points }, (_, i) => {
    const d = new Date(Date.UTC(2000, 0, 1 + i));
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()},${(50 + (i % 13) / 10).toFixed(1)}`;
  }).join('\n');
  const charts = Array.from({ length: count }, (_, i) => ({
    title: `Imported ${i + 1}`,
    kind: 'spc',
    data,
    baseline: null,
    direction: null,
    target: null,
    rebaseAt: [],
    annotations: [],
  }));
  return Buffer.from(JSON.stringify({ format: 'qi-hub-charts', v: 1, exportedAt: '2026-12-01T10:00:00.000Z', charts }));
}

describe('the chart maker: importing a charts file', () => {
  const result = (page: Page) => page.locator('#chart-import-result');
  /** Chooses a file as a person on a phone would: the import control scrolled into view, then the file picked. */
  async function choose(page: Page, name: string, buffer: Buffer) {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('#chart-import').scrollIntoViewIfNeeded();
    await page.setInputFiles('#chart-import', { name, mimeType: 'application/json', buffer });
  }
  /** The result is beside the control, inside the viewport, announced (a status region) and describing the control. */
  async function expectBeside(page: Page) {
    const box = (await result(page).boundingBox())!;
    const input = (await page.locator('#chart-import').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(Math.abs(input.y - (box.y + box.height))).toBeLessThan(60);
    expect(await page.locator('[role="status"] #chart-import-result').count()).toBe(1);
    expect(await page.getAttribute('#chart-import', 'aria-describedby')).toBe('chart-import-result');
  }

  it('imports every chart and says so beside the control; a damaged or newer file is an error there', async () => {
    await openWith(
      () => {},
      async ({ page, problems }) => {
        await choose(page, 'two.json', chartsFile(2, 20));
        await expect.poll(() => result(page).textContent()).toBe('Imported 2 charts from two.json. Open them from the list.');
        await expectBeside(page);
        expect(await page.locator('.app-chart-saved li').count()).toBe(2);
        await choose(page, 'cut.json', chartsFile(2, 20).subarray(0, 300));
        await expect.poll(() => result(page).textContent()).toBe('Error: Nothing was imported from cut.json. This file is not a QI Hub charts file: it is not JSON.');
        await expectBeside(page);
        expect(await page.locator('.app-chart-saved li').count()).toBe(2);
        await expectNoAxe(page);
        const newer = JSON.parse(chartsFile(1, 20).toString());
        await choose(page, 'v9.json', Buffer.from(JSON.stringify({ ...newer, v: 9 })));
        await expect.poll(() => result(page).textContent()).toMatch(/newer version of QI Hub/);
        await expectBeside(page);
        expect(problems).toEqual([]);
      },
    );
  });

  it('imports none of the charts when they do not all fit, says so, and keeps the charts already saved', async () => {
    await openWith(
      () => {},
      async ({ page }) => {
        await page.fill('#chart-title', 'Kept before');
        await page.fill('#chart-data', DATA);
        await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
        // 300 charts of 2,000 points: about 9 million characters, more than the 5 million Chromium keeps for a site.
        await choose(page, 'many.json', chartsFile(300, 2000));
        await expect.poll(() => result(page).textContent(), { timeout: 30_000 }).toMatch(
          /^Error: None of the 300 charts in many.json were imported: this browser’s storage is full, and it had room for only \d+ of them\. Your saved charts are as they were\./,
        );
        await expectBeside(page);
        const titles = () => page.locator('.app-chart-saved strong').allTextContents();
        expect(await titles()).toEqual(['Kept before']);
        // Nothing was left filling storage: the open chart still saves.
        await page.fill('#chart-title', 'Kept before, renamed');
        await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser at/);
        await page.reload();
        await page.locator('#chart-data').waitFor();
        expect(await titles()).toEqual(['Kept before, renamed']);
        expect(await page.inputValue('#chart-data')).toBe(DATA);
      },
    );
  });
});

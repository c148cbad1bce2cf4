/**
 * The run chart and SPC chart maker on the built site, what it draws: data
 * pasted, typed and imported (with bad rows listed), the rules' findings in
 * the summary and the table, printing, keyboard only, axe and 320 px.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { expectNoAxe, openPage, useContext } from './support';
import { DATA, PAGE, VALUES, day, expectNoSideways, open, saveDownload, summary } from './chart-maker-support';

describe('the chart maker: drawing', () => {
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
        /Signals of non-random variation\. Anhøj's rules: an unusually long run \(9 points below the median from 6 January 2025 to 24 March 2025\); too few runs\. IHI rules: a shift \(9 points below .*; a shift \(8 points above the median from 31 March 2025 to 19 May 2025\); too few runs \(2 runs, fewer than 5\)\. Median 12/,
      );
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/20 points read, with the heading row/);
    const shift = page.locator('.app-chart-rules .nhsuk-summary-list__row').filter({ hasText: 'Shift: an unusually long run' });
    expect(await shift.locator('.nhsuk-tag').textContent()).toBe('Signal');
    const runs = page.locator('.app-chart-rules .nhsuk-summary-list__row').filter({ hasText: 'Too few or too many runs (IHI)' });
    expect(await runs.locator('.nhsuk-tag').textContent()).toBe('Signal');
    expect(await runs.textContent()).toMatch(/2 runs, from 17 points not on the median\. For 17 points, expect 5 to 13 runs by chance/);
    const rows = page.locator('.app-chart-table tbody tr');
    expect(await rows.count()).toBe(20);
    expect(await rows.nth(12).textContent()).toMatch(/31 March 2025.*15.*Above.*Part of a shift or trend/);
    expect(await page.locator('svg.app-chart-svg title').textContent()).toBe('Four-hour waits');
    // A baseline the chart cannot use says which one it still uses; one longer than the data says all points are used.
    await page.fill('#chart-baseline', '10');
    await expect.poll(() => summary(page).textContent()).toMatch(/from the first 10 points \(the baseline\)/);
    await page.fill('#chart-baseline', '1');
    await expect.poll(() => page.locator('#chart-baseline-error').textContent()).toMatch(/The chart still uses the first 10 points\./);
    await expectNoAxe(page);
    await page.fill('#chart-baseline', '999');
    await expect.poll(() => page.locator('#chart-baseline-error').textContent()).toBe('Your data has 20 points, fewer than 999, so the median is worked out from all of them.');
    await page.fill('#chart-baseline', '');
    await expect.poll(() => page.locator('#chart-baseline-error').count()).toBe(0);
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('writes x-axis dates with four-digit years, every label whole and none overlapping, at 320 px', async () => {
    const { page, problems } = await open(shared.current);
    // The tester's chart: 2,000 days from 1 January 2000 ("1 Jan 00" could be 1900), then 9 points 25 days apart (the
    // labels closest together, as the last one is never dropped), each with wide month names.
    const daily = (n: number, every: number, from = Date.UTC(2000, 0, 1)) =>
      Array.from({ length: n }, (_, i) => {
        const d = new Date(from + i * every * 86_400_000);
        return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()},${50 + (i % 7)}`;
      }).join('\n');
    await page.setViewportSize({ width: 320, height: 640 });
    for (const [data, first] of [
      [daily(2000, 1), '1 Jan 2000'],
      [daily(9, 25, Date.UTC(2008, 4, 28)), '28 May 2008'],
    ] as const) {
      // A new chart each time: 2,000 lines close the data box.
      await page.getByRole('button', { name: 'Start a new chart' }).click();
      await page.fill('#chart-data', data);
      const labels = page.locator('svg.app-chart-svg text[transform^="rotate(-30"]');
      await expect.poll(() => labels.first().textContent()).toBe(first);
      for (const t of await labels.allTextContents()) expect(t).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      // Each label's four corners on screen, as drawn (rotated), and the chart's box.
      const { quads, box } = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('svg.app-chart-svg')!;
        const texts = [...svg.querySelectorAll<SVGTextElement>('text[transform^="rotate(-30"]')];
        return {
          box: svg.getBoundingClientRect().toJSON() as DOMRect,
          quads: texts.map((t) => {
            const b = t.getBBox();
            const m = t.getScreenCTM()!;
            return [
              [b.x, b.y],
              [b.x + b.width, b.y],
              [b.x + b.width, b.y + b.height],
              [b.x, b.y + b.height],
            ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m)).map((p) => ({ x: p.x, y: p.y }));
          }),
        };
      });
      for (const q of quads) {
        for (const c of q) {
          expect(c.x).toBeGreaterThanOrEqual(box.left - 0.5);
          expect(c.x).toBeLessThanOrEqual(box.right + 0.5);
          expect(c.y).toBeLessThanOrEqual(box.bottom + 0.5);
        }
      }
      // Neighbouring labels do not overlap: some edge of one of them separates the two (separating axis test).
      const separated = (a: typeof quads[number], b: typeof quads[number]) =>
        [a, b].some((poly) =>
          poly.some((p, i) => {
            const q = poly[(i + 1) % 4]!;
            const axis = { x: q.y - p.y, y: p.x - q.x };
            const project = (points: typeof poly) => points.map((c) => c.x * axis.x + c.y * axis.y);
            const [pa, pb] = [project(a), project(b)];
            return Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa);
          }),
        );
      for (let i = 1; i < quads.length; i++) expect(separated(quads[i - 1]!, quads[i]!)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
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

  it('a double click on Remove removes one thing: a line in the table, a recalculation', async () => {
    const { page, problems } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-data', 'Week 1\t4\nWeek 2\t5\nWeek 3\t6\nWeek 4\t7\nWeek 5\t8');
    await page.getByText('Type or change your data in a table').click();
    // Removing line 2 moves line 3's Remove button under the pointer for the second click.
    await page.getByRole('button', { name: 'Remove line 2' }).dblclick();
    await expect.poll(() => page.inputValue('#chart-data')).toBe('Week 1\t4\nWeek 3\t6\nWeek 4\t7\nWeek 5\t8');
    await page.check('#chart-kind-spc');
    await page.getByText('Recalculate the limits from a point').click();
    for (const at of ['1', '2']) {
      await page.selectOption('#chart-rebase-point', at);
      await page.getByRole('button', { name: 'Recalculate from this point' }).click();
    }
    const remove = page.locator('#chart-rebase-point').locator('xpath=ancestor::fieldset').locator('.app-chart-remove');
    await expect.poll(() => remove.count()).toBe(2);
    await remove.first().dblclick();
    await expect.poll(() => remove.count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps keyboard focus in the list when a recalculation or note is removed', async () => {
    const { page } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-data', DATA);
    await page.check('#chart-kind-spc');
    await page.getByText('Recalculate the limits from a point').click();
    for (const at of ['5', '12']) {
      await page.selectOption('#chart-rebase-point', at);
      await page.getByRole('button', { name: 'Recalculate from this point' }).click();
    }
    const remove = page.locator('#chart-rebase-point').locator('xpath=ancestor::fieldset').locator('.app-chart-remove');
    await expect.poll(() => remove.count()).toBe(2);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.id);
    await remove.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^Remove: Limits recalculated from 31 March 2025/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-rebase-point');
    await page.getByText('Add a note to the chart').click();
    await page.fill('#chart-note-text', 'PDSA 1');
    await page.getByRole('button', { name: 'Add the note' }).click();
    const removeNote = page.locator('#chart-note-point').locator('xpath=ancestor::fieldset').locator('.app-chart-remove');
    await expect.poll(() => removeNote.textContent()).toMatch(/PDSA 1/);
    await removeNote.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-note-point');
    await page.close();
  });

  it('links the data sheet from the notice shown without JavaScript', async () => {
    const context = await shared.current.browser()!.newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, PAGE);
    const link = page.locator('noscript a, .nhsuk-inset-text a').filter({ hasText: 'run chart data sheet' });
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/\/templates\/run-chart-data-sheet\/$/);
    await context.close();
  });

  it('imports a CSV file into a new, empty chart, names the chart after the file, and lists its bad rows with line numbers and reasons', async () => {
    const { page, problems } = await open(shared.current);
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await expect.poll(() => page.locator('#chart-title').inputValue()).toBe('Untitled chart');
    const csv = ['Date,Falls', '01/01/2025,4', '01/02/2025,6', '31/02/2025,5', '01/04/2025,ten', '01/05/2025,3', ',7', '01/06/2025,5'].join('\r\n');
    await page.setInputFiles('#chart-file', { name: 'falls.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const bad = page.locator('#chart-bad-rows');
    await expect.poll(() => bad.textContent()).toMatch(/3 rows could not be used/);
    const text = await bad.textContent();
    expect(text).toMatch(/Line 4.*"31\/02\/2025" is not a real date/);
    expect(text).toMatch(/Line 5.*The value "ten" is not a number/);
    expect(text).toMatch(/Line 7.*There is no date or label/);
    expect(await page.locator('#chart-title').inputValue()).toBe('falls');
    // The saved charts list shows the new name once the chart is saved, which waits for an idle moment.
    await expect.poll(() => page.locator('.app-chart-saved').textContent()).toMatch(/falls \(open now\)/);
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

// In a browser of its own: the chart it leaves saved (an SPC chart) is not the one the tests above expect to find.
describe('the chart maker: choices for the kind of chart', () => {
  const shared = useContext();

  it("offers only the chosen kind of chart's choices, to the eye, the keyboard and axe", async () => {
    const { page, problems } = await open(shared.current);
    await page.fill('#chart-data', DATA);
    await page.locator('#chart-kind-spc').check();
    await page.getByText('Recalculate the limits from a point').click();
    await expect.poll(() => page.locator('#chart-rebase-point').isVisible()).toBe(true);
    await page.locator('#chart-kind-run').check();
    // The SPC chart's choices are set aside (kept for a quick switch back), not shown, and out of reach.
    await expect.poll(() => page.locator('#chart-baseline').isVisible()).toBe(true);
    for (const id of ['#chart-target', '#chart-direction-increase', '#chart-rebase-point']) expect(await page.locator(id).isVisible(), id).toBe(false);
    await page.locator('#chart-kind-run').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-baseline');
    await expectNoAxe(page);
    await page.locator('#chart-kind-spc').check();
    await expect.poll(() => page.locator('#chart-rebase-point').isVisible()).toBe(true);
    expect(await page.locator('#chart-baseline').isVisible()).toBe(false);
    await page.locator('#chart-kind-spc').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^chart-direction-/);
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});

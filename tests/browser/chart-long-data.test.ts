/**
 * The chart maker with a long text pasted: the box holding it closes so the
 * page stays quick, the text is kept exactly, and the person can open the box
 * again to read or change it, by keyboard, with axe clean and at 320 px.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxe, openPage, useContext } from './support';
import { day, expectNoSideways, open, summary } from './chart-maker-support';

const ROWS = 150;
const LONG = ['Week\tFalls', ...Array.from({ length: ROWS }, (_, i) => `${day(i)}\t${10 + (i % 5)}`)].join('\n');

describe('the chart maker with a long paste', () => {
  const shared = useContext();

  it('closes the box, keeps the text exactly, and opens it again to change it', async () => {
    const { page, problems } = await open(shared.current);
    await page.focus('#chart-data');
    await page.fill('#chart-data', LONG);
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/150 points read/);
    await expect.poll(() => page.locator('#chart-data').isHidden()).toBe(true);
    const opener = page.getByRole('button', { name: 'Show or change the data as text' });
    expect(await page.locator('.app-chart-data-closed-note').textContent()).toMatch(/The box holding your data \(151 lines\) is closed/);
    // Focus was in the box the paste closed: it moves to the button that opens it, not to the page.
    await expect.poll(() => opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.inputValue('#chart-data')).toBe(LONG);
    await expectNoAxe(page);
    await expectNoSideways(page);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#chart-data').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-data');
    expect(await page.inputValue('#chart-data')).toBe(LONG);
    // Typing a row at the end, key by key, keeps the box open.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${day(ROWS)}\t30`);
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/151 points read/);
    expect(await page.locator('#chart-data').isVisible()).toBe(true);
    await expectNoAxe(page);

    await expect.poll(() => page.locator('.app-chart-status').textContent()).toMatch(/Saved in this browser/);
    // Saved as typed; opened again, the long text is in the closed box.
    await page.reload();
    await page.locator('#chart-data').waitFor({ state: 'attached' });
    await expect.poll(() => page.inputValue('#chart-data')).toBe(`${LONG}\n${day(ROWS)}\t30`);
    expect(await page.locator('#chart-data').isHidden()).toBe(true);
    expect(await opener.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('undoes a long paste over earlier data, and keeps a box the person opened open as more comes in', async () => {
    // The chart the first test saved opens with its box closed.
    const { page, problems } = await openPage(shared.current, '/tools/run-chart/');
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    const SHORT = LONG.split('\n').slice(0, 31).join('\n');
    await page.fill('#chart-data', SHORT);
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/30 points read/);
    // The browser's own undo cannot reach the closed box, so the page offers one.
    await page.fill('#chart-data', LONG);
    await expect.poll(() => page.locator('#chart-data').isHidden()).toBe(true);
    await expectNoAxe(page);
    await page.getByRole('button', { name: 'Undo the paste' }).click();
    await expect.poll(() => page.inputValue('#chart-data')).toBe(SHORT);
    await expect.poll(() => page.locator('#chart-data').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chart-data');
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/30 points read/);
    expect(await page.getByRole('button', { name: 'Undo the paste' }).count()).toBe(0);

    await page.fill('#chart-data', LONG);
    await page.getByRole('button', { name: 'Show or change the data as text' }).click();
    const more = `${LONG}\n${day(ROWS)}\t31\n${day(ROWS + 1)}\t32\n${day(ROWS + 2)}\t33`;
    await page.fill('#chart-data', more);
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/153 points read/);
    expect(await page.locator('#chart-data').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Undo the paste' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('counts a long list of special causes and shows it all on request, by keyboard, with axe clean', async () => {
    // Blocks of 8 weeks at 20 then 8 at 10: 20 stretches of special cause points, more than are listed at once.
    const blocks = ['Week\tFalls', ...Array.from({ length: 160 }, (_, i) => `${day(i)}\t${Math.floor(i / 8) % 2 ? 10 : 20}`)].join('\n');
    const { page, problems } = await openPage(shared.current, '/tools/run-chart/');
    await page.getByRole('button', { name: 'Start a new chart' }).click();
    await page.fill('#chart-data', blocks);
    await expect.poll(() => page.locator('#chart-data-count').textContent()).toMatch(/160 points read/);
    await page.locator('#chart-kind-spc').check();
    await page.locator('#chart-direction-increase').check();
    await expect.poll(() => summary(page).textContent()).toMatch(/20 stretches of special cause points: 10 special cause improvement and 10 special cause concern\./);
    const show = page.locator('#chart-summary summary', { hasText: 'Show all 20 stretches' });
    expect(await summary(page).locator('li', { hasText: 'points above the mean' }).count()).toBe(0);
    await expectNoAxe(page);
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary(page).locator('details li').count()).toBe(20);
    expect(await summary(page).locator('details li').first().textContent()).toMatch(/^Special cause improvement: 8 points .* from 6 January 2025 to/);
    await expectNoAxe(page);
    await expectNoSideways(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});


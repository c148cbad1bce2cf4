import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectNoAxe, openPage, url } from './support';
import { useBrowser } from '../support';

const chromium = useBrowser();

const PATH = '/assessments/readiness-to-innovate/';
const KEY = 'qi-hub:answers:readiness-to-innovate';
const status = (page: Page) => page.getByTestId('save-status');
/** Waits until the island has put the stored answers on the form. */
const loaded = (page: Page) => page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });

async function fresh(init?: (page: Page) => Promise<void>) {
  const context = await chromium.current.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('Failed to load resource') && problems.push(m.text()));
  if (init) await init(page);
  await page.goto(url(PATH));
  await loaded(page);
  return { context, page, problems };
}

/** Moves focus to the first radio of the form by keyboard alone. */
async function tabToFirstRadio(page: Page) {
  await page.locator('#assessment-form').evaluate((f) => {
    // Start just before the form, as a person does after reading the introduction.
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    f.before(marker);
    marker.focus();
  });
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement)?.type === 'radio')) return;
  }
  throw new Error('Tab never reached a radio');
}

describe('answering an instrument by keyboard', () => {
  it('saves each answer, restores them all after a reload, and shows results with links that resolve', async () => {
    const { context, page, problems } = await fresh();
    await expectNoAxe(page); // empty

    // 8 statements; the 0–5 scale's first radio is 0. Space picks it, arrows move along the scale.
    const wanted = [3, 1, 4, 1, 5, 2, 0, 4];
    await tabToFirstRadio(page);
    for (const [i, v] of wanted.entries()) {
      await page.keyboard.press('Space');
      for (let k = 0; k < v; k++) await page.keyboard.press('ArrowRight');
      if (i === 2) {
        await expect.poll(() => status(page).textContent()).toMatch(/^Saved in this browser at/);
        await expectNoAxe(page); // partial
        await page.locator('input[type=radio]:checked').nth(2).focus();
      }
      if (i < wanted.length - 1) await page.keyboard.press('Tab');
    }
    const checked = () => page.locator('#assessment-form input[type=radio]:checked').evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
    expect(await checked()).toEqual(wanted);
    expect(await status(page).textContent()).toMatch(/^Saved in this browser at \d\d:\d\d\.$/);

    await page.reload();
    await loaded(page);
    expect(await checked()).toEqual(wanted);

    const results = page.getByTestId('results');
    await results.scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByTestId('total').textContent()).toBe('Total: 20 out of 40');
    expect(await results.textContent()).toContain('You have answered all 8 statements.');
    const links = await page.getByTestId('weakest').locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of new Set(links)) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    await expectNoAxe(page); // complete
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('snapshots', () => {
  it('saves one snapshot for a double click on Save snapshot', async () => {
    const { context, page, problems } = await fresh();
    await page.locator('#assessment-form input[type=radio]').nth(2).check();
    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await page.getByLabel('Name this snapshot').fill('Once');
    await page.getByRole('button', { name: 'Save snapshot' }).dblclick();
    // One more, with a single click: once it is listed, anything the double click did is listed too.
    await page.getByLabel('Name this snapshot').fill('Then');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect.poll(() => page.getByTestId('snapshots').locator('tbody th').allTextContents()).toContain('Then');
    expect(await page.getByTestId('snapshots').locator('tbody th').allTextContents()).toEqual(['Once', 'Then']);
    expect(await page.getByTestId('snapshot-status').textContent()).toBe('Snapshot “Then” saved.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves a baseline, changes answers and compares', async () => {
    const { context, page, problems } = await fresh();
    for (let i = 0; i < 8; i++) await page.locator('#assessment-form input[type=radio]').nth(i * 6 + 2).check();
    await page.getByTestId('results').scrollIntoViewIfNeeded();
    await page.getByLabel('Name this snapshot').fill('Baseline');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect.poll(() => page.getByTestId('snapshots').textContent()).toContain('Baseline');

    await page.locator('#assessment-form input[type=radio]').nth(0 * 6 + 5).check();
    await page.locator('#assessment-form input[type=radio]').nth(1 * 6 + 0).check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = page.getByTestId('comparison');
    await expect.poll(() => comparison.textContent()).toContain('1 statement went up, 1 went down and 6 stayed the same.');
    expect(await comparison.locator('.app-chart[role=img]').count()).toBe(1);
    expect(await comparison.locator('table').last().textContent()).toContain('Up 3');
    await expectNoAxe(page); // comparison

    // Start again keeps the snapshot; a confirmation comes first.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('#assessment-form input:checked').count()).toBe(8);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await expect.poll(() => page.locator('#assessment-form input:checked').count()).toBe(0);
    expect(await page.getByTestId('snapshots').textContent()).toContain('Baseline');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('storage faults', () => {
  it('blocked storage: says so, and answers stay on the page', async () => {
    const { context, page } = await fresh(async (p) => {
      await p.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      });
    });
    expect(await page.locator('[data-fault="blocked"]').textContent()).toContain('not letting QI Hub save your answers');
    await page.locator('#assessment-form input[type=radio]').nth(3).check();
    await expect.poll(() => status(page).textContent()).toContain('Not saved in this browser');
    expect(await page.locator('#assessment-form input[type=radio]').nth(3).isChecked()).toBe(true);
    await expectNoAxe(page);
    await context.close();
  });

  it('full storage: says so on the first answer, keeps what was saved before', async () => {
    const before = { v: 1, instrument: 'readiness-to-innovate', updatedAt: '2025-01-01T10:00:00.000Z', answers: { 'open-to-new-initiatives': { value: 2, at: '2025-01-01T10:00:00.000Z' } }, snapshots: [] };
    const { context, page } = await fresh(async (p) => {
      await p.addInitScript((rec) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('qi-hub:answers:readiness-to-innovate', JSON.stringify(rec));
          sessionStorage.setItem('seeded', '1');
        }
        Storage.prototype.setItem = function () {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      }, before);
    });
    expect(await page.locator('#q-open-to-new-initiatives-2').isChecked()).toBe(true);
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => page.locator('[data-fault="full"]').count()).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(JSON.stringify(before));
    // A snapshot taken now is not said to be saved: the message under the button says where it is.
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect.poll(() => page.getByTestId('snapshot-status').textContent()).toMatch(/^Snapshot “.+” was not saved in this browser\. It is on this page until you close it/);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(JSON.stringify(before));
    await expectNoAxe(page);
    await context.close();
  });

  it('storage full while offline: says "Not saved" at once, and why, with its card, once the connection is back', async () => {
    const { context, page } = await fresh(async (p) => {
      await p.addInitScript(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      });
    });
    await context.setOffline(true);
    await page.locator('#q-generate-new-ideas-4').check();
    // The reason comes with the warning cards, which cannot be fetched offline.
    await expect.poll(() => status(page).textContent()).toBe('Not saved in this browser.');
    expect(await page.locator('[data-fault="full"]').count()).toBe(0);
    await context.setOffline(false);
    await expect.poll(() => page.locator('[data-fault="full"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await status(page).textContent()).toBe('Not saved in this browser. Your answers are kept on this page until you close it.');
    await expectNoAxe(page);
    await context.close();
  });

  it('corrupt record: kept aside, downloadable, and the page starts afresh', async () => {
    const { context, page } = await fresh(async (p) => {
      await p.addInitScript((k) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(k, '{"v":1,"answers":{"open-to');
          sessionStorage.setItem('seeded', '1');
        }
      }, KEY);
    });
    const fault = page.locator('[data-fault="not-json"]');
    expect(await fault.textContent()).toContain('kept a copy aside');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:kept-aside:')).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual(['{"v":1,"answers":{"open-to']);
    const [download] = await Promise.all([page.waitForEvent('download'), fault.getByRole('button', { name: 'Download the damaged record' }).click()]);
    const text = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(text).toString()).toBe('{"v":1,"answers":{"open-to');
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved in this browser/);
    await expectNoAxe(page);
    await context.close();
  });

  it('cleared by another tab: reported, answers still on the page, and can be saved again', async () => {
    const { context, page } = await fresh();
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved in this browser/);
    const other = await context.newPage();
    await other.goto(url('/assessments/'));
    await other.evaluate(() => localStorage.clear());
    await expect.poll(() => page.locator('[data-fault="cleared"]').count()).toBe(1);
    expect(await page.locator('#q-generate-new-ideas-4').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save them in this browser again' }).click();
    await expect.poll(() => other.evaluate((k) => localStorage.getItem(k), KEY)).toContain('"value":4');
    await context.close();
  });

  it('two tabs answering the same instrument keep both answers and settle', async () => {
    const { context, page } = await fresh(async (p) => {
      await p.context().addInitScript(() => {
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k: string, v: string) {
          (window as unknown as { writes: number }).writes = ((window as unknown as { writes?: number }).writes ?? 0) + 1;
          return set.call(this, k, v);
        };
      });
    });
    const second = await context.newPage();
    await second.goto(url(PATH));
    await loaded(second);
    await page.locator('#q-open-to-new-initiatives-1').check();
    await second.locator('#q-generate-new-ideas-5').check();
    await expect.poll(() => page.locator('#q-generate-new-ideas-5').isChecked()).toBe(true);
    await expect.poll(() => second.locator('#q-open-to-new-initiatives-1').isChecked()).toBe(true);
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    expect(Object.keys(stored.answers).sort()).toEqual(['generate-new-ideas', 'open-to-new-initiatives']);
    // No write loop: one write per answer, plus at most one write-back each.
    const writes = async (p: Page) => p.evaluate(() => (window as unknown as { writes?: number }).writes ?? 0);
    expect((await writes(page)) + (await writes(second))).toBeLessThanOrEqual(4);
    await context.close();
  });
});

describe('the assessments page', () => {
  it('shows each instrument as not started, in progress or completed', async () => {
    const context: BrowserContext = await chromium.current.newContext();
    const { page } = await openPage(context, PATH);
    await loaded(page);
    await page.locator('#q-generate-new-ideas-4').check();
    await expect.poll(() => status(page).textContent()).toMatch(/^Saved in this browser/);
    await page.goto(url('/assessments/'));
    await expect.poll(() => page.locator('[data-progress-for="readiness-to-innovate"]').textContent()).toBe('In progress: 1 of 8');
    expect(await page.locator('[data-progress-for="qi-approach"]').textContent()).toBe('Not started');
    await expectNoAxe(page);
    await context.close();
  });
});

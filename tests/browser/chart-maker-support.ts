/**
 * What the chart maker's browser tests share: the page, a 20-week data set
 * with a shift, opening the page (also in a browser of its own with a script
 * run before the page's), 320 px and downloads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from './support';
import { launch } from '../support';


export const PAGE = '/tools/run-chart/';
export const dir = mkdtempSync(path.join(os.tmpdir(), 'qi-chart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 20 weeks from 6 January 2025: 12 around 10, then 8 clearly higher (a shift). */
export const VALUES = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 10, 11, 15, 16, 15, 17, 16, 15, 16, 17];
export const day = (i: number) => {
  const d = new Date(Date.UTC(2025, 0, 6 + 7 * i));
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
export const DATA = ['Week\tPatients seen within 4 hours', ...VALUES.map((v, i) => `${day(i)}\t${v}`)].join('\n');

export async function open(context: BrowserContext, at = PAGE): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(context, at);
  await opened.page.locator('#chart-data').waitFor();
  return opened;
}

export async function expectNoSideways(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

export const summary = (page: Page) => page.locator('#chart-summary');

export async function saveDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

/** The chart maker in a browser of its own, with `init` run before the page's scripts (to break storage or the idle callback); the browser is closed afterwards. */
export async function openWith(init: () => void, run: (opened: { page: Page; problems: string[] }) => Promise<void>): Promise<void> {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    await context.addInitScript(init);
    await run(await open(context));
  } finally {
    await browser.close();
  }
}

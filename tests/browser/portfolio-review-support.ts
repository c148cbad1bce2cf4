/** What the portfolio review's browser tests share: waiting for the tool, axe, and starting from an empty review. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axe, describeViolations } from './support';

/**
 * Resolves once the tool has loaded and read storage. It loads when it is
 * reached, or at the first key press or scroll: scroll to it, as a person would.
 */
export async function ready(page: Page) {
  const tool = page.locator('[data-testid=portfolio][data-ready]');
  const loading = page.locator('[data-testid=portfolio-loading]');
  await tool.or(loading).first().waitFor();
  await page.evaluate(() => document.querySelector('[data-testid=portfolio-loading]')?.scrollIntoView());
  await tool.waitFor();
}

export async function noViolations(page: Page) {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
}

/** The tool with nothing stored: clears storage and reloads. */
export async function fresh(page: Page) {
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
}

/** What the portfolio review's browser tests share: waiting for the tool, axe, and starting from an empty review. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axe, describeViolations } from './support';

/** Resolves once the tool has hydrated and read storage. */
export const ready = (page: Page) => page.locator('[data-testid=portfolio][data-ready]').waitFor();

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

/**
 * Steps on an assessment page that several browser test files take: waiting
 * for the form and the portability island, answering, downloading.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';

export const READINESS = '/assessments/readiness-to-innovate/';
export const READINESS_KEY = 'qi-hub:answers:readiness-to-innovate';
/** Readiness to innovate's statements, in order. */
export const READINESS_ITEMS = [
  'open-to-new-initiatives',
  'generate-new-ideas',
  'learn-from-outside',
  'time-to-review-performance',
  'staff-empowered-to-intervene',
  'support-when-ideas-fail',
  'evaluate-new-initiatives',
  'recognise-and-reward',
];

/** Waits until the form script has put the stored answers on the form. */
export async function ready(page: Page) {
  await page.waitForSelector('#assessment-form[data-loaded="true"]', { state: 'attached' });
}

/** Brings the portability island into view (it hydrates when visible) and waits for it. */
export async function portability(page: Page) {
  const section = page.getByTestId('portability');
  await section.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const island = document.querySelector('astro-island[component-url*="Portability"]');
    return island && !island.hasAttribute('ssr');
  });
  return section;
}

/** Clicks something that downloads a file and saves the file in `dir`. */
export async function saveDownload(page: Page, click: () => Promise<void>, dir: string, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

/** Answers the first statements of Readiness to innovate with `values`, then waits until they are saved. */
export async function answerReadiness(page: Page, values: number[], from = 0) {
  for (let i = 0; i < values.length; i++) await page.check(`#q-${READINESS_ITEMS[from + i]}-${values[i]}`);
  await page.waitForFunction(() => /Saved in this browser/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''));
}

/** The values checked on the form, in statement order (null where nothing is checked). */
export function checkedValues(page: Page): Promise<(number | null)[]> {
  return page.evaluate(
    (ids) => ids.map((id) => {
      const input = document.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`);
      return input ? Number(input.value) : null;
    }),
    READINESS_ITEMS,
  );
}

/** Every localStorage key QI Hub wrote. */
export function qiHubKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qi-hub:')).sort());
}

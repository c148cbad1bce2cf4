/**
 * axe-core on every page in the build (not a sample), with the WCAG 2.0, 2.1
 * and 2.2 A and AA rules and best practices. A few pages at a time in one
 * Chromium keeps the whole run short on two cores. Every page must also load
 * without a console error or CSP violation.
 */
import { describe, test } from 'vitest';
import { axe, describeViolations, openPage, useContext } from './support';
import { htmlFiles, isRedirectFile } from '../support';

const pages = htmlFiles()
  .filter((f) => !isRedirectFile(f))
  .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);

const PARALLEL = 3;
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const context = useContext();

describe.concurrent('axe on every page', () => {
  test('there are pages to check', ({ expect }) => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(20);
  });

  test.for(pages)('%s', async (p, { expect }) =>
    slot(async () => {
      const { page, problems } = await openPage(context.current, p);
      try {
        await page.waitForLoadState('networkidle');
        const violations = await axe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    }),
  );
});

/**
 * axe-core on every page in the build (not a sample), with the WCAG 2.0, 2.1
 * and 2.2 A and AA rules and best practices. A few pages at a time in one
 * Chromium keeps the whole run short on two cores. Every page must also load
 * without a console error or CSP violation.
 */
import { describe, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axe, describeViolations, openPage, useContext } from './support';
import { htmlFiles } from '../build/support';

const dist = path.resolve(process.env.SITE_DIR ?? 'dist');
const isRedirectPage = (file: string) => /<meta\b[^>]*http-equiv=["']?refresh/i.test(readFileSync(path.join(dist, file), 'utf8'));
const pages = htmlFiles(dist)
  .filter((f) => !isRedirectPage(f))
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

/**
 * Pieces for browser tests: a browser context per test file, the served site's
 * URL, pages that record errors, and axe-core. Launching Chromium, the built
 * site and the server are in the support module all tests share (tests/support.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, inject } from 'vitest';
import { useBrowser } from '../support';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One Chromium and one browser context for a test file: opened before its tests, closed after. */
export function useContext(): { readonly current: BrowserContext } {
  const browser = useBrowser();
  const shared = {} as { current: BrowserContext };
  beforeAll(async () => {
    shared.current = await browser.current.newContext();
  });
  return shared;
}

/** The absolute URL of a site path on the test server, e.g. url('/methods/'). */
export function url(path = '/'): string {
  return new URL(path.replace(/^\//, ''), inject('siteUrl')).href;
}

/** A page that records console errors, page errors and CSP violations. */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url(path));
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and best practices. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated rather than injected as a <script> so the page's CSP does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error: axe is a global once the source is evaluated
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable message for an assertion on axe's findings. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

/** axe finds nothing on the page, and nothing went wrong in it (`problems`, as openPage collects them). */
/** Fails with axe's own account of each violation on the page as it is now. */
export async function expectNoAxe(page: Page): Promise<void> {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
}

export async function expectClean(page: Page, problems: string[]): Promise<void> {
  const v = await axe(page);
  expect(v, describeViolations(v)).toEqual([]);
  expect(problems).toEqual([]);
}

/**
 * When the page's first contentful paint was, and when each file whose address
 * matches `pattern` started to be fetched (page time, ms). For code that must
 * wait for the first paint (src/site/browser/after-first-paint.ts): every start
 * should come after the paint. Wait for the files to have been fetched first.
 */
export async function paintAndFetches(page: Page, pattern: RegExp): Promise<{ paint: number | undefined; starts: number[] }> {
  return page.evaluate((source) => {
    const matches = new RegExp(source);
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      starts: performance
        .getEntriesByType('resource')
        .filter((e) => matches.test(e.name))
        .map((e) => e.startTime),
    };
  }, pattern.source);
}

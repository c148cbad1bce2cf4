/**
 * Sub-path hosting: the site built with BASE_PATH=/qi-hub/ (in a copy of the
 * project, into its own folder) passes the link check, finds things with
 * search and links them under the base, and runs an assessment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { assessmentPage } from './page-types';
import { checkSite } from '../build/site-links';
import { buildProject, copyProject } from '../../scripts/project-copy.mjs';
import { launch, serveSite } from '../support';

const base = '/qi-hub/';
const siteUrl = 'https://qi.example.nhs.uk';
let copy: { dir: string; remove: () => Promise<void> };
let outDir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  copy = await copyProject('qi-hub-subpath-');
  outDir = path.join(copy.dir, 'dist');
  await buildProject(copy.dir, { env: { BASE_PATH: base, SITE_URL: siteUrl }, outDir });
  server = await serveSite(outDir);
  // Its own launch rather than useBrowser(): Chromium starts only after the five-minute build,
  // and must close before the server, which waits for its open connections to end.
  browser = await launch();
  context = await browser.newContext();
}, 300_000);

afterAll(async () => {
  // The browser first: the server waits for its open connections to end.
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

describe(`the site built for ${base}`, () => {
  it('has no broken links and every page is reachable', () => {
    const report = checkSite(outDir, base, siteUrl);
    expect(report.pages.length).toBeGreaterThan(20);
    expect(report.broken, report.broken.join('\n')).toEqual([]);
    expect(report.unreachable, report.unreachable.join('\n')).toEqual([]);
  });

  it('is served under the base path, with the 404 page outside it', async () => {
    expect(server.url).toMatch(/\/qi-hub\/$/);
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(`href="${base}methods/"`);
    expect((await fetch(new URL('/methods/', server.url))).status).toBe(404);
  });

  it('finds pages with search and links them under the base path', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(new URL('search/?q=driver%20diagram', server.url).href);
    const first = page.locator('.app-search-results a').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/qi-hub\//);
    const res = await fetch(new URL(href!, server.url));
    expect(res.status).toBe(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads an assessment and saves an answer', async () => {
    const p = assessmentPage(outDir);
    expect(p).toBeTruthy();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(p!.slice(1), server.url).href);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr][client="load"]').length === 0);
    const radio = page.locator('input[type=radio]').first();
    await page.locator(`label[for="${await radio.getAttribute('id')}"]`).click();
    await page.waitForFunction(() => localStorage.length > 0, undefined, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

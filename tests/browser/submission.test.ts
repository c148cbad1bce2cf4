/**
 * The poster and course submission forms on the built site, in Chromium:
 * valid input gives a preview and a content file that the schema accepts, an
 * image resized in the browser and an email link to the editors; invalid input
 * gives the NHS.UK error summary and keeps what was typed. Axe, the CSP and a
 * 320 px screen on every state.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { expectClean, openPage, useContext } from './support';
import { posterSchema } from '../../src/schemas/poster';
import { trainingSchema } from '../../src/schemas/training';
import { looseContext } from '../../src/schemas/common';
import { site } from '../../src/site/config/site';
import { buildProject, copyProject } from '../../scripts/project-copy.mjs';

const shared = useContext();

/** Files downloaded from the forms, by their path in a project: built together at the end. */
const downloaded: Record<string, Buffer> = {};
/** The preview's paragraphs of the poster's results, to compare with the page the build makes. */
let previewResults: string[] = [];
/** The preview's paragraphs under "More about the work": the build applies smart punctuation there. */
let previewMore: string[] = [];
const TYPOGRAPHY = `The team said "it's working" -- mostly... <!-- not a comment --> and 'twice' --- at least.`;
const LONG_ADDRESS = `https://example.org/${'a'.repeat(120)}`;

/** No sideways scrolling on a 320 px wide screen. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  // The NHS.UK header folds its menu after the resize event: wait for the page to settle.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Waits for the island to hydrate: the "Which ..." select reacts only once it has. */
const ready = (page: Page, form: string) => page.waitForSelector(`[data-testid="${form}"]`).then(() => page.waitForFunction(() => !document.querySelector('astro-island[ssr]')));

async function saveDownload(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(download.suggestedFilename()).toBe(name);
  const file = path.join(tmpdir(), `qi-hub-${Date.now()}-${name}`);
  await download.saveAs(file);
  return readFileSync(file);
}

function split(file: string) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!m) throw new Error(`not a content file:\n${file}`);
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}

/** A 2400 × 1200 PNG, larger than the site keeps. */
function bigPng(): Buffer {
  const png = new PNG({ width: 2400, height: 1200 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([0, 94, 184, 255], i);
  return PNG.sync.write(png);
}

describe('submit or update a poster', () => {
  it('shows the NHS.UK error summary for wrong answers, links each to its field, and keeps what was typed', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/');
    await ready(page, 'poster-form');
    await page.locator('#poster-title').focus();
    await page.keyboard.type('Ab');
    await page.locator('#poster-year').fill('May 2024');
    await page.locator('#poster-contactEmail').fill('not an email');
    // Enter in a text field submits the form, as a keyboard user would.
    await page.locator('#poster-year').press('Enter');

    const summary = page.getByTestId('error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
    const links = await summary.getByRole('link').allTextContents();
    expect(links).toEqual([
      'Enter a title of at least 3 characters.',
      'Enter a summary of 20 to 300 characters.',
      'Enter the year as 4 digits, between 2000 and 2100, like 2024.',
      'Enter at least one theme, like urgent care.',
      'Enter an email address in the correct format, like name@nhs.net',
    ]);
    // Each field shows its message too, and what was typed is still there.
    expect(await page.locator('#poster-year-error').textContent()).toContain('Enter the year as 4 digits');
    expect(await page.locator('#poster-year').getAttribute('aria-describedby')).toContain('poster-year-error');
    expect(await page.locator('#poster-title').inputValue()).toBe('Ab');
    expect(await page.locator('#poster-year').inputValue()).toBe('May 2024');
    expect(await page.getByTestId('preview').count()).toBe(0);

    // The link moves focus to the field, by keyboard.
    await summary.getByRole('link', { name: /year/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('poster-year');

    await expectClean(page, problems);
    await fitsPhone(page);
    await page.close();
  });

  it('previews a valid poster and makes a content file the schema accepts, a resized image and an email to the editors', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/?programme=virtual-ward');
    await ready(page, 'poster-form');
    expect(await page.locator('#poster-programme').inputValue()).toBe('virtual-ward');
    await page.locator('#poster-title').fill('Home first: a "discharge" huddle');
    await page.locator('#poster-summary').fill('A ward team tested a morning huddle to plan discharges: {first} results <below>.');
    await page.locator('#poster-year').fill('2025');
    await page.locator('#poster-themes').fill('Hospital discharge, patient flow');
    await page.locator('#poster-question').fill('Can a 9am huddle bring discharges earlier in the day?');
    // A single line break, a blank line and a long unbroken address: the preview shows them as the page will.
    await page.locator('#poster-results').fill(`Discharges came earlier\nin the day.\n\nThe run chart is at ${LONG_ADDRESS}`);
    await page.getByLabel('PDSA cycles').check();
    await page.locator('#poster-more').fill(`# Not a heading\n\nWe tried 3 cycles & kept one.\n\nexport of the data took a week.\n\n${TYPOGRAPHY}`);
    await page.locator('#poster-team').fill('Ward 7 team');
    await page.locator('#poster-contactEmail').fill('ward7@nhs.net');
    await page.locator('#poster-image').setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: bigPng() });
    // Resizing takes as long as the browser needs: wait for the line, then read it.
    await page.getByTestId('image-size').waitFor();
    expect(await page.getByTestId('image-size').textContent()).toBe('Resized to 1600 by 800 pixels.');
    await page.locator('#poster-imageAlt').fill('A poster with a run chart of discharge times before and after the huddle.');
    await page.getByRole('button', { name: 'Check and preview' }).click();

    const preview = page.getByTestId('preview');
    await preview.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('preview-heading');
    expect(await preview.textContent()).toContain('Home first: a "discharge" huddle');
    expect(await preview.textContent()).toContain('Virtual Ward Programme');
    expect(await preview.locator('img').getAttribute('alt')).toBe('A poster with a run chart of discharge times before and after the huddle.');
    previewResults = await preview.getByTestId('preview-results').locator('p').allTextContents();
    expect(previewResults).toEqual(['Discharges came earlier in the day.', `The run chart is at ${LONG_ADDRESS}`]);
    previewMore = await preview.getByTestId('preview-more').locator('p').allTextContents();
    // Curly quotes, dashes and an ellipsis, as the build makes them.
    expect(previewMore).toEqual(['# Not a heading', 'We tried 3 cycles & kept one.', 'export of the data took a week.', 'The team said “it’s working” – mostly… <!– not a comment –> and ‘twice’ — at least.']);
    expect(await page.getByTestId('form-status').textContent()).toMatch(/passed the checks/);

    const slug = 'home-first-a-discharge-huddle';
    downloaded[`content/posters/${slug}.mdx`] = await saveDownload(page, `${slug}.mdx`);
    const file = downloaded[`content/posters/${slug}.mdx`]!.toString('utf8');
    const { data, body } = split(file);
    const parsed = posterSchema({ ...looseContext, image: () => z.string() }).parse(data);
    expect(parsed).toMatchObject({
      title: 'Home first: a "discharge" huddle',
      slug,
      year: 2025,
      themes: ['hospital-discharge', 'patient-flow'],
      programme: { id: 'virtual-ward', collection: 'programmes' },
      methods: [{ id: 'pdsa-cycles', collection: 'methods' }],
      image: { src: `./${slug}.jpg` },
    });
    expect(body).toContain('## More about the work\n\n\\# Not a heading\n\nWe tried 3 cycles \\& kept one.\n\n&#101;xport of the data took a week.\n\n');
    expect(await page.getByTestId('file-text').textContent()).toBe(file);

    expect(await page.getByTestId('download-status').textContent()).toMatch(new RegExp(`You downloaded ${slug}\\.mdx.*Download ${slug}\\.jpg too`));
    const jpeg = await saveDownload(page, `${slug}.jpg`);
    downloaded[`content/posters/${slug}.jpg`] = jpeg;
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    const mailto = new URL((await page.getByTestId('mailto').getAttribute('href'))!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe(site.contactEmail);
    expect(mailto.searchParams.get('subject')).toBe('QI Hub poster: Home first: a "discharge" huddle');
    expect(mailto.searchParams.get('body')).toContain(`${slug}.mdx and ${slug}.jpg`);

    await expectClean(page, problems);
    await fitsPhone(page);

    // Changing an answer takes the download away until it is checked again.
    await page.locator('#poster-year').fill('2026');
    expect(await page.getByTestId('preview').count()).toBe(0);
    expect(await page.getByTestId('form-status').textContent()).toMatch(/Select “Check and preview” again to make the file/);
    await page.close();
  });

  it('fills in an existing poster to update, keeps its address and body, and links from its page and the gallery', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/ari-hubs/');
    await page.getByRole('link', { name: 'Submit or update this poster' }).click();
    await ready(page, 'poster-form');
    await expect.poll(() => page.locator('#poster-title').inputValue()).toBe('Acute Respiratory Infection (ARI) hubs');
    expect(await page.locator('#poster-which').inputValue()).toBe('ari-hubs');
    await page.locator('#poster-results').fill('Our published results.');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await page.getByTestId('preview').waitFor();
    const { data, body } = split((await page.getByTestId('file-text').textContent())!);
    expect(data.slug).toBe('ari-hubs');
    expect(data.results).toBe('Our published results.');
    expect(body).toContain('## About this poster');

    // A new address keeps the old one working: it joins previousSlugs.
    await page.locator('#poster-slug').fill('ari-hubs-gloucestershire');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await page.getByTestId('preview').waitFor();
    const moved = split((await page.getByTestId('file-text').textContent())!).data;
    expect(moved.slug).toBe('ari-hubs-gloucestershire');
    expect(moved.previousSlugs).toContain('ari-hubs');
    expect(problems).toEqual([]);

    await page.goto(new URL('../', page.url()).href);
    expect(await page.getByRole('link', { name: 'Submit or update a poster' }).count()).toBe(1);
    await page.close();
  });
});

describe('drafts', () => {
  it('keeps what was typed for each poster when another is chosen, and after a reload or going Back, never in localStorage', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/');
    await ready(page, 'poster-form');
    await page.locator('#poster-title').fill('Our new poster, typed first');
    await page.locator('#poster-which').selectOption('ari-hubs');
    await expect.poll(() => page.locator('#poster-title').inputValue()).toBe('Acute Respiratory Infection (ARI) hubs');
    expect(await page.getByTestId('form-status').textContent()).toMatch(/Your answers for a new poster are kept/);
    await page.locator('#poster-results').fill('Typed for the ARI hubs.');
    await page.locator('#poster-which').selectOption('');
    await expect.poll(() => page.locator('#poster-title').inputValue()).toBe('Our new poster, typed first');
    await page.locator('#poster-which').selectOption('ari-hubs');
    await expect.poll(() => page.locator('#poster-results').inputValue()).toBe('Typed for the ARI hubs.');

    // Away and Back (from the back-forward cache or afresh), and a reload: the typing is still there.
    await page.goto(new URL('../', page.url()).href);
    await page.goBack();
    await ready(page, 'poster-form');
    await expect.poll(() => page.locator('#poster-results').inputValue()).toBe('Typed for the ARI hubs.');
    await page.reload();
    await ready(page, 'poster-form');
    await expect.poll(() => page.locator('#poster-results').inputValue()).toBe('Typed for the ARI hubs.');
    expect(await page.locator('#poster-which').inputValue()).toBe('ari-hubs');
    expect(await page.getByTestId('draft-notice').textContent()).toMatch(/typed earlier in this browser tab are back/);
    await page.locator('#poster-which').selectOption('');
    await expect.poll(() => page.locator('#poster-title').inputValue()).toBe('Our new poster, typed first');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /draft/.test(k)))).toEqual([]);
    await expectClean(page, problems);
    await page.close();
  });

  it('says so when the browser will not keep a copy, and the form still works', async () => {
    const context = await shared.current.browser()!.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    const { page, problems } = await openPage(context, '/training/submit/');
    await ready(page, 'training-form');
    await page.locator('#course-title').fill('A course typed with storage blocked');
    await expect.poll(() => page.getByTestId('draft-notice').textContent()).toMatch(/not keeping a copy of your answers/);
    expect(await page.locator('#course-title').inputValue()).toBe('A course typed with storage blocked');
    await expectClean(page, problems);
    await context.close();
  });
});

describe('submit or update a course', () => {
  it('shows the error summary for a course with no faculty, level or format, then a file the schema accepts', async () => {
    const { page, problems } = await openPage(shared.current, '/training/submit/');
    await ready(page, 'training-form');
    await page.locator('#course-title').fill('QSIR Practitioner');
    await page.locator('#course-summary').fill('Learn the QSIR approach with colleagues from across the system.');
    await page.locator('#course-bookingUrl').fill('www.example.org');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Choose the faculty that runs the course.',
      'Choose the level of the course. If you do not know, choose "Level not given: ask the faculty".',
      'Choose how the course is delivered. If you do not know, choose "Ask the faculty".',
      'Enter who the course is for, at least 3 characters.',
      'Enter a full web address starting with https://',
    ]);
    await expectClean(page, problems);
    await fitsPhone(page);

    await page.locator('#course-faculty').selectOption('qsir-faculty');
    await page.getByLabel('Practitioner').check();
    await page.getByLabel('In person').check();
    await page.locator('#course-duration').fill('Five days over five months');
    await page.locator('#course-audience').fill('Anyone who works across the system');
    await page.locator('#course-howToBook').fill('Email the faculty to book a place.');
    await page.locator('#course-bookingUrl').fill('https://example.org/book');
    await page.locator('#course-offers').fill('Tools for measuring change.');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await page.getByTestId('preview').waitFor();
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    downloaded['content/training/qsir-practitioner.md'] = await saveDownload(page, 'qsir-practitioner.md');
    const file = downloaded['content/training/qsir-practitioner.md']!.toString('utf8');
    const { data, body } = split(file);
    expect(trainingSchema(looseContext).parse(data)).toMatchObject({ faculty: { id: 'qsir-faculty' }, level: 'practitioner', format: 'in-person', duration: 'Five days over five months' });
    expect(body).toBe('\n## What it offers\n\nTools for measuring change.\n');
    const mailto = new URL((await page.getByTestId('mailto').getAttribute('href'))!);
    expect(mailto.searchParams.get('subject')).toBe('QI Hub course: QSIR Practitioner');
    await expectClean(page, problems);
    await fitsPhone(page);
    await page.close();
  });

  it('opens from a course page to update that course', async () => {
    const { page, problems } = await openPage(shared.current, '/training/qsir-programmes/');
    await page.getByRole('link', { name: 'Update this course' }).click();
    await ready(page, 'training-form');
    await expect.poll(() => page.locator('#course-title').inputValue()).toBe('QSIR programmes in One Gloucestershire');
    expect(await page.locator('#course-faculty').inputValue()).toBe('qsir-faculty');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the downloaded files build', () => {
  let copy = '';

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('a copy of the project with the downloaded poster, image and course builds, and shows them', async () => {
    expect(Object.keys(downloaded).sort()).toEqual([
      'content/posters/home-first-a-discharge-huddle.jpg',
      'content/posters/home-first-a-discharge-huddle.mdx',
      'content/training/qsir-practitioner.md',
    ]);
    const made = await copyProject('qi-hub-submitted-');
    copy = made.dir;
    for (const [file, content] of Object.entries(downloaded)) writeFileSync(path.join(copy, file), content);
    // Rejects with the build's output if the submitted files do not build.
    await buildProject(copy, { outDir: path.join(copy, 'dist') });

    const poster = readFileSync(path.join(copy, 'dist/posters/home-first-a-discharge-huddle/index.html'), 'utf8');
    expect(poster).toContain('Home first: a &quot;discharge&quot; huddle');
    expect(poster).toContain('Can a 9am huddle bring discharges earlier in the day?');
    // The preview showed the results exactly as the page does: the same paragraphs.
    const results = /<section aria-labelledby="case-study-results">([\s\S]*?)<\/section>/.exec(poster)?.[1] ?? '';
    const pageParagraphs = [...results.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
    expect(pageParagraphs).toEqual(previewResults);
    // The team's text shows as typed: not a heading, and "&" as "&amp;".
    expect(poster).toContain('<p># Not a heading</p>');
    // A paragraph starting "export" is text on the page, not code the build ran.
    expect(poster).toContain('<p>export of the data took a week.</p>');
    expect(poster).toContain('We tried 3 cycles &amp; kept one.');
    // The preview showed "More about the work" with the same typography as the built page.
    const more = /<h2[^>]*>More about the work<\/h2>([\s\S]*?)(?:<h2|<aside|<section|<div class="app-complete)/.exec(poster)?.[1] ?? '';
    const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const morePage = [...more.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!).replace(/\s+/g, ' ').trim());
    expect(morePage).toEqual(previewMore);
    expect(poster).toMatch(/<img[^>]+alt="A poster with a run chart of discharge times before and after the huddle\."/);
    const course = readFileSync(path.join(copy, 'dist/training/qsir-practitioner/index.html'), 'utf8');
    expect(course).toContain('Five days over five months');
    expect(course).toContain('href="https://example.org/book"');
  }, 600_000);
});


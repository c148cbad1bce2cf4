/**
 * The poster form's checks and guidance on the built site, in Chromium: what
 * an empty form reports, addresses that are taken by news items, a change of
 * address that other pages name, the page's current text in the preview, the
 * hints under multi-line boxes, and the warning before closing a tab with
 * answers not yet downloaded. Also the team view with a file from the old
 * system appraisal scale.
 */
import type { Instrument } from '../../src/assessments/instrument';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, openPage, useContext } from './support';
import { exportJson } from '../../src/assessments/transfer/export';
import type { AnswerRecord } from '../../src/schemas/answers';

const shared = useContext();
const ready = (page: Page) => page.waitForSelector('[data-testid="poster-form"]').then(() => page.waitForFunction(() => !document.querySelector('astro-island[ssr]')));
const check = (page: Page) => page.getByRole('button', { name: 'Check and preview' }).click();

describe('poster form checks', () => {
  it('on an empty form, reports the required fields but not the optional web address', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/');
    await ready(page);
    await check(page);
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('#poster-title');
    expect(links).not.toContain('#poster-slug');
    expect(await page.locator('#poster-slug-error').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses an address that now sends people to a news item, a year too far ahead and a phone number that is not one', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/');
    await ready(page);
    await page.locator('#poster-title').fill('A new Oxfordshire poster');
    await page.locator('#poster-slug').fill('oxfordshire-system-review-cqc');
    await page.locator('#poster-summary').fill('A summary of at least twenty characters about the work.');
    await page.locator('#poster-year').fill(String(new Date().getFullYear() + 5));
    await page.locator('#poster-themes').fill('system working');
    await page.locator('#poster-contactPhone').fill('=HYPERLINK("https://example.org")');
    await check(page);
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#poster-slug-error').textContent()).toMatch(/belonged to a poster that is now a news item/);
    expect(await page.locator('#poster-year-error').textContent()).toMatch(/Year must be \d{4} or earlier/);
    expect(await page.locator('#poster-contactPhone-error').textContent()).toMatch(/Enter a phone number/);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('when a poster’s address changes, lists every page that names the old one and the exact change, and shows the page’s current text', async () => {
    const { page, problems } = await openPage(shared.current, '/posters/submit/?update=ari-hubs');
    await ready(page);
    await expect.poll(() => page.locator('#poster-title').inputValue()).toBe('Acute Respiratory Infection (ARI) hubs');
    await page.locator('#poster-slug').fill('ari-hubs-gloucestershire');
    await check(page);
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    expect(await preview.getByTestId('preview-current').locator('h2').allTextContents()).toContain('About this poster');
    const changes = await page.getByTestId('address-changes').textContent();
    expect(changes).toContain('In content/news/nhs-impact-south-west-poster-showcase-2024.md, under "posters:", change "ari-hubs" to "ari-hubs-gloucestershire".');
    const mail = new URL((await page.getByTestId('mailto').getAttribute('href'))!);
    expect(mail.searchParams.get('body')).toContain('change "ari-hubs" to "ari-hubs-gloucestershire"');
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells the person how line breaks and lists show, under each box for paragraphs', async () => {
    const { page } = await openPage(shared.current, '/posters/submit/');
    await ready(page);
    for (const id of ['question', 'approach', 'measures', 'results', 'learning', 'more']) {
      expect(await page.locator(`#poster-${id}-hint`).textContent(), id).toMatch(/Leave a blank line between paragraphs\. A single line break shows as a space, and lines starting with “- ” do not become a list\./);
    }
    await page.close();
  });

  it('warns before the tab is closed while typed answers are not downloaded or sent, and says the draft is kept only in this tab', async () => {
    const { page } = await openPage(shared.current, '/posters/submit/');
    await ready(page);
    await page.locator('#poster-title').fill('Typed and not yet sent');
    await expect.poll(() => page.getByTestId('draft-kept').textContent()).toMatch(/kept only in this browser tab until you download the file or email it/);
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }));
    await page.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
  });
});

describe('team view with an old system appraisal file', () => {
  it('keeps the person’s valid answers and lists the skipped ones by question number and text', async () => {
    const at = '2025-03-01T10:20:00.000Z';
    const info = {
      id: 'system-appraisal', title: 'System appraisal', scale: { type: 'easy-or-hard', points: [{ value: 1, label: 'Struggled over' }, { value: 3, label: 'Easy to answer' }] },
      sections: [{ id: 'questions', title: 'Questions', items: [{ id: 'goals-for-improvement', text: 'x' }, { id: 'improvement-teams', text: 'y' }] }],
    } as Instrument;
    const record = { v: 1, instrument: 'system-appraisal', updatedAt: at, snapshots: [], answers: { 'goals-for-improvement': { value: 2, at }, 'improvement-teams': { value: 3, at } } } as AnswerRecord;
    const { page, problems } = await openPage(shared.current, '/assessments/team/');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.locator('#team-files').setInputFiles({ name: 'old-appraisal.json', mimeType: 'application/json', buffer: Buffer.from(exportJson([record], [info], at)) });
    const skipped = page.getByTestId('team-skipped');
    await skipped.waitFor();
    const text = (await skipped.textContent())!;
    expect(text).toMatch(/question 1 \(2\): “[^”]{10,}”/);
    expect(text).not.toContain('goals-for-improvement');
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    const v = await axe(page);
    expect(v, describeViolations(v)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

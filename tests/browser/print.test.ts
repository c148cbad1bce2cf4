/**
 * Paper. Ctrl+P on an answered assessment prints the one-page results report
 * (print styles, not only the "Print your results" button), with chart text of
 * 12 px or more, and notes in full however long. Checked with Chromium's print
 * emulation and its PDF output on A4.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { url, useContext } from './support';

const at = '2025-01-01T10:00:00.000Z';
const readiness = {
  v: 1,
  instrument: 'readiness-to-innovate',
  updatedAt: at,
  answers: Object.fromEntries(
    ['open-to-new-initiatives', 'generate-new-ideas', 'learn-from-outside', 'time-to-review-performance', 'staff-empowered-to-intervene', 'support-when-ideas-fail', 'evaluate-new-initiatives', 'recognise-and-reward'].map((id, i) => [id, { value: [4, 1, 3, 2, 5, 1, 0, 2][i], at }]),
  ),
  snapshots: [],
};
const longNote = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of a long note about our projects, which must all be on paper.`).join('\n');
const portfolio = {
  v: 1,
  instrument: 'portfolio-review',
  updatedAt: at,
  answers: { 'projects-appropriate': { value: 1, note: longNote, at }, 'overlap-or-duplication': { value: 3, at } },
  snapshots: [],
};

async function open(page: Page, path: string, record: { instrument: string }) {
  await page.addInitScript((r) => localStorage.setItem(`qi-hub:answers:${r.instrument}`, JSON.stringify(r)), record);
  await page.goto(url(path));
  // Not scrolled to: the stored answers alone must bring the results in before anyone prints
  // (a total for a rating scale; the portfolio review's discussion questions have none).
  await page.locator('[data-testid=total], [data-testid=easy-or-hard]').first().waitFor();
}

/** The number of pages in a PDF Chromium printed. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** What the printed page shows: the text of every element that is laid out, in order. */
const printedText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.getClientRects().length > 0 && n.textContent!.trim()) parts.push(n.textContent!.trim());
    }
    return parts.join(' ');
  });

describe('printing an assessment', () => {
  const shared = useContext();

  it('Ctrl+P on an answered assessment gives the one-page report the Print button gives', async () => {
    const page = await shared.current.newPage();
    await open(page, '/assessments/readiness-to-innovate/', readiness);
    await page.emulateMedia({ media: 'print' });

    // Ctrl+P: no class set by the button.
    expect(await page.evaluate(() => document.documentElement.classList.contains('app-printing-results'))).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    expect(await page.locator('#assessment-form').isVisible()).toBe(false);
    expect(await page.locator('input[type=radio]').first().isVisible()).toBe(false);
    expect(await page.locator('.nhsuk-header').isVisible()).toBe(false);
    const ctrlP = await printedText(page);
    expect(ctrlP).toContain('Total: 18 out of 40');
    expect(ctrlP).toContain('Where to focus');
    expect(ctrlP).toContain('What to do next');

    // Chart text on paper is 12 px or more.
    const fonts = await page.locator('.app-chart__label, .app-chart text').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(fonts.length).toBeGreaterThan(8);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(12);

    // The button marks the page the same way before it prints; the report is the same.
    await page.evaluate(() => document.documentElement.classList.add('app-printing-results'));
    expect(await printedText(page)).toBe(ctrlP);
    expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    await page.close();
  });

  it('prints a note in full, in the report and on the paper form', async () => {
    const page = await shared.current.newPage();
    await open(page, '/assessments/portfolio-review/', portfolio);
    await page.emulateMedia({ media: 'print' });
    const note = page.getByTestId('note');
    expect(await note.isVisible()).toBe(true);
    expect((await note.textContent())!.replace(/^(Your note|Note): /, '')).toBe(longNote);
    expect(await note.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);

    // With nothing answered, Ctrl+P prints the form as a paper checklist: a long note is not cut to three rows.
    await page.evaluate(() => localStorage.clear());
    const blank = await shared.current.newPage();
    await blank.goto(url('/assessments/portfolio-review/'));
    await blank.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
    await blank.locator('#note-projects-appropriate').fill(longNote);
    await blank.emulateMedia({ media: 'print' });
    const box = blank.locator('#note-projects-appropriate');
    expect(await box.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
    await page.close();
    await blank.close();
  });

  // Every checklist, all answered, with a 300-character note on every statement that takes one.
  // The portfolio review is left out: it is being replaced by a tool.
  const instruments = readdirSync('content/assessments')
    .map((f) => f.replace(/\.yaml$/, ''))
    .filter((id) => id !== 'portfolio-review');
  const note300 = 'We talked this through as a team and agreed what we do well, where we fall short, and who will take it forward. '.repeat(3).slice(0, 300);

  it.each(instruments)('Ctrl+P on %s, all answered, prints the one-page report and not the form', async (id) => {
    const doc = parse(readFileSync(`content/assessments/${id}.yaml`, 'utf8')) as {
      notes?: boolean;
      scale: { points: { value: number }[] };
      sections: { items: { id: string }[] }[];
    };
    const values = doc.scale.points.map((p) => p.value);
    const items = doc.sections.flatMap((s) => s.items);
    const record = {
      v: 1,
      instrument: id,
      updatedAt: at,
      answers: Object.fromEntries(items.map((item, i) => [item.id, { value: values[(i * 7) % values.length], ...(doc.notes ? { note: note300 } : {}), at }])),
      snapshots: [],
    };
    const page = await shared.current.newPage();
    await page.addInitScript((r) => localStorage.setItem(`qi-hub:answers:${r.instrument}`, JSON.stringify(r)), record);
    await page.goto(url(`/assessments/${id}/`));
    await page.locator('[data-testid="results"] h2 + *').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#assessment-form').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="results"]').isVisible()).toBe(true);
    expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true })), `${id} on A4`).toBe(1);
    await page.close();
  });
});

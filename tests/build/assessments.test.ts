/**
 * Each instrument's statements on the built page are the source's words,
 * exactly. The statements are taken from the source's text (kept in tests/fixtures/ with its citation), by its own
 * structure (bullets after a known sentence, numbered items before the
 * printed answer boxes), not from the YAML, so a typo in the data fails.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = process.env.SITE_DIR ?? 'dist';
/** The source's passages, after the citation header that ends with a row of "=". */
const fixture = readFileSync('tests/fixtures/kings-fund-oxleas-instruments.txt', 'utf8');
const seed = fixture.slice(fixture.indexOf('==========\n') + 11).replace(/\s+/g, ' ');

const between = (start: string, end: string) => {
  const from = seed.indexOf(start);
  const to = seed.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`Seed text not found: ${start} … ${end}`);
  return seed.slice(from + start.length, to);
};
const bullets = (text: string) => text.split('•').map((s) => s.trim()).filter(Boolean);
/** Numbered statements on the printed form: each one ends where its five answer boxes ("o o o o o") start. */
const numbered = (text: string) =>
  text
    .split(/\so o o o o(?=\s|$)/)
    .slice(0, -1)
    .map((chunk) => {
      const m = chunk.match(/(?:^|\s)(\d{1,2})\. ((?:(?!\s\d{1,2}\. ).)*)$/);
      if (!m) throw new Error(`No numbered statement in: ${chunk}`);
      return { n: Number(m[1]), text: m[2]!.trim() };
    });

const appendix1 = between('Checklist: Leadership in a well-led organisation', 'Section 1: Your organisation');
const section1 = between('Section 1: Your organisation', 'Section 2: You as a medical leader');
const section2 = seed.slice(seed.indexOf('Section 2: You as a medical leader'));

const expected: Record<string, string[]> = {
  'qi-approach': bullets(between('in response to the following statements.', 'After this self-evaluation exercise')),
  'portfolio-review': bullets(between('The questions we asked them to explore were as follows.', 'This exercise enabled')),
  'readiness-to-innovate': bullets(between('according to the following statements.', 'Participants were then randomly')),
  'system-appraisal': bullets(between('those that they struggled over.', 'What we learnt')),
  'well-led-leadership': numbered(appendix1).map((s) => s.text),
  'medical-engagement': [...numbered(section1), ...numbered(section2)].map((s) => s.text),
};

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function page(id: string): string {
  const file = `${dist}/assessments/${id}/index.html`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run the build first.`);
  return readFileSync(file, 'utf8');
}
const statementsOn = (html: string) =>
  [...html.matchAll(/<span class="app-assessment__statement" data-statement[^>]*>([^<]*)<\/span>/g)].map((m) => decode(m[1]!).replace(/\s+/g, ' ').trim());

describe('the seed gives the expected number of statements', () => {
  it.each([
    ['qi-approach', 9],
    ['portfolio-review', 6],
    ['readiness-to-innovate', 8],
    ['system-appraisal', 8],
    ['well-led-leadership', 15],
    ['medical-engagement', 17],
  ])('%s has %i', (id, n) => expect(expected[id]).toHaveLength(n));

  it('numbers the appendix statements 1 to 15, and 1 to 8 then 1 to 9', () => {
    expect(numbered(appendix1).map((s) => s.n)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(numbered(section1).map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbered(section2).map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('each assessment page quotes the source word for word', () => {
  for (const [id, statements] of Object.entries(expected)) {
    it(id, () => {
      const html = page(id);
      expect(statementsOn(html)).toEqual(statements);
      // One fieldset per statement, the statement in its legend, with radios.
      expect(html.match(/<fieldset class="nhsuk-fieldset"/g)).toHaveLength(statements.length);
      expect(html).toContain('The King&#39;s Fund');
      expect(html).toMatch(/Your answers stay in this browser/);
      expect(html).toMatch(/Safari can also remove them/);
    });
  }

  it('shows the four key lines of enquiry of the well-led checklist, as written', () => {
    const kloes = [...appendix1.matchAll(/Key line of enquiry: (.*?\?)/g)].map((m) => m[1]!.trim());
    expect(kloes).toHaveLength(4);
    const html = decode(page('well-led-leadership')).replace(/\s+/g, ' ');
    for (const k of kloes) expect(html).toContain(`<strong>Key line of enquiry:</strong> ${k}`);
    for (const sub of ['Performance management', 'Quality of care', 'Patient and staff engagement', 'Quality and sustainability', 'Improvement and innovation']) {
      expect(html).toContain(`<h3 class="app-assessment__subheading">${sub}</h3>`);
    }
  });

  it('shows the two sections of the medical engagement health check', () => {
    const html = page('medical-engagement');
    expect(html).toContain('Section 1: Your organisation');
    expect(html).toContain('Section 2: You as a medical leader');
  });

  it('lists every instrument on the assessments page, each "Not started" until the browser says otherwise', () => {
    const html = readFileSync(`${dist}/assessments/index.html`, 'utf8');
    for (const id of Object.keys(expected)) expect(html).toMatch(new RegExp(`data-progress-for="${id}"[^>]*>Not started<`));
  });
});

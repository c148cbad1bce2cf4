import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPoster, emptyPosterForm, looksLikePhone, type PosterForm } from '../../../src/submission/poster';
import { writeCsv } from '../../../src/site/lib/csv';

const known = { methods: ['pdsa-cycles'], programmes: [], posters: ['ari-hubs'] };
const poster = (over: Partial<PosterForm> = {}): PosterForm => ({
  ...emptyPosterForm(),
  title: 'Faster discharge: a home first test',
  summary: 'A ward team tested a morning discharge huddle to help people get home sooner.',
  year: '2025',
  themes: 'patient flow',
  ...over,
});
const now = new Date('2026-11-30T12:00:00Z');

describe('checkPoster: what the person did', () => {
  it('on an empty form, reports nothing about the optional web address', () => {
    const r = checkPoster(emptyPosterForm(), known, undefined, { now });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.slug).toBeUndefined();
      expect(Object.keys(r.errors)).toEqual(expect.arrayContaining(['title', 'summary', 'year', 'themes']));
    }
  });

  it('checks a typed address, and says when a title gives nothing to make one from', () => {
    const typed = checkPoster(poster({ title: '', slug: 'Bad Address' }), known, undefined, { now });
    expect(!typed.ok && typed.errors.slug).toMatch(/lower case letters, numbers and hyphens/);
    const symbols = checkPoster(poster({ title: '!!! ???' }), known, undefined, { now });
    expect(!symbols.ok && symbols.errors.slug).toBe('Enter a web address: the title has no letters or numbers to make one from.');
  });

  it('refuses an address that now sends people to a news item', () => {
    const r = checkPoster(poster({ slug: 'oxfordshire-system-review-cqc' }), known, undefined, { now, newsSlugs: ['oxfordshire-system-review-cqc'] });
    expect(!r.ok && r.errors.slug).toMatch(/belonged to a poster that is now a news item/);
    const fromTitle = checkPoster(poster({ title: 'Oxfordshire system review CQC' }), known, undefined, { now, newsSlugs: ['oxfordshire-system-review-cqc'] });
    expect(!fromTitle.ok && fromTitle.errors.slug).toMatch(/now a news item/);
  });

  it('accepts a year up to next year, and refuses one further ahead', () => {
    expect(checkPoster(poster({ year: '2027' }), known, undefined, { now }).ok).toBe(true);
    const ahead = checkPoster(poster({ year: '2031' }), known, undefined, { now });
    expect(!ahead.ok && ahead.errors.year).toBe('Year must be 2027 or earlier. Enter the year the poster was presented or published.');
  });

  it('checks that a phone number looks like one', () => {
    const bad = checkPoster(poster({ contactPhone: '=HYPERLINK("x")' }), known, undefined, { now });
    expect(!bad.ok && bad.errors.contactPhone).toMatch(/^Enter a phone number/);
    expect(checkPoster(poster({ contactPhone: '0300 421 1500' }), known, undefined, { now }).ok).toBe(true);
  });
});

describe('looksLikePhone', () => {
  it('accepts UK and international numbers with extensions', () => {
    for (const p of ['0300 421 1500', '+44 (0)300 421 1500', '01452 123456 ext. 42', '020-7946-0018', '111 2222'])
      expect(looksLikePhone(p), p).toBe(true);
  });
  it('refuses text, formulas and too few or too many digits', () => {
    for (const p of ['call reception', '=1+2', '@SUM(A1)', '-1234567', '12345', '1234567890123456', '+', '(  )'])
      expect(looksLikePhone(p), p).toBe(false);
  });
  it('never accepts a value with a letter outside an extension', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('a', 'Q', '=', '@'), (s, bad) => {
      expect(looksLikePhone(`${bad}${s}1234567`)).toBe(false);
    }));
  });
});

// Every CSV the site writes (the team view summary, answer exports) goes through writeCsv.
describe('spreadsheet safety of the CSV files the site writes', () => {
  it('writes a cell that starts with = + - @ with an apostrophe, so it is read as text, but leaves a signed number alone', () => {
    const csv = writeCsv(['Name', 'Value'], [['=cmd|/C calc', '+1+cmd|/C calc'], ['-2', '@SUM(A1)'], ['+1', '-1+2']]);
    for (const cell of ['"\'=cmd|/C calc"', '"\'+1+cmd|/C calc"', '"-2"', '"\'@SUM(A1)"', '"+1"', '"\'-1+2"']) expect(csv).toContain(cell);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aboutFirst, excerptCuts, hasSearch, parseSearchParams, resultsSummary, toPagefindFilters, toSearchParams } from '../../../src/search/search';

describe('search state', () => {
  it('reads words and known filters from the address, ignoring unknown ones', () => {
    const s = parseSearchParams(new URLSearchParams('q=  driver diagram &type=Method&type=Method&stage=Plan&evil=1'));
    expect(s).toEqual({ q: 'driver diagram', filters: { type: ['Method'], stage: ['Plan'] } });
  });

  it('caps very long queries', () => {
    expect(parseSearchParams(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('round-trips through the query string', () => {
    const s = { q: 'pdsa', filters: { type: ['Method', 'Training'], year: ['2024'] } };
    expect(parseSearchParams(toSearchParams(s))).toEqual(s);
  });

  it('builds Pagefind filters, leaving out empty ones', () => {
    expect(toPagefindFilters({ type: ['Poster'], year: [] })).toEqual({ type: { any: ['Poster'] } });
  });

  it('knows when there is nothing to search for', () => {
    expect(hasSearch({ q: '', filters: {} })).toBe(false);
    expect(hasSearch({ q: '', filters: { type: ['Poster'] } })).toBe(true);
  });
});

describe('results summary', () => {
  it('says when nothing was found', () => {
    expect(resultsSummary(0, 'zzz', false)).toBe('No results for “zzz”.');
  });
  it('counts in plain English', () => {
    expect(resultsSummary(1, 'pdsa', false)).toBe('1 result for “pdsa”.');
    expect(resultsSummary(3, 'pdsa', true)).toBe('3 results for “pdsa” with the filters you chose.');
  });
});

describe('pages about a name come first', () => {
  const results = [
    { url: '/posters/smoking/', meta: { title: 'Smoking cessation in Inner City Gloucestershire' } },
    { url: '/faculties/gsqia/', meta: { title: 'GSQIA' } },
    { url: '/about/', meta: { title: 'About', about: 'One Gloucestershire Improvement Community' } },
    { url: '/contact/', meta: { title: 'Contact', about: 'One Gloucestershire Improvement Community' } },
  ];

  it('moves the pages whose "about" names every word of the query to the front, in order', () => {
    expect(aboutFirst(results, 'Gloucestershire').map((r) => r.url)).toEqual(['/about/', '/contact/', '/posters/smoking/', '/faculties/gsqia/']);
    expect(aboutFirst(results, 'improvement community').map((r) => r.url).slice(0, 2)).toEqual(['/about/', '/contact/']);
  });

  it('keeps Pagefind’s order when no page is about the query', () => {
    expect(aboutFirst(results, 'smoking gloucestershire').map((r) => r.url)).toEqual(results.map((r) => r.url));
    expect(aboutFirst(results, '').map((r) => r.url)).toEqual(results.map((r) => r.url));
  });
});

describe('excerpt cuts', () => {
  const content = 'Gloucestershire Safety and Quality Improvement Academy. GSQIA trains staff. Training and support it offers.';

  it('marks a start or an end cut from the page text', () => {
    expect(excerptCuts('and Quality Improvement Academy. GSQIA trains', content)).toEqual({ start: true, end: true });
    expect(excerptCuts('Gloucestershire Safety and Quality', content)).toEqual({ start: false, end: true });
    expect(excerptCuts('trains staff. Training and support it offers.', content)).toEqual({ start: true, end: false });
    expect(excerptCuts(content, content)).toEqual({ start: false, end: false });
  });

  it('compares whole words', () => {
    expect(excerptCuts('a', 'ab a')).toEqual({ start: true, end: false });
    expect(excerptCuts('b', 'b ab')).toEqual({ start: false, end: true });
  });

  it('ignores differences in spacing', () => {
    expect(excerptCuts('Gloucestershire  Safety\nand', ` ${content}`)).toEqual({ start: false, end: true });
  });

  it('finds a cut exactly when the excerpt is not at that end of the text', () => {
    // Distinct words, so a window taken from the middle cannot also be read as the text's start or end.
    const words = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (ws, a, b) => {
        const from = a % ws.length;
        const to = from + 1 + (b % (ws.length - from));
        const cut = excerptCuts(ws.slice(from, to).join(' '), ws.join(' '));
        expect(cut).toEqual({ start: from > 0, end: to < ws.length });
      }),
    );
  });
});

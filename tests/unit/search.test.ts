import { describe, expect, it } from 'vitest';
import { hasSearch, parseSearchParams, resultsSummary, toPagefindFilters, toSearchParams } from '../../src/lib/search';

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

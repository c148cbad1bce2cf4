/**
 * Pure helpers for the search page: the query state in the address bar, the
 * filters Pagefind takes, and the words a screen reader hears. No DOM here.
 */

/** What a search is: the words and the chosen filter values, per filter name. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
}

/** The filter names the page offers, in the order shown, with their legends. */
export const filterLegends: Record<string, string> = {
  type: 'Type of page',
  stage: 'Project stage',
  level: 'Training level',
  format: 'Training format',
  theme: 'Poster theme',
  year: 'Year',
};

const MAX_QUERY = 200;

/** Reads the search state from a query string such as "?q=pdsa&type=Method". */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const filters: Record<string, string[]> = {};
  for (const name of Object.keys(filterLegends)) {
    const values = params.getAll(name).map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  return { q, filters };
}

/** Writes the search state back as a query string, so a search can be bookmarked and shared. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) params.append(name, v);
  return params;
}

/** Pagefind's filter object: any of the chosen values within a filter, all filters together. */
export function toPagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) if (values.length) out[name] = { any: values };
  return out;
}

/** The sentence announced when results arrive. */
export function resultsSummary(count: number, q: string, filtered: boolean): string {
  const what = q ? ` for “${q}”` : '';
  const scope = filtered ? ' with the filters you chose' : '';
  if (count === 0) return `No results${what}${scope}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${scope}.`;
}

/** Whether there is anything to search for. Pagefind can list everything under a filter with no words. */
export function hasSearch(state: SearchState): boolean {
  return state.q.length > 0 || Object.keys(state.filters).length > 0;
}

/**
 * Puts first the results whose "about" metadata (the organisations and places a
 * page is about) names every word of the query, keeping Pagefind's order
 * otherwise: a search for "Gloucestershire" lists the community's own pages
 * before pages that only mention the county.
 */
export function aboutFirst<T extends { meta: Record<string, string> }>(results: readonly T[], q: string): T[] {
  const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wanted = wordsOf(q);
  if (!wanted.length) return [...results];
  const isAbout = (r: T) => {
    const names = wordsOf(r.meta.about ?? '');
    return names.length > 0 && wanted.every((w) => names.includes(w));
  };
  return [...results.filter(isAbout), ...results.filter((r) => !isAbout(r))];
}

/**
 * Where an excerpt was cut from the page's text: Pagefind takes a window of
 * words around the matches, which often starts mid-sentence or mid-title, so a
 * cut end is shown with "…". Both are plain text (the excerpt without its marks).
 */
export function excerptCuts(excerpt: string, content: string): { start: boolean; end: boolean } {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const e = squash(excerpt);
  const c = squash(content);
  // Whole words only: "a" is not the start of "about it".
  return { start: !(c === e || c.startsWith(`${e} `)), end: !(c === e || c.endsWith(` ${e}`)) };
}

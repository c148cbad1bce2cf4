/**
 * Filtering the poster gallery: which facets a poster has, which options the
 * filter form offers, and whether a poster matches what is ticked. Shared by the
 * server-rendered gallery and its small browser script, so it stays free of
 * content-layer and DOM imports.
 *
 * Within a facet, ticked options widen the list (theme A or theme B); across
 * facets they narrow it (theme A and year 2024), as shop filters do.
 */

export const facets = ['theme', 'year', 'organisation', 'programme'] as const;
export type Facet = (typeof facets)[number];

/** The facet values of one poster, e.g. { theme: ['urgent-care'], year: ['2024'], ... }. */
export type FacetValues = Record<Facet, string[]>;
/** What is ticked in the form: facet → ticked values. A facet with nothing ticked does not filter. */
export type Selection = Partial<Record<Facet, readonly string[]>>;

export interface PosterFacetSource {
  themes: readonly string[];
  year: number;
  organisation?: string | undefined;
  /** The programme's id, if the poster belongs to one. */
  programme?: string | undefined;
}

export function facetValues(p: PosterFacetSource): FacetValues {
  return {
    theme: [...p.themes],
    year: [String(p.year)],
    organisation: p.organisation ? [p.organisation] : [],
    programme: p.programme ? [p.programme] : [],
  };
}

export function matches(values: FacetValues, selection: Selection): boolean {
  return facets.every((f) => {
    const ticked = selection[f] ?? [];
    return ticked.length === 0 || ticked.some((v) => values[f].includes(v));
  });
}

export interface FacetOption {
  value: string;
  label: string;
  /** How many posters have this value. */
  count: number;
}

/**
 * Themes whose name a tag cannot spell: a possessive or a proper name, written
 * as the posters that use them write it.
 */
const themeNames: Record<string, string> = {
  'huntingtons-disease': 'Huntington’s disease',
  'q-exchange': 'Q Exchange',
};

/** "urgent-care" → "Urgent care". */
export function themeLabel(tag: string): string {
  if (Object.hasOwn(themeNames, tag)) return themeNames[tag]!;
  const words = tag.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The options for each facet, with counts. Years run newest first; the rest
 * alphabetically by label. `labels` names programme ids (and can override any label).
 */
export function facetOptions(posters: readonly FacetValues[], labels: Partial<Record<Facet, Record<string, string>>> = {}): Record<Facet, FacetOption[]> {
  const label = (f: Facet, v: string) => labels[f]?.[v] ?? (f === 'theme' ? themeLabel(v) : v);
  const result = {} as Record<Facet, FacetOption[]>;
  for (const f of facets) {
    const counts = new Map<string, number>();
    for (const p of posters) for (const v of new Set(p[f])) counts.set(v, (counts.get(v) ?? 0) + 1);
    result[f] = [...counts.entries()]
      .map(([value, count]) => ({ value, label: label(f, value), count }))
      .sort((a, b) => (f === 'year' ? b.value.localeCompare(a.value) : a.label.localeCompare(b.label, 'en-GB')));
  }
  return result;
}

/** Reads a selection from a query string like "?theme=urgent-care&year=2024". */
export function selectionFromParams(params: URLSearchParams): Selection {
  const selection: Selection = {};
  for (const f of facets) {
    const values = params.getAll(f).filter(Boolean);
    if (values.length) selection[f] = values;
  }
  return selection;
}

/** Writes a selection as a query string (without "?"), facets in a fixed order. */
export function selectionToParams(selection: Selection): string {
  const params = new URLSearchParams();
  for (const f of facets) for (const v of selection[f] ?? []) params.append(f, v);
  return params.toString();
}

/** The words announced after a change, e.g. "3 of 8 posters shown". */
export function shownMessage(shown: number, total: number): string {
  if (shown === total) return `All ${total} ${total === 1 ? 'poster' : 'posters'} shown`;
  if (shown === 0) return 'No posters match these filters. Untick a filter to see more.';
  return `${shown} of ${total} ${total === 1 ? 'poster' : 'posters'} shown`;
}

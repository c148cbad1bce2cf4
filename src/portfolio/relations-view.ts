/**
 * The relations arranged for reading: a grid (matrix) for a few projects, and
 * beyond that each related project with its relations listed under it, a page
 * at a time, so the view works for any number of projects.
 */
import { pairKey, relationLabels, type Review } from './model';

/** Past this many related projects a grid is too wide to read; the view lists relations by project instead. */
export const MATRIX_MAX = 25;
/** Projects shown on one page of the list by project. */
export const PAGE_SIZE = 20;

export interface ProjectRelations {
  id: string;
  title: string;
  links: { other: string; title: string; kind: string; note: string }[];
}

/** Projects with at least one relation, in register order, each with its relations in register order. */
export function relatedProjects(review: Review): ProjectRelations[] {
  const place = new Map(review.projects.map((p, i) => [p.id, i]));
  const links = new Map<string, ProjectRelations['links']>();
  const title = new Map(review.projects.map((p) => [p.id, p.title]));
  for (const r of review.relations)
    for (const [from, to] of [[r.a, r.b], [r.b, r.a]] as const) {
      const list = links.get(from) ?? [];
      list.push({ other: to, title: title.get(to) ?? '', kind: relationLabels[r.kind], note: r.note });
      links.set(from, list);
    }
  return review.projects
    .filter((p) => links.has(p.id))
    .map((p) => ({ id: p.id, title: p.title, links: links.get(p.id)!.sort((x, y) => place.get(x.other)! - place.get(y.other)!) }));
}

/** The grid's cells: the relation's label where a row and a column meet. */
export const gridLabels = (review: Review) => new Map(review.relations.map((r) => [pairKey(r.a, r.b), relationLabels[r.kind]]));

export interface Paged<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
  last: number;
}

/** One page of a list (pages count from 1; a page past the end shows the last). */
export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE): Paged<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const at = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items = list.slice((at - 1) * size, at * size);
  return { items, page: at, pages, first: list.length ? (at - 1) * size + 1 : 0, last: (at - 1) * size + items.length };
}

/**
 * The one list of content collections (their names alone are in
 * collection-names.ts, in the same order). The content config (src/content.config.ts),
 * the build's integrity check, the field reference in docs/editing.md
 * (scripts/field-reference.ts) and the tests all read it, so a new content type
 * is added here once (see "Add a content type" in docs/editing.md).
 *
 * Each schema is a factory: the content config passes Astro's `reference()` and
 * `image()`, the field reference and the unit tests pass stand-ins.
 */
import type { z } from 'astro/zod';
import type { SchemaContext } from './common';
import { collectionNames, type CollectionName } from './collection-names';
import { methodSchema } from './method';
import { facultySchema } from './faculty';
import { trainingSchema } from './training';
import { posterSchema } from './poster';
import { programmeSchema } from './programme';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { resourceSchema } from './resource';
import { assessmentSchema } from './assessment';
import { focusSchema } from './focus';

/** What every schema factory may be given: references, and images beside the content file. */
export type ContentContext = SchemaContext & { image: () => z.core.$ZodType };

interface ContentType<N extends string, S extends z.core.$ZodType> {
  /** The collection's name, as `getCollection()` takes it. */
  name: N;
  /** Its heading in the field reference. */
  heading: string;
  /** The files an editor writes, relative to the project: a folder and glob, or one file whose top-level keys are entries. */
  files: { folder: string; pattern: string } | { file: string };
  /** Where an editor puts a new entry, as the guide says it. */
  where: string;
  /** The schema module in src/schemas/ and the name of its exported factory. */
  module: string;
  exportName: string;
  schema: (ctx: ContentContext) => S;
}

export { collectionNames, type CollectionName };

/** One entry per name, in the same order. */
type EntriesFor<T extends readonly string[]> = { readonly [I in keyof T]: ContentType<T[I], z.core.$ZodType> };

const type = <N extends CollectionName, S extends z.core.$ZodType>(t: ContentType<N, S>) => t;
const md = '**/*.{md,mdx}';

export const contentTypes = [
  type({ name: 'methods', heading: 'Methods', files: { folder: 'content/methods', pattern: md }, where: 'content/methods/<id>.mdx', module: 'method.ts', exportName: 'methodSchema', schema: (ctx) => methodSchema(ctx) }),
  type({ name: 'faculties', heading: 'Faculties', files: { folder: 'content/faculties', pattern: md }, where: 'content/faculties/<id>.md', module: 'faculty.ts', exportName: 'facultySchema', schema: () => facultySchema() }),
  type({ name: 'training', heading: 'Training offers', files: { folder: 'content/training', pattern: md }, where: 'content/training/<id>.md', module: 'training.ts', exportName: 'trainingSchema', schema: (ctx) => trainingSchema(ctx) }),
  type({ name: 'posters', heading: 'Posters and case studies', files: { folder: 'content/posters', pattern: md }, where: 'content/posters/<slug>.mdx', module: 'poster.ts', exportName: 'posterSchema', schema: (ctx) => posterSchema(ctx) }),
  type({ name: 'programmes', heading: 'Programmes', files: { folder: 'content/programmes', pattern: md }, where: 'content/programmes/<id>.md', module: 'programme.ts', exportName: 'programmeSchema', schema: () => programmeSchema() }),
  type({ name: 'news', heading: 'News', files: { folder: 'content/news', pattern: md }, where: 'content/news/<id>.md', module: 'news.ts', exportName: 'newsSchema', schema: (ctx) => newsSchema(ctx) }),
  type({ name: 'pages', heading: 'Pages', files: { folder: 'content/pages', pattern: md }, where: 'content/pages/<id>.mdx', module: 'page.ts', exportName: 'pageSchema', schema: () => pageSchema() }),
  type({ name: 'resources', heading: 'Resources', files: { folder: 'content/resources', pattern: '**/*.{md,yaml}' }, where: 'content/resources/<id>.md', module: 'resource.ts', exportName: 'resourceSchema', schema: () => resourceSchema() }),
  type({ name: 'assessments', heading: 'Self-assessments', files: { folder: 'content/assessments', pattern: '**/*.yaml' }, where: 'content/assessments/<id>.yaml', module: 'assessment.ts', exportName: 'assessmentSchema', schema: () => assessmentSchema() }),
  // One file; each top-level key (an instrument id) is an entry.
  type({ name: 'focus', heading: 'Where to focus', files: { file: 'content/focus/where-to-focus.yaml' }, where: 'content/focus/where-to-focus.yaml', module: 'focus.ts', exportName: 'focusSchema', schema: (ctx) => focusSchema(ctx) }),
] as const satisfies EntriesFor<typeof collectionNames>;

/** The list entry of one collection, with its own schema type. */
type ContentTypeOf<N extends CollectionName> = Extract<(typeof contentTypes)[number], { name: N }>;

export function contentType<N extends CollectionName>(name: N): ContentTypeOf<N> {
  return contentTypes.find((t) => t.name === name) as ContentTypeOf<N>;
}

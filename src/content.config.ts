import { defineCollection, reference, type SchemaContext as AstroSchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { SchemaContext } from './schemas/common';
import { contentTypes } from './schemas/collections';

// Every collection comes from the one list in src/schemas/collections.ts.

// Astro's reference() is typed for its own collection names; ours are the same strings.
const ctx: SchemaContext = { ref: (c) => reference(c) as unknown as ReturnType<SchemaContext['ref']> as never };

type ContentType = (typeof contentTypes)[number];

function collection(t: ContentType) {
  const loader = 'file' in t.files ? file(`./${t.files.file}`) : glob({ base: `./${t.files.folder}`, pattern: t.files.pattern });
  return defineCollection({ loader, schema: ({ image }: AstroSchemaContext) => t.schema({ ...ctx, image }) });
}

/** Each collection typed by its own schema, so `getCollection('posters')` knows a poster's fields. */
type Collections = { [T in ContentType as T['name']]: { loader: ReturnType<typeof glob | typeof file>; schema: (c: AstroSchemaContext) => ReturnType<T['schema']> } };

export const collections = Object.fromEntries(contentTypes.map((t) => [t.name, collection(t)])) as unknown as Collections;

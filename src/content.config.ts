import { defineCollection, reference, type SchemaContext as AstroSchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { SchemaContext } from './schemas/common';
import { contentTypes } from './schemas/collections';

// Every collection comes from the one list in src/schemas/collections.ts.

// Astro's reference() is typed for its own collection names; ours are the same strings.
const ctx: SchemaContext = { ref: (c) => reference(c) as unknown as ReturnType<SchemaContext['ref']> as never };

type ContentType = (typeof contentTypes)[number];

/**
 * Astro calls a collection's schema function once per entry, to hand it that
 * entry's image(), and zod compiles each new schema on its first parse: for a
 * thousand methods that was a thousand schemas built and compiled (about half
 * a second of a build). A schema whose factory never asks for image() is the
 * same for every entry, so it is built once; one that does (posters) is still
 * built for each entry, with the entry's own image().
 */
function entrySchema(t: ContentType) {
  let shared: ReturnType<ContentType['schema']> | undefined;
  return ({ image }: AstroSchemaContext) => {
    if (shared) return shared;
    let usesImage = false;
    const schema = t.schema({
      ...ctx,
      image: () => {
        usesImage = true;
        return image();
      },
    });
    if (!usesImage) shared = schema;
    return schema;
  };
}

function collection(t: ContentType) {
  const loader = 'file' in t.files ? file(`./${t.files.file}`) : glob({ base: `./${t.files.folder}`, pattern: t.files.pattern });
  return defineCollection({ loader, schema: entrySchema(t) });
}

/** Each collection typed by its own schema, so `getCollection('posters')` knows a poster's fields. */
type Collections = { [T in ContentType as T['name']]: { loader: ReturnType<typeof glob | typeof file>; schema: (c: AstroSchemaContext) => ReturnType<T['schema']> } };

export const collections = Object.fromEntries(contentTypes.map((t) => [t.name, collection(t)])) as unknown as Collections;

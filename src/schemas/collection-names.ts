/**
 * The content collections' names, in the order the editors' guide lists them.
 * Their entries (files, schema, heading) are in collections.ts, one per name in
 * the same order, which the compiler checks. The names stand alone because the
 * schemas' reference fields are typed by them and collections.ts imports the schemas.
 */
export const collectionNames = ['methods', 'faculties', 'training', 'posters', 'programmes', 'news', 'pages', 'resources', 'assessments', 'focus'] as const;

export type CollectionName = (typeof collectionNames)[number];

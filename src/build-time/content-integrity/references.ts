/**
 * Finds cross-references between content entries that point at nothing.
 *
 * Astro's content layer only logs a broken `reference()` and carries on, so a
 * training offer naming a missing faculty would build a broken page. We walk
 * every entry's data ourselves and fail the build with the file and the field.
 */

export interface EntryLike {
  collection: string;
  id: string;
  /** The content file, relative to the project root, e.g. "content/training/qsir.md". */
  filePath?: string | undefined;
  data: unknown;
}

export interface BrokenReference {
  file: string;
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { collection: string; id: string } {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    typeof (value as { id?: unknown }).id === 'string' &&
    Object.keys(value).length === 2
  );
}

/** Lists every reference in `entries` whose target `exists` says is missing. */
export function findBrokenReferences(
  entries: EntryLike[],
  exists: (collection: string, id: string) => boolean,
): BrokenReference[] {
  const broken: BrokenReference[] = [];
  const walk = (value: unknown, path: string, entry: EntryLike): void => {
    if (isReference(value)) {
      if (!exists(value.collection, value.id)) {
        broken.push({ file: entry.filePath ?? `${entry.collection}/${entry.id}`, field: path, collection: value.collection, id: value.id });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, entry));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, entry);
    }
  };
  for (const entry of entries) walk(entry.data, '', entry);
  return broken;
}

/** One line per broken reference, for the build error. */
export function describeBrokenReferences(broken: BrokenReference[]): string {
  return broken
    .map((b) => `${b.file}: field "${b.field}" names "${b.id}", but there is no such entry in content/${b.collection}/.`)
    .join('\n');
}

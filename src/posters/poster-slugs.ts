/**
 * Checks that every poster address is taken once: no two posters share a slug,
 * and no poster's old slug (kept for a redirect) is another poster's address or
 * another poster's old slug. A clash would send a printed QR code to the wrong
 * case study, so the build stops and names the files.
 */

/** The part of a poster entry these checks read. */
export interface PosterSlugEntry {
  id: string;
  /** The content file, relative to the project, e.g. "content/posters/ari-hubs.mdx". */
  filePath?: string | undefined;
  data: { slug: string; previousSlugs?: readonly string[] | undefined };
}

export interface SlugClash {
  slug: string;
  /** Each claim on the slug: the file and whether it is the current slug or an old one. */
  claims: { file: string; as: 'slug' | 'previous slug' }[];
}

const fileOf = (e: PosterSlugEntry) => e.filePath ?? `the poster "${e.id}"`;

/** Old poster slugs kept by another kind of entry (a poster that became a news item). */
export interface MovedSlugs {
  file: string;
  slugs: readonly string[];
}

export function findSlugClashes(entries: readonly PosterSlugEntry[], moved: readonly MovedSlugs[] = []): SlugClash[] {
  const claims = new Map<string, SlugClash['claims']>();
  const claim = (slug: string, file: string, as: 'slug' | 'previous slug') => {
    const list = claims.get(slug) ?? [];
    // A poster listing its own slug as an old one clashes too: the redirect would replace the page.
    list.push({ file, as });
    claims.set(slug, list);
  };
  for (const e of entries) {
    claim(e.data.slug, fileOf(e), 'slug');
    for (const old of new Set(e.data.previousSlugs ?? [])) claim(old, fileOf(e), 'previous slug');
  }
  for (const m of moved) for (const old of new Set(m.slugs)) claim(old, m.file, 'previous slug');
  return [...claims.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([slug, list]) => ({ slug, claims: list }));
}

function describeSlugClashes(clashes: readonly SlugClash[]): string {
  return clashes
    .map((c) => `"${c.slug}" is claimed by:\n${c.claims.map((k) => `  - ${k.file} (as its ${k.as})`).join('\n')}`)
    .join('\n');
}

/** Throws an error naming the files when two posters claim the same address. */
export function assertUniquePosterSlugs(entries: readonly PosterSlugEntry[], moved: readonly MovedSlugs[] = []): void {
  const clashes = findSlugClashes(entries, moved);
  if (clashes.length === 0) return;
  throw new Error(
    `Two posters claim the same address under /posters/. Give each poster its own slug, and do not reuse another poster's old slug.\n${describeSlugClashes(clashes)}`,
  );
}

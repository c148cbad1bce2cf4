/**
 * The "submit or update a poster" form as pure data: what a person typed, the
 * frontmatter it makes, the check against the poster schema, and the finished
 * `content/posters/<slug>.mdx` file. The island only renders and downloads.
 */
// First: it sets zod to run jitless before any schema is built (the CSP forbids eval).
import { check, knownContext, type FieldErrors, type KnownIds } from './validate';
import * as z from 'zod/mini';
import { posterSchema } from '../schemas/poster';
import { contentFile, listFrom, slugify, type FrontValue } from './front-matter';

/** What the form holds: text as typed, so nothing is lost when a check fails. */
export interface PosterForm {
  title: string;
  slug: string;
  summary: string;
  organisation: string;
  event: string;
  year: string;
  programme: string;
  /** One theme per line or comma-separated. */
  themes: string;
  question: string;
  approach: string;
  methods: string[];
  measures: string;
  results: string;
  learning: string;
  /** One name per line. */
  team: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactUrl: string;
  /** Whether an image of the poster was chosen. */
  hasImage: boolean;
  imageAlt: string;
  /** Anything else the team wants on the page. */
  more: string;
}

export const emptyPosterForm = (): PosterForm => ({
  title: '', slug: '', summary: '', organisation: '', event: '', year: '', programme: '', themes: '', question: '', approach: '',
  methods: [], measures: '', results: '', learning: '', team: '', contactName: '', contactEmail: '', contactPhone: '', contactUrl: '',
  hasImage: false, imageAlt: '', more: '',
});

/** An existing poster, as the submission page passes it. */
export interface ExistingPoster {
  slug: string;
  form: PosterForm;
  /** Fields the form does not edit (previousSlugs, pdf, source), kept in the file. */
  keep: Record<string, FrontValue>;
  /** The body as it is in the content file now, kept before any new text. */
  body: string;
  /** Other content files that name this poster by its address (news items' `posters:` lists). */
  namedBy?: readonly string[];
}

/**
 * What the editors must change in other files when a poster gets a new
 * address: each file that names it by its old address, and the exact change.
 * Nothing when the address stays the same.
 */
export function addressChanges(existing: ExistingPoster | undefined, slug: string): string[] {
  if (!existing || existing.slug === slug) return [];
  return (existing.namedBy ?? []).map((file) => `In ${file}, under "posters:", change "${existing.slug}" to "${slug}".`);
}

/** Addresses the site uses for other pages under /posters/. */
const RESERVED = ['submit'];

/** The slug to use: the one typed, or one made from the title. */
export const posterSlug = (form: PosterForm) => form.slug.trim() || slugify(form.title);

/** The poster image's file name next to the content file. */
export const imageName = (slug: string) => `${slug}.jpg`;

/**
 * The old slugs to keep: those the poster had, plus its current one when the
 * form gives it a new address, so old links and printed QR codes still work.
 * The new slug is never among them (going back to an old address is allowed).
 */
export function previousSlugsFor(kept: FrontValue, current: string | undefined, slug: string): string[] {
  const old = Array.isArray(kept) ? (kept as readonly string[]) : [];
  return [...new Set([...old, ...(current ? [current] : [])])].filter((s) => s !== slug);
}

/** The frontmatter, in the order of the schema, from what was typed. `current` is the slug of the poster being updated. */
export function posterFields(form: PosterForm, keep: Record<string, FrontValue> = {}, current?: string): Record<string, FrontValue> {
  const slug = posterSlug(form);
  const year = form.year.trim();
  return {
    title: form.title,
    slug,
    previousSlugs: previousSlugsFor(keep.previousSlugs, current, slug),
    summary: form.summary,
    organisation: form.organisation,
    programme: form.programme,
    event: form.event,
    // A number when it is one; otherwise the text, so the schema reports it.
    year: /^\d+$/.test(year) ? Number(year) : year,
    themes: listFrom(form.themes, true).map((t) => slugify(t)),
    question: form.question,
    approach: form.approach,
    methods: form.methods,
    measures: form.measures,
    results: form.results,
    learning: form.learning,
    team: listFrom(form.team),
    contact: { name: form.contactName, email: form.contactEmail, phone: form.contactPhone, url: form.contactUrl },
    image: form.hasImage ? { src: `./${imageName(slug)}`, alt: form.imageAlt } : undefined,
    pdf: keep.pdf,
    source: keep.source,
  };
}

/** The fields as the content loader would read them: empty values left out, as in the file. */
function asLoaded(fields: Record<string, FrontValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) out[k] = v;
    } else if (typeof v === 'object') {
      const group = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && String(x).trim() !== '').map(([a, x]) => [a, String(x).trim()]));
      if (Object.keys(group).length) out[k] = group;
    } else out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

const fieldOf = (path: readonly PropertyKey[]): string => {
  const [head, sub] = path.map(String);
  if (head === 'contact') return sub === 'phone' ? 'contactPhone' : sub === 'url' ? 'contactUrl' : sub === 'name' ? 'contactName' : 'contactEmail';
  if (head === 'image') return sub === 'src' ? 'image' : 'imageAlt';
  return head ?? 'title';
};

const fallback = {
  title: 'Enter the title as it is on the poster, 3 to 60 characters.',
  slug: 'Enter the web address using only lower case letters, numbers and hyphens, like ari-hubs.',
  summary: 'Enter a summary of 20 to 300 characters.',
  organisation: 'Enter the organisations that did the work, or leave this blank.',
  year: 'Enter the year as 4 digits, between 2000 and 2100, like 2024.',
  themes: 'Enter at least one theme, like urgent care.',
  programme: 'Choose a programme from the list, or choose None.',
  methods: 'Choose QI methods from the list only.',
  team: 'Enter each team member’s name on its own line, at least 2 characters each.',
  contactEmail: 'Enter an email address in the correct format, like name@nhs.net',
  contactUrl: 'Enter a full web address starting with https://',
  imageAlt: 'Describe the poster in at least 10 characters, for people who cannot see it.',
  image: 'Choose an image of the poster.',
};

/** The poster schema with references checked against the page's lists and the image as its path. */
const schemaFor = (known: KnownIds) => posterSchema({ ...knownContext(known), image: () => z.string().check(z.regex(/^\.\/[a-z0-9-]+\.jpg$/)) });

const ownSlugs = (existing?: ExistingPoster): string[] =>
  existing ? [existing.slug, ...(Array.isArray(existing.keep.previousSlugs) ? (existing.keep.previousSlugs as readonly string[]) : [])] : [];

/** What the page knows besides the lists of ids: addresses now sent to news items, and today's date. */
export interface PosterCheckContext {
  /** Old poster addresses that now send people to a news item (news items' `previousPosterSlugs`). */
  newsSlugs?: readonly string[];
  /** Today, for the latest year a poster may give (next year, for a poster made ahead of an event). */
  now?: Date;
}

/**
 * A phone number as people dial it: digits, spaces, brackets and hyphens, an
 * optional leading + and an optional extension, with 7 to 15 digits before it.
 */
export function looksLikePhone(text: string): boolean {
  const m = /^(\+?[0-9][0-9 ()-]*?)(?:\s*(?:ext\.?|extension|x)\s*\d{1,6})?$/i.exec(text.trim().replace(/^\((?=\d)/, ''));
  if (!m) return false;
  const digits = m[1]!.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

export type PosterCheck = { ok: true; slug: string; file: string; fields: Record<string, unknown> } | { ok: false; errors: FieldErrors };

/**
 * Checks what was typed against the poster schema, and a new poster's address
 * against those in use. On success, the finished content file.
 */
export function checkPoster(form: PosterForm, known: KnownIds, existing?: ExistingPoster, context: PosterCheckContext = {}): PosterCheck {
  const fields = posterFields(form, existing?.keep, existing?.slug);
  const loaded = asLoaded(fields);
  const result = check(schemaFor(known), loaded, { field: fieldOf, fallback });
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  const slug = posterSlug(form);
  // The address is checked only when it was typed, or when there is a title to make it from.
  if (!form.slug.trim()) {
    if (!form.title.trim()) delete errors.slug;
    else if (errors.slug && !errors.title) errors.slug = 'Enter a web address: the title has no letters or numbers to make one from.';
    else delete errors.slug;
  }
  const latest = (context.now ?? new Date()).getFullYear() + 1;
  if (!errors.year && typeof fields.year === 'number' && fields.year > latest) {
    errors.year = `Year must be ${latest} or earlier. Enter the year the poster was presented or published.`;
  }
  if (!errors.contactPhone && form.contactPhone.trim() && !looksLikePhone(form.contactPhone)) {
    errors.contactPhone = 'Enter a phone number, like 0300 421 1500 or +44 300 421 1500. Use only numbers, spaces, brackets and hyphens.';
  }
  if (!errors.slug && !errors.title) {
    if (RESERVED.includes(slug)) errors.slug = `The web address "${slug}" is used by another page on this site. Enter a different web address.`;
    // A poster may go back to one of its own old addresses, but not take another's (current or old: it redirects there).
    else if (!ownSlugs(existing).includes(slug) && (known.posters ?? []).includes(slug)) {
      errors.slug = `Another poster already uses the web address "${slug}". Enter a different web address, or to update that poster, choose it under "Which poster is this?".`;
    } else if ((context.newsSlugs ?? []).includes(slug)) {
      errors.slug = `The web address "${slug}" belonged to a poster that is now a news item, and it still sends people to that news item. Enter a different web address.`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, slug, fields: loaded, file: contentFile(fields, [{ heading: 'More about the work', text: form.more }], existing?.body) };
}

/**
 * Building blocks shared by the content schemas.
 *
 * Every content schema is a factory that takes a {@link SchemaContext}, so the
 * same module serves Astro's content layer (which passes `reference()`) and the
 * unit tests (which pass a stand-in that accepts any id).
 *
 * Written with `zod/mini`, not `astro/zod`: the poster and training schemas
 * built from these blocks also run in the browser (the submission forms), and
 * mini lets a page ship only the validators it uses. A schema here has no
 * methods to chain, so a schema module that stays on `astro/zod` wraps them
 * (`z.optional(contact)`, not `contact.optional()`). Both are zod 4 and share
 * one core, so Astro's content layer takes either.
 */
import * as z from 'zod/mini';
import type { CollectionName } from './collection-names';

export type { CollectionName };

/** What a reference field holds once parsed: the same shape Astro's `reference()` gives. */
export interface Ref<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** What a schema factory needs from its caller. */
export interface SchemaContext {
  /** Builds a field that must name an entry of another collection. */
  ref: <C extends CollectionName>(collection: C) => z.core.$ZodType<Ref<C>, string>;
}

/** A context for unit tests and tooling: a reference is any non-empty id. */
export const looseContext: SchemaContext = {
  ref: <C extends CollectionName>(collection: C) =>
    z.pipe(
      z.string().check(z.minLength(1)),
      z.transform((id: string): Ref<C> => ({ id, collection })),
    ),
};

/** A page title: short enough for a browser tab and a search result. */
export const title = z.string().check(
  z.trim(),
  z.minLength(3, 'Add a title of at least 3 characters.'),
  // The site adds " - QI Hub" to the browser title, and 70 characters is what a search result shows.
  z.maxLength(60, 'Keep the title to 60 characters or fewer: it is shown in browser tabs and search results.'),
);

/** One or two sentences shown on cards, in search results and as the meta description. */
export const summary = z.string().check(
  z.trim(),
  z.minLength(20, 'Write a summary of at least 20 characters: it is shown on cards and in search results.'),
  z.maxLength(300, 'Keep the summary under 300 characters.'),
);

/** A link to a page on another site. */
export const externalUrl = z.url({ protocol: /^https?$/, error: 'Give a full web address starting with https://' });

/** An email address people can write to. */
export const email = z.email({ error: 'Give a valid email address, like name@nhs.net' });

/** Text with the spaces at either end taken off (mini has no `.trim()` to chain). */
export const trimmed = () => z.string().check(z.trim());

/** A link to something outside QI Hub, with the words to show. */
export const externalLink = z.strictObject({
  /** What the link says. */
  title: z.string().check(z.trim(), z.minLength(3)),
  /** Where it goes. */
  url: externalUrl,
  /** Who publishes it, e.g. "NHS England". */
  publisher: z.optional(trimmed()),
  /** One line on why it is worth a visit. */
  description: z.optional(trimmed()),
});

/** How to get in touch. At least one of email, phone or url. */
export const contact = z
  .strictObject({
    /** A person or team name. */
    name: z.optional(trimmed()),
    email: z.optional(email),
    /** A phone number, written as people should dial it. */
    phone: z.optional(trimmed()),
    url: z.optional(externalUrl),
  })
  .check(
    z.refine((c) => c.email || c.phone || c.url, {
      message: 'Give at least one way to get in touch: email, phone or url.',
    }),
  );

/** Lower case words (letters and digits) joined by hyphens: slugs, tags and item ids. */
export const HYPHENATED = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A short tag, lower case with hyphens, e.g. "measurement-for-improvement". */
export const tag = z.string().check(z.regex(HYPHENATED, 'Tags are lower case words joined by hyphens, like "run-charts".'));

/** A calendar date written as YYYY-MM-DD. */
export const isoDate = z.coerce.date({ error: 'Write the date as YYYY-MM-DD.' });

/**
 * The frontmatter object of an entry: strict, so a misspelt field fails the
 * build, with a message that names the field and lists the ones allowed.
 */
export function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling. The fields allowed here are: ${Object.keys(shape).join(', ')}.`
        : undefined,
  });
}

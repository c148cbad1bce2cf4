/**
 * Checks a submission against the content schema itself (src/schemas/), in
 * the browser, and turns zod's issues into one message per form field in the
 * NHS.UK error message style. References ("faculty", "methods", "programme")
 * are checked against the ids the page lists, as the build checks them against
 * the content files.
 */
import * as z from 'zod/mini';
import type { CollectionName, Ref, SchemaContext } from '../schemas/common';

// The site's CSP forbids eval; zod's fast path would try it.
z.config({ jitless: true });

/** Ids of existing entries, by collection. */
export type KnownIds = Partial<Record<CollectionName, readonly string[]>>;

/** A schema context whose references must name an id the page lists. */
export function knownContext(known: KnownIds): SchemaContext {
  return {
    ref: <C extends CollectionName>(collection: C) =>
      z.pipe(
        z.string().check(
          z.minLength(1),
          // No message of its own: the form's message for the field says which list.
          z.refine((id) => ((known[collection] ?? []) as readonly string[]).includes(id)),
        ),
        z.transform((id: string): Ref<C> => ({ id, collection })),
      ),
  };
}

/** A field's message, keyed by the form field's name. */
export type FieldErrors = Record<string, string>;

export interface FieldRule {
  /** The form field a schema path belongs to. */
  field: (path: readonly PropertyKey[]) => string;
  /** The message for a field when the schema's own message is zod's generic one. */
  fallback: Readonly<Record<string, string>>;
}

/**
 * The schemas' messages are written for editors of content files; the forms
 * say the same in the words of the form (a "web address", not a "slug"), and
 * in the NHS.UK pattern: what to enter, or what the answer must be.
 */
const FORM_WORDS: Readonly<Record<string, string>> = {
  'Add a title of at least 3 characters.': 'Enter a title of at least 3 characters.',
  'Keep the title to 60 characters or fewer: it is shown in browser tabs and search results.': 'Title must be 60 characters or fewer. Shorten it: it is shown in browser tabs and search results.',
  'Write a summary of at least 20 characters: it is shown on cards and in search results.': 'Summary must be at least 20 characters. Write one or two full sentences.',
  'Keep the summary under 300 characters.': 'Summary must be 300 characters or fewer. Shorten it to one or two sentences.',
  'Give at least one way to get in touch: email, phone or url.': 'Enter an email address, phone number or web page for the contact, so people can get in touch.',
  'Give a valid email address, like name@nhs.net': 'Enter an email address in the correct format, like name@nhs.net',
  'Give a full web address starting with https://': 'Enter a full web address starting with https://',
  'Give at least one theme, like "urgent-care".': 'Enter at least one theme, like urgent care.',
  'A slug is lower case words joined by hyphens, like "ari-hubs".': 'Enter the web address using only lower case letters, numbers and hyphens, like ari-hubs.',
};

/** zod's built-in wording ("Too small: expected...", "Invalid input..."), as opposed to a message the schema wrote. */
const GENERIC = /^(Invalid|Too (small|big)|Expected|Required|Unrecognized)/i;

/** Parses `data` with `schema`; on failure, the first message for each form field, in the order the schema reported them. */
export function check<T>(schema: z.core.$ZodType<T>, data: unknown, rule: FieldRule): { ok: true; value: T } | { ok: false; errors: FieldErrors } {
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = rule.field(issue.path);
    if (errors[field]) continue;
    errors[field] = GENERIC.test(issue.message) || !issue.message ? (rule.fallback[field] ?? `Check ${field}.`) : (FORM_WORDS[issue.message] ?? issue.message);
  }
  return { ok: false, errors };
}

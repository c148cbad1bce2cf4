/**
 * Checks a submission against the content schema itself (src/schemas/), in
 * the browser, and turns zod's issues into one message per form field in the
 * NHS.UK error message style. References ("faculty", "methods", "programme")
 * are checked against the ids the page lists, as the build checks them against
 * the content files.
 */
import { z } from 'astro/zod';
import type { CollectionName, Ref, SchemaContext } from '../../schemas/common';

// The site's CSP forbids eval; zod's fast path would try it.
z.config({ jitless: true });

/** Ids of existing entries, by collection. */
export type KnownIds = Partial<Record<CollectionName, readonly string[]>>;

/** A schema context whose references must name an id the page lists. */
export function knownContext(known: KnownIds): SchemaContext {
  return {
    ref: <C extends CollectionName>(collection: C) =>
      z
        .string()
        .min(1)
        .refine((id) => ((known[collection] ?? []) as readonly string[]).includes(id), { message: 'Choose one from the list.' })
        .transform((id): Ref<C> => ({ id, collection })),
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

/** zod's built-in wording ("Too small: expected...", "Invalid input..."), as opposed to a message the schema wrote. */
const GENERIC = /^(Invalid|Too (small|big)|Expected|Required|Unrecognized)/i;

/** Parses `data` with `schema`; on failure, the first message for each form field, in the order the schema reported them. */
export function check<T>(schema: z.ZodType<T>, data: unknown, rule: FieldRule): { ok: true; value: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = rule.field(issue.path);
    if (errors[field]) continue;
    errors[field] = GENERIC.test(issue.message) || !issue.message ? (rule.fallback[field] ?? `Check ${field}.`) : issue.message;
  }
  return { ok: false, errors };
}

/**
 * A poster or case study of improvement work: `content/posters/<slug>.mdx`.
 *
 * Sections the team has not supplied are left out: every story field is optional
 * and the page shows only what is there.
 */
import * as z from 'zod/mini';
import { contact, externalUrl, HYPHENATED, summary, tag, title, trimmed, type SchemaContext, fields } from './common';

/** A fixed, URL-safe slug. It never changes when the title does. */
export const slug = z.string().check(z.regex(HYPHENATED, 'A slug is lower case words joined by hyphens, like "ari-hubs".'));

export const posterSchema = ({ ref, image }: SchemaContext & { image: () => z.core.$ZodType }) =>
  fields({
    /** The poster's title as the team wrote it. */
    title,
    /** The permanent address: /posters/<slug>/. Fixed once published. */
    slug,
    /** Earlier slugs: each gets a redirect to the current one. */
    previousSlugs: z._default(z.array(slug), []),
    /** What the work is about, in one or two sentences. */
    summary,
    /** The organisation(s) that did the work. Leave out when the team has not said. */
    organisation: z.optional(z.string().check(z.trim(), z.minLength(2))),
    /** The system programme it belongs to (an id from content/programmes). */
    programme: z.optional(ref('programmes')),
    /** Where it was presented, e.g. "NHS Impact South West launch". */
    event: z.optional(trimmed()),
    /** The year it was presented or published. */
    year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
    /** Themes for the gallery filters. */
    themes: z.array(tag).check(z.minLength(1, 'Give at least one theme, like "urgent-care".')),
    /** The question the team asked, or its aim. */
    question: z.optional(trimmed()),
    /** What the team did. */
    approach: z.optional(trimmed()),
    /** QI methods the team used (ids from content/methods). */
    methods: z._default(z.array(ref('methods')), []),
    /** How the team measured change. */
    measures: z.optional(trimmed()),
    /** What happened. Only results the team has published. */
    results: z.optional(trimmed()),
    /** What the team learnt. */
    learning: z.optional(trimmed()),
    /** Team members or the team name. */
    team: z._default(z.array(z.string().check(z.trim(), z.minLength(2))), []),
    /** Who to contact about the work. */
    contact: z.optional(contact),
    /** The poster as an image, with a text alternative. */
    image: z.optional(
      z.strictObject({
        /** The image file's path, relative to this content file. */
        src: image(),
        /** A text description of the poster for people who cannot see it. */
        alt: z.string().check(z.trim(), z.minLength(10)),
      }),
    ),
    /** The poster as a PDF (a file under public/ or a full URL). */
    pdf: z.optional(trimmed()),
    /** Where the original is published. */
    source: z.optional(
      z.strictObject({
        /** The name of the original publication or page. */
        title: trimmed(),
        /** Its web address, if it has one. */
        url: z.optional(externalUrl),
      }),
    ),
  });

export type PosterData = z.infer<ReturnType<typeof posterSchema>>;

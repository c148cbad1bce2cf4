/**
 * A poster or case study of improvement work: `content/posters/<slug>.mdx`.
 *
 * Sections the team has not supplied are left out: every story field is optional
 * and the page shows only what is there.
 */
import { z } from 'astro/zod';
import { contact, externalUrl, HYPHENATED, summary, tag, title, type SchemaContext, fields } from './common';

/** A fixed, URL-safe slug. It never changes when the title does. */
export const slug = z
  .string()
  .regex(HYPHENATED, 'A slug is lower case words joined by hyphens, like "ari-hubs".');

export const posterSchema = ({ ref, image }: SchemaContext & { image: () => z.ZodType }) =>
  fields({
    /** The poster's title as the team wrote it. */
    title,
    /** The permanent address: /posters/<slug>/. Fixed once published. */
    slug,
    /** Earlier slugs: each gets a redirect to the current one. */
    previousSlugs: z.array(slug).default([]),
    /** What the work is about, in one or two sentences. */
    summary,
    /** The organisation(s) that did the work. Leave out when the team has not said. */
    organisation: z.string().trim().min(2).optional(),
    /** The system programme it belongs to (an id from content/programmes). */
    programme: ref('programmes').optional(),
    /** Where it was presented, e.g. "NHS Impact South West launch". */
    event: z.string().trim().optional(),
    /** The year it was presented or published. */
    year: z.number().int().min(2000).max(2100),
    /** Themes for the gallery filters. */
    themes: z.array(tag).min(1, 'Give at least one theme, like "urgent-care".'),
    /** The question the team asked, or its aim. */
    question: z.string().trim().optional(),
    /** What the team did. */
    approach: z.string().trim().optional(),
    /** QI methods the team used (ids from content/methods). */
    methods: z.array(ref('methods')).default([]),
    /** How the team measured change. */
    measures: z.string().trim().optional(),
    /** What happened. Only results the team has published. */
    results: z.string().trim().optional(),
    /** What the team learnt. */
    learning: z.string().trim().optional(),
    /** Team members or the team name. */
    team: z.array(z.string().trim().min(2)).default([]),
    /** Who to contact about the work. */
    contact: contact.optional(),
    /** The poster as an image, with a text alternative. */
    image: z
      .strictObject({
        /** The image file's path, relative to this content file. */
        src: image(),
        /** A text description of the poster for people who cannot see it. */
        alt: z.string().trim().min(10),
      })
      .optional(),
    /** The poster as a PDF (a file under public/ or a full URL). */
    pdf: z.string().trim().optional(),
    /** Where the original is published. */
    source: z
      .strictObject({
        /** The name of the original publication or page. */
        title: z.string().trim(),
        /** Its web address, if it has one. */
        url: externalUrl.optional(),
      })
      .optional(),
  });

export type PosterData = z.infer<ReturnType<typeof posterSchema>>;

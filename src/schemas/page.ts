/** A standalone page such as about or privacy: `content/pages/<slug>.mdx`, served at /<slug>/. */
import { z } from 'astro/zod';
import { isoDate, summary, title, fields } from './common';

export const pageSchema = () =>
  fields({
    title,
    /** The meta description and search excerpt. */
    summary,
    /** When the content was last checked. */
    lastReviewed: z.optional(isoDate),
    /** Organisations or places the page is about, e.g. One Gloucestershire Improvement Community. A search for one of these names lists this page first. */
    about: z.array(z.string().trim().min(2)).default([]),
  });

export type PageData = z.infer<ReturnType<typeof pageSchema>>;

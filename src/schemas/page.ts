/** A standalone page such as about or privacy: `content/pages/<slug>.mdx`, served at /<slug>/. */
import { z } from 'astro/zod';
import { isoDate, summary, title, fields } from './common';

export const pageSchema = () =>
  fields({
    title,
    /** The meta description and search excerpt. */
    summary,
    /** When the content was last checked. */
    lastReviewed: isoDate.optional(),
  });

export type PageData = z.infer<ReturnType<typeof pageSchema>>;

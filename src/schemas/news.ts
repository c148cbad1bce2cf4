/** A dated news item: `content/news/<slug>.md`. */
import { z } from 'astro/zod';
import { externalLink, isoDate, summary, title, type SchemaContext, fields } from './common';
import { slug } from './poster';

export const newsSchema = ({ ref }: SchemaContext) =>
  fields({
    title,
    summary,
    /** The date of the event or announcement. */
    date: isoDate,
    /** How exact the date is. Use "month" when the source gives only the month: write the 1st as the day, and the page shows "May 2024". */
    datePrecision: z.enum(['day', 'month']).default('day'),
    /** Where the facts come from. */
    source: z.optional(externalLink),
    /** Posters the item is about (ids from content/posters). */
    posters: z.array(ref('posters')).default([]),
    /** Slugs the item had when it was published as a poster: each /posters/<slug>/ redirects here, so old links and printed QR codes keep working. */
    previousPosterSlugs: z.array(slug).default([]),
  });

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;

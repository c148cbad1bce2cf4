/** An external library or community worth a visit: `content/resources/<slug>.md`. */
import { z } from 'astro/zod';
import { externalUrl, summary, tag, title, fields } from './common';

export const resourceSchema = () =>
  fields({
    title,
    /** One line on why to use it. */
    summary,
    /** Where it is. */
    url: externalUrl,
    /** Who runs it. */
    publisher: z.string().trim().min(2),
    /** Tags that assessment items point at when they score low. */
    tags: z.array(tag).default([]),
  });

export type ResourceData = z.infer<ReturnType<typeof resourceSchema>>;

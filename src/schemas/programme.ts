/** A system programme the community facilitates: `content/programmes/<slug>.md`. */
import { z } from 'astro/zod';
import { contact, summary, tag, title, fields } from './common';

export const programmeSchema = () =>
  fields({
    /** The programme's name. */
    title,
    /** What it is, in one or two sentences. */
    summary,
    /** The system or partnership it belongs to, e.g. "One Gloucestershire". */
    system: z.string().trim().min(2),
    /** What the QI community does for it, e.g. "Design workshops". */
    support: z.string().trim().min(3),
    /** Themes, shared with posters. */
    themes: z.array(tag).default([]),
    /** How to get in touch. */
    contact: z.optional(contact),
  });

export type ProgrammeData = z.infer<ReturnType<typeof programmeSchema>>;

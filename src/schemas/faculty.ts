/** A faculty: a team that teaches and supports QI. `content/faculties/<slug>.md`. */
import { z } from 'astro/zod';
import { contact, externalUrl, summary, title, fields } from './common';

export const facultySchema = () =>
  fields({
    /** The faculty's name, e.g. "QSIR faculty". */
    title,
    /** What it does, in one or two sentences. */
    summary,
    /** Short name or acronym, e.g. "GSQIA". */
    shortName: z.string().trim().optional(),
    /** The organisation it belongs to. Leave out when the source does not say. */
    organisation: z.string().trim().min(3).optional(),
    /** Who it serves, e.g. "Staff of Gloucestershire Hospitals NHS FT". */
    audience: z.string().trim().min(3),
    /** The area it covers, e.g. "Gloucestershire". Leave out when the source does not say. */
    area: z.string().trim().min(3).optional(),
    /** How to get in touch. Leave out when the source gives no contact for the faculty; the page asks for one. */
    contact: z.optional(contact),
    /** Its own web page, if it has one. */
    website: z.optional(externalUrl),
  });

export type FacultyData = z.infer<ReturnType<typeof facultySchema>>;

/**
 * A self-assessment instrument: `content/assessments/<id>.yaml`.
 *
 * An instrument is data. A new checklist is a new file that passes this schema;
 * no code changes. Item ids are stable: stored answers are keyed by them, so an
 * id must never be reused for different wording.
 */
import { z } from 'astro/zod';
import { externalUrl, summary, tag, title } from './common';
import { ID_PATTERN, MAX_ID_LENGTH } from './answers-core';

/** A stable id, by the same rule as stored answers, export files and share links. */
const id = z
  .string()
  .regex(ID_PATTERN, 'Ids are lower case words joined by hyphens, and cannot be "constructor" or "prototype".')
  .max(MAX_ID_LENGTH);

/** One point on the answer scale. */
const scalePoint = z.strictObject({
  /** The number stored and scored. */
  value: z.number().int(),
  /** The words shown next to the radio button. */
  label: z.string().trim().min(1),
});

/**
 * How answers are read. `rating`: points are scored, totalled and compared.
 * `easy-or-hard`: each question is marked easy to answer or struggled over (two
 * points, struggled first); results list which were which, with no total.
 */
export const scaleTypes = ['rating', 'easy-or-hard'] as const;
export type ScaleType = (typeof scaleTypes)[number];

export const scaleSchema = z
  .strictObject({
    /** How answers are read: "rating" (scored and totalled) or "easy-or-hard" (easy to answer or struggled over, no total). */
    type: z.enum(scaleTypes).default('rating'),
    /** What the scale measures, shown as the question for each item, e.g. "How true is this for your team?". */
    question: z.string().trim().min(3),
    /** How to use the scale, shown under the question, e.g. "0 is not at all, 5 is fully". */
    hint: z.string().trim().optional(),
    /** Every point, lowest first. A higher value is always the better answer. */
    points: z.array(scalePoint).min(2),
  })
  .refine((s) => s.points.every((p, i) => i === 0 || p.value > s.points[i - 1]!.value), {
    message: 'List the scale points lowest first, each value higher than the one before.',
    path: ['points'],
  })
  .refine((s) => s.type !== 'easy-or-hard' || s.points.length === 2, {
    message: 'An easy-or-hard scale has exactly two points: struggled over first, then easy to answer.',
    path: ['points'],
  });

const itemSchema = z.strictObject({
  /** Stable id, unique within the instrument. */
  id,
  /** The statement or question, word for word from the source. */
  text: z.string().trim().min(5),
  /**
   * A short form of the statement, written by the editor, that labels its bar in
   * the results chart (the full text stays on the page and in the table).
   */
  short: z
    .string()
    .trim()
    .min(2, 'Write a short label of at least 2 characters: it labels the bar in the results chart.')
    .max(32, 'Keep the short label to 32 characters or fewer, so it fits on one line of a phone screen.'),
  /** A sub-heading from the source that the item sits under, if any. */
  subheading: z.string().trim().optional(),
  /** Topic tags for the item. The methods and training shown when it scores low come from content/focus/where-to-focus.yaml instead. */
  helps: z.array(tag).default([]),
});

const sectionSchema = z.strictObject({
  /** Stable id, unique within the instrument. */
  id,
  /** The section heading. */
  title: z.string().trim().min(2),
  /** The CQC key line of enquiry it maps to, where one applies. */
  kloe: z.string().trim().optional(),
  /** Words that introduce the section. */
  intro: z.string().trim().optional(),
  /** The statements or questions in this section, in the source's order. */
  items: z.array(itemSchema).min(1),
});

export const assessmentSchema = () =>
  z
    .strictObject({
      /** The instrument's name. */
      title,
      /** What it helps you find out, in one or two sentences. */
      summary,
      /** Why and when to use it: shown above the form. */
      purpose: z.string().trim().min(20),
      /** Order on the assessments page. */
      order: z.number().int().default(100),
      /** Who published the instrument. Shown on the page with every use. */
      source: z.strictObject({
        /** The publication, e.g. "Quality improvement: a staged approach (Oxleas case study)". */
        title: z.string().trim().min(3),
        /** The organisation that published it, e.g. "The King's Fund". */
        publisher: z.string().trim().min(2),
        /** The year it was published. */
        year: z.number().int().optional(),
        url: z.optional(externalUrl),
        /** Where in the publication, e.g. "Appendix 1". */
        location: z.string().trim().optional(),
      }),
      /**
       * A tool on this site that works through the questions with you, linked at the top of the page,
       * e.g. { href: "/tools/portfolio-review/", label: "Use the portfolio review tool" }.
       */
      tool: z
        .strictObject({
          /** A site path, starting and ending with "/". */
          href: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'Write a site path that starts and ends with "/", e.g. "/tools/portfolio-review/".'),
          /** The link's words. */
          label: z.string().trim().min(3),
          /** One sentence on what the tool does, shown above the link. */
          intro: z.string().trim().min(10),
        })
        .optional(),
      /** The answer scale shared by every item. */
      scale: scaleSchema,
      /** Whether each item also takes a private free-text note. */
      notes: z.boolean().default(false),
      /** The instrument's sections, in the source's order. */
      sections: z.array(sectionSchema).min(1),
    })
    .superRefine((a, ctx) => {
      const seen = new Set<string>();
      a.sections.forEach((section, s) => {
        section.items.forEach((item, i) => {
          if (seen.has(item.id)) {
            ctx.addIssue({
              code: 'custom',
              message: `Item id "${item.id}" is used twice. Each item needs its own id.`,
              path: ['sections', s, 'items', i, 'id'],
            });
          }
          seen.add(item.id);
        });
      });
    });

export type AssessmentData = z.infer<ReturnType<typeof assessmentSchema>>;
export type AssessmentSection = z.infer<typeof sectionSchema>;
export type AssessmentItem = z.infer<typeof itemSchema>;

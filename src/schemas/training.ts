/** A training offer, always linked to the faculty that runs it. `content/training/<slug>.md`. */
import * as z from 'zod/mini';
import { externalUrl, summary, tag, title, type SchemaContext, fields } from './common';

/** `ask-the-faculty`: the source does not give the level, or the offer spans several. */
export const trainingLevels = ['introductory', 'practitioner', 'advanced', 'coaching', 'ask-the-faculty'] as const;
/** `ask-the-faculty`: the source does not say how it is delivered, so the page sends people to the faculty. */
export const trainingFormats = ['in-person', 'online', 'blended', 'ask-the-faculty'] as const;

export const levelLabels: Record<(typeof trainingLevels)[number], string> = {
  introductory: 'Introductory',
  practitioner: 'Practitioner',
  advanced: 'Advanced',
  coaching: 'Coaching and support',
  'ask-the-faculty': 'Level not given: ask the faculty',
};
export const formatLabels: Record<(typeof trainingFormats)[number], string> = {
  'in-person': 'In person',
  online: 'Online',
  blended: 'Blended',
  'ask-the-faculty': 'Ask the faculty',
};

export const trainingSchema = ({ ref }: SchemaContext) =>
  fields({
    /** The course or offer name. */
    title,
    /** What a person gets from it, in one or two sentences. */
    summary,
    /** The faculty that runs it (an id from content/faculties). */
    faculty: ref('faculties'),
    /** How deep it goes. */
    level: z.enum(trainingLevels),
    /** How it is delivered. */
    format: z.enum(trainingFormats),
    /** How long it takes, as the provider says it. Leave out when the source does not say. */
    duration: z.optional(z.string().check(z.trim(), z.minLength(2))),
    /** Who it is for. */
    audience: z.string().check(z.trim(), z.minLength(3)),
    /** How to book or ask about a place: plain words. Leave out when the source does not say; the page asks the course team. */
    howToBook: z.optional(z.string().check(z.trim(), z.minLength(10))),
    /** Where to book, if there is a booking page. */
    bookingUrl: z.optional(externalUrl),
    /** Tags that assessment items point at when they score low. */
    tags: z._default(z.array(tag), []),
    /** Methods the offer teaches (ids from content/methods). */
    methods: z._default(z.array(ref('methods')), []),
  });

export type TrainingData = z.infer<ReturnType<typeof trainingSchema>>;

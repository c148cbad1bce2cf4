/**
 * The "submit or update a course" form as pure data: what a person typed, the
 * check against the training schema, and the finished
 * `content/training/<id>.md` file. The island only renders and downloads.
 */
// First: it sets zod to run jitless before any schema is built (the CSP forbids eval).
import { check, knownContext, type FieldErrors, type KnownIds } from './validate';
import { trainingSchema } from '../schemas/training';
import { contentFile, slugify, type FrontValue } from './front-matter';

export interface TrainingForm {
  title: string;
  summary: string;
  faculty: string;
  level: string;
  format: string;
  duration: string;
  audience: string;
  howToBook: string;
  bookingUrl: string;
  methods: string[];
  /** What the course offers, in plain words. */
  offers: string;
}

export const emptyTrainingForm = (): TrainingForm => ({
  title: '', summary: '', faculty: '', level: '', format: '', duration: '', audience: '', howToBook: '', bookingUrl: '', methods: [], offers: '',
});

export interface ExistingTraining {
  id: string;
  form: TrainingForm;
  /** Fields the form does not edit (tags), kept in the file. */
  keep: Record<string, FrontValue>;
  /** The body as it is in the content file now, kept before any new text. */
  body: string;
}

/** Addresses the site uses for other pages under /training/. */
const RESERVED = ['submit'];

/** The file name (without .md) and the page address: the existing id, or one made from the title. */
export const trainingId = (form: TrainingForm, existing?: ExistingTraining) => existing?.id ?? slugify(form.title);

export function trainingFields(form: TrainingForm, keep: Record<string, FrontValue> = {}): Record<string, FrontValue> {
  return {
    title: form.title,
    summary: form.summary,
    faculty: form.faculty,
    level: form.level,
    format: form.format,
    duration: form.duration,
    audience: form.audience,
    howToBook: form.howToBook,
    bookingUrl: form.bookingUrl,
    tags: keep.tags,
    methods: form.methods,
  };
}

function asLoaded(fields: Record<string, FrontValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

const fallback = {
  title: 'Enter the name of the course, 3 to 60 characters.',
  summary: 'Enter a summary of 20 to 300 characters.',
  faculty: 'Choose the faculty that runs the course.',
  level: 'Choose the level of the course. If you do not know, choose "Level not given: ask the faculty".',
  format: 'Choose how the course is delivered. If you do not know, choose "Ask the faculty".',
  duration: 'Enter how long the course takes, or leave it blank.',
  audience: 'Enter who the course is for, at least 3 characters.',
  howToBook: 'Enter how to book or ask about a place, at least 10 characters.',
  bookingUrl: 'Enter a full web address starting with https://',
  methods: 'Choose QI methods from the list only.',
};

const schemaFor = (known: KnownIds) => trainingSchema(knownContext(known));

export type TrainingCheck = { ok: true; id: string; file: string; fields: Record<string, unknown> } | { ok: false; errors: FieldErrors };

export function checkTraining(form: TrainingForm, known: KnownIds, existing?: ExistingTraining): TrainingCheck {
  const fields = trainingFields(form, existing?.keep);
  const loaded = asLoaded(fields);
  const result = check(schemaFor(known), loaded, { field: (p) => String(p[0] ?? 'title'), fallback });
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  const id = trainingId(form, existing);
  if (!errors.title && !existing && (known.training ?? []).includes(id)) {
    errors.title = `A course called "${form.title.trim()}" is already on the site. To update it, choose it under "Which course is this?".`;
  }
  if (!errors.title && !id) errors.title = fallback.title;
  if (!errors.title && !existing && RESERVED.includes(id)) {
    errors.title = `A course called "${form.title.trim()}" would need the web address /training/${id}/, which another page on this site uses. Add a word or two to the name.`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const file = contentFile(fields, [{ heading: existing ? 'More about this course' : 'What it offers', text: form.offers }], existing?.body);
  return { ok: true, id, fields: loaded, file };
}

import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { contentFile, frontMatter, listFrom, markdownText, slugify } from '../../../src/submission/front-matter';
import fc from 'fast-check';
import { checkPoster, emptyPosterForm, previousSlugsFor, type PosterForm } from '../../../src/submission/poster';
import { checkTraining, emptyTrainingForm, type TrainingForm } from '../../../src/submission/training';
import { posterSchema } from '../../../src/schemas/poster';
import { trainingSchema } from '../../../src/schemas/training';
import { looseContext } from '../../../src/schemas/common';

const known = { methods: ['run-charts', 'pdsa-cycles'], programmes: ['virtual-ward'], posters: ['ari-hubs'], faculties: ['qsir-faculty'], training: ['qsir-programmes'] };

/** Splits a content file the way the content loader does: YAML frontmatter, then the body. */
function split(file: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!m) throw new Error(`not a content file:\n${file}`);
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}

const poster = (over: Partial<PosterForm> = {}): PosterForm => ({
  ...emptyPosterForm(),
  title: 'Faster discharge: a "home first" test',
  summary: 'A ward team tested a morning discharge huddle to help people get home sooner.',
  year: '2025',
  themes: 'Hospital discharge, patient flow',
  question: 'Can a huddle at 9am: bring discharges earlier?',
  methods: ['pdsa-cycles'],
  team: 'A. Person\nB. Person',
  contactEmail: 'team@nhs.net',
  ...over,
});

describe('frontMatter', () => {
  it('quotes every string so colons, quotes, hashes and leading hyphens survive', () => {
    const text = frontMatter({ title: '- "Odd": #1 {x}', year: 2024, empty: '', list: ['a: b', ''], group: { name: 'N', email: undefined } });
    expect(parseYaml(text.replace(/^---\n|---\n$/g, ''))).toEqual({ title: '- "Odd": #1 {x}', year: 2024, list: ['a: b'], group: { name: 'N' } });
  });
  it('drops control characters and normalises line breaks', () => {
    expect(parseYaml(frontMatter({ t: 'a\r\nb\u0007c' }).replace(/^---\n|---\n$/g, ''))).toEqual({ t: 'a\nbc' });
  });
});

describe('markdownText', () => {
  it('writes a line starting "import" or "export" so that MDX reads it as text, not as code to run', () => {
    expect(markdownText("import of discharge data took a week.\nexport const x = require('fs')")).toBe(
      "&#105;mport of discharge data took a week.\n&#101;xport const x = require('fs')",
    );
    expect(markdownText('Important: imports and exports')).toBe('Important: imports and exports');
  });

  it('escapes what Markdown or MDX would read as markup, keeping paragraphs', () => {
    expect(markdownText('# Not a heading\n1. not a list <b>{x}</b> *y*\n\nNext & last')).toBe('\\# Not a heading\n1\\. not a list \\<b\\>\\{x\\}\\</b\\> \\*y\\*\n\nNext \\& last');
  });
  it('puts a kept body before new sections', () => {
    expect(contentFile({ title: 'T' }, [{ heading: 'New', text: 'x' }], '## Old\n\ny')).toBe('---\ntitle: "T"\n---\n\n## Old\n\ny\n\n## New\n\nx\n');
  });
});

describe('slugify and listFrom', () => {
  it('makes ids', () => {
    expect(slugify("Supporting patients with Huntington's disease")).toBe('supporting-patients-with-huntingtons-disease');
    expect(slugify('  Café — Ward 7! ')).toBe('cafe-ward-7');
  });
  it('splits lists', () => {
    expect(listFrom('a, b\n\nc', true)).toEqual(['a', 'b', 'c']);
    expect(listFrom('A, B\nC')).toEqual(['A, B', 'C']);
  });
});

describe('checkPoster', () => {
  it('turns a valid form into a file that the poster schema accepts, with the story in the frontmatter', () => {
    const r = checkPoster(poster({ more: 'We used <3 cycles> & {braces}.', hasImage: true, imageAlt: 'A poster with a run chart of discharge times.' }), known);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.slug).toBe('faster-discharge-a-home-first-test');
    const { data, body } = split(r.file);
    const parsed = posterSchema({ ...looseContext, image: () => z.string() }).parse(data);
    expect(parsed.title).toBe('Faster discharge: a "home first" test');
    expect(parsed.themes).toEqual(['hospital-discharge', 'patient-flow']);
    expect(parsed.team).toEqual(['A. Person', 'B. Person']);
    expect(parsed.image).toEqual({ src: './faster-discharge-a-home-first-test.jpg', alt: 'A poster with a run chart of discharge times.' });
    expect(parsed.organisation).toBeUndefined();
    expect(body).toBe('\n## More about the work\n\nWe used \\<3 cycles\\> \\& \\{braces\\}.\n');
  });

  it('reports each wrong field once, in the form’s words (what to enter), not the content file’s', () => {
    const r = checkPoster(poster({ title: 'A', summary: 'Short', year: 'May 2024', themes: '', contactEmail: 'not-an-email', methods: ['no-such-method'] }), known);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      title: 'Enter a title of at least 3 characters.',
      summary: 'Summary must be at least 20 characters. Write one or two full sentences.',
      year: 'Enter the year as 4 digits, between 2000 and 2100, like 2024.',
      themes: 'Enter at least one theme, like urgent care.',
      methods: 'Choose QI methods from the list only.',
      contactEmail: 'Enter an email address in the correct format, like name@nhs.net',
    });
  });

  it('asks for a way to get in touch when only a contact name is given', () => {
    const r = checkPoster(poster({ contactEmail: '', contactName: 'The team' }), known);
    expect(!r.ok && r.errors.contactEmail).toBe('Enter an email address, phone number or web page for the contact, so people can get in touch.');
  });

  it('refuses an address another poster uses, or the form’s own, but lets a poster keep its own', () => {
    const taken = checkPoster(poster({ slug: 'ari-hubs' }), known);
    expect(!taken.ok && taken.errors.slug).toMatch(/Another poster already uses the web address "ari-hubs"/);
    const reserved = checkPoster(poster({ slug: 'submit' }), known);
    expect(!reserved.ok && reserved.errors.slug).toMatch(/used by another page on this site. Enter a different web address/);
    const own = checkPoster(poster({ slug: 'ari-hubs' }), known, { slug: 'ari-hubs', form: emptyPosterForm(), keep: { previousSlugs: ['old-ari'] }, body: '## About this poster\n\nKept.' });
    expect(own.ok).toBe(true);
    if (own.ok) {
      expect(split(own.file).data.previousSlugs).toEqual(['old-ari']);
      expect(own.file).toContain('## About this poster\n\nKept.');
    }
  });

  it('keeps the old slugs and adds the current one when an update changes the address, so old links and QR codes still work', () => {
    const existing = { slug: 'ari-hubs', form: emptyPosterForm(), keep: { previousSlugs: ['old-ari'] }, body: '' };
    const moved = checkPoster(poster({ slug: 'ari-hubs-gloucestershire' }), known, existing);
    expect(moved.ok).toBe(true);
    if (moved.ok) {
      const { data } = split(moved.file);
      expect(data.slug).toBe('ari-hubs-gloucestershire');
      expect(data.previousSlugs).toEqual(['old-ari', 'ari-hubs']);
      expect(posterSchema({ ...looseContext, image: () => z.string() }).safeParse(moved.fields).success).toBe(true);
    }
    // Another poster's old address redirects to that poster: it cannot be taken.
    const taken = checkPoster(poster({ slug: 'old-hubs' }), { ...known, posters: ['ari-hubs', 'other', 'old-hubs'] }, { ...existing, slug: 'other', keep: {} });
    expect(!taken.ok && taken.errors.slug).toMatch(/Another poster already uses the web address "old-hubs"/);
    // Going back to an old address takes it off the list of old ones.
    const back = checkPoster(poster({ slug: 'old-ari' }), known, existing);
    expect(back.ok && split(back.file).data.previousSlugs).toEqual(['ari-hubs']);
  });

  it('never drops an old slug, never lists one twice, and never lists the new one', () => {
    const slug = fc.stringMatching(/^[a-z]{1,4}$/);
    fc.assert(
      fc.property(fc.array(slug, { maxLength: 5 }), fc.option(slug, { nil: undefined }), slug, (kept, current, next) => {
        const out = previousSlugsFor(kept, current, next);
        expect(new Set(out).size).toBe(out.length);
        expect(out).not.toContain(next);
        for (const s of [...kept, ...(current ? [current] : [])]) if (s !== next) expect(out).toContain(s);
      }),
    );
  });
});

describe('checkTraining', () => {
  const course = (over: Partial<TrainingForm> = {}): TrainingForm => ({
    ...emptyTrainingForm(),
    title: 'QSIR Practitioner',
    summary: 'Learn the QSIR approach with colleagues from across the system.',
    faculty: 'qsir-faculty',
    level: 'practitioner',
    format: 'in-person',
    duration: 'Five days over five months',
    audience: 'Anyone who works in the system',
    howToBook: 'Email the faculty to book a place.',
    offers: 'Tools for measuring change.',
    ...over,
  });

  it('turns a valid form into a file that the training schema accepts', () => {
    const r = checkTraining(course(), known);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).toBe('qsir-practitioner');
    const { data, body } = split(r.file);
    expect(trainingSchema(looseContext).parse(data).faculty).toEqual({ id: 'qsir-faculty', collection: 'faculties' });
    expect(body).toBe('\n## What it offers\n\nTools for measuring change.\n');
  });

  it('refuses a title whose address the site uses for another page', () => {
    const r = checkTraining(course({ title: 'Submit' }), known);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.title).toMatch(/\/training\/submit\/, which another page on this site uses/);
  });

  it('reports a missing faculty, level and format and a bad booking page', () => {
    const r = checkTraining(course({ faculty: '', level: '', format: '', bookingUrl: 'www.example.org' }), known);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual(['faculty', 'level', 'format', 'bookingUrl']);
    expect(r.errors.faculty).toBe('Choose the faculty that runs the course.');
    expect(r.errors.bookingUrl).toBe('Enter a full web address starting with https://');
  });

  it('keeps the id, tags and body of a course being updated', () => {
    const r = checkTraining(course({ title: 'QSIR programmes in One Gloucestershire', offers: '' }), known, {
      id: 'qsir-programmes', form: emptyTrainingForm(), keep: { tags: ['training'] }, body: '## What it offers\n\nKept.',
    });
    expect(r.ok && r.id).toBe('qsir-programmes');
    if (r.ok) {
      expect(split(r.file).data.tags).toEqual(['training']);
      expect(r.file.endsWith('## What it offers\n\nKept.\n')).toBe(true);
    }
  });

  it('refuses a new course whose name is already listed', () => {
    const r = checkTraining(course({ title: 'QSIR programmes' }), known);
    expect(!r.ok && r.errors.title).toMatch(/already on the site. To update it, choose it/);
  });
});

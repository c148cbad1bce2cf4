/**
 * "Submit or update a course": a form checked against the training schema in
 * the browser, a preview of the page, and the finished content file to
 * download and email to the editors. Nothing is sent by the site. The logic is
 * in src/submission/training.ts.
 */
import { useState } from 'preact/hooks';
import { checkTraining, emptyTrainingForm, type ExistingTraining, type TrainingForm } from '../training';
import { mailtoHref } from '../page-gaps';
import { download } from '../../site/browser/download';
import { Choices, ErrorSummary, Select, TextArea, TextInput } from './fields';
import { SendToEditors } from './SendToEditors';
import { Paragraphs, PARAGRAPH_HINT } from './Paragraphs';
import { DraftNotice } from './DraftNotice';
import { Preview } from './Preview';
import { useSubmissionForm, type Checked } from './useSubmissionForm';

type Option = { value: string; label: string };

interface Props {
  editors: string;
  faculties: { id: string; title: string }[];
  methods: { id: string; title: string }[];
  levels: Option[];
  formats: Option[];
  courses: (ExistingTraining & { title: string })[];
}

const ORDER = ['title', 'summary', 'faculty', 'level', 'format', 'duration', 'audience', 'howToBook', 'bookingUrl', 'methods', 'offers'].map((field) => ({ field, id: `course-${field}` }));

export default function TrainingSubmission({ editors, faculties, methods, levels, formats, courses }: Props) {
  // ?update=<id> opens that course.
  const [initial] = useState(() => {
    const update = new URLSearchParams(location.search).get('update') ?? '';
    return courses.some((c) => c.id === update) ? update : '';
  });
  const start = (id: string): TrainingForm => {
    const found = courses.find((c) => c.id === id);
    return found ? { ...found.form } : emptyTrainingForm();
  };
  const known = { faculties: faculties.map((f) => f.id), methods: methods.map((m) => m.id), training: courses.map((c) => c.id) };
  const { drafts, form, updating, err, errors, result, status, preview, choose, set, text, submit } = useSubmissionForm({
    drafts: { key: 'qi-hub:draft:course', empty: emptyTrainingForm, start, listed: (id) => courses.some((c) => c.id === id), initial },
    titleOf: (id) => courses.find((c) => c.id === id)?.title ?? 'a new course',
    check: (f): Checked<{ id: string; file: string }> => {
      const checked = checkTraining(f, known, existing);
      return checked.ok ? { ok: true, value: { id: checked.id, file: checked.file } } : { ok: false, errors: checked.errors };
    },
  });
  const existing = courses.find((c) => c.id === updating);
  const labelOf = (options: Option[], v: string) => options.find((o) => o.value === v)?.label ?? '';

  return (
    <div class="app-submission nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
      {errors && <ErrorSummary errors={errors} order={ORDER} />}
      <DraftNotice restored={drafts.restored} storageProblem={drafts.storageProblem} unsent={drafts.unsent} />
      <form noValidate onSubmit={submit} data-testid="training-form">
        <Select
          id="course-which"
          label="Which course is this?"
          hint="Choose your course to update its page. The form fills in with what the page shows now."
          value={updating}
          onChange={choose}
          options={[{ value: '', label: 'A new course' }, ...courses.map((c) => ({ value: c.id, label: c.title }))]}
        />
        <h2>About the course</h2>
        <TextInput id="course-title" label="Name of the course" hint="Up to 60 characters." value={form.title} onInput={text('title')} error={err('title')} />
        <TextArea id="course-summary" label="Summary" hint="What a person gets from it, in one or two sentences (20 to 300 characters). A line break shows as a space." rows={3} value={form.summary} onInput={text('summary')} error={err('summary')} />
        <Select
          id="course-faculty"
          label="Faculty that runs it"
          hint="If your faculty is not listed, email the editors first."
          value={form.faculty}
          onChange={text('faculty')}
          error={err('faculty')}
          options={[{ value: '', label: 'Choose a faculty' }, ...faculties.map((f) => ({ value: f.id, label: f.title }))]}
        />
        <Choices id="course-level" kind="radio" label="Level" values={form.level ? [form.level] : []} onChange={(v) => set('level')(v[0] ?? '')} error={err('level')} options={levels} />
        <Choices id="course-format" kind="radio" label="How it is delivered" values={form.format ? [form.format] : []} onChange={(v) => set('format')(v[0] ?? '')} error={err('format')} options={formats} />
        <TextInput id="course-duration" label="How long it takes (optional)" hint="As you would say it, for example Five days over five months" value={form.duration} onInput={text('duration')} error={err('duration')} />
        <TextInput id="course-audience" label="Who it is for" value={form.audience} onInput={text('audience')} error={err('audience')} />
        <h2>Booking</h2>
        <TextArea id="course-howToBook" label="How to book or ask about a place (optional)" hint={`Plain words, for example Email the faculty with your name and team. Include the next dates if you have them. ${PARAGRAPH_HINT}`} rows={3} value={form.howToBook} onInput={text('howToBook')} error={err('howToBook')} />
        <TextInput id="course-bookingUrl" label="Booking page (optional)" hint="A full address starting with https://" type="url" value={form.bookingUrl} onInput={text('bookingUrl')} error={err('bookingUrl')} spellcheck={false} />
        <h2>What it covers</h2>
        <Choices id="course-methods" kind="checkbox" small label="QI methods it teaches (optional)" values={form.methods} onChange={set('methods')} error={err('methods')} options={methods.map((m) => ({ value: m.id, label: m.title }))} />
        <TextArea
          id="course-offers"
          label={existing ? 'Anything to add about the course (optional)' : 'What the course offers (optional)'}
          hint={`${existing ? 'Added under “More about this course”. The page’s current text is kept. ' : ''}${PARAGRAPH_HINT}`}
          rows={5}
          value={form.offers}
          onInput={text('offers')}
          error={err('offers')}
        />
        <button class="nhsuk-button" type="submit">Check and preview</button>
        <p class="nhsuk-body" role="status" data-testid="form-status">{status}</p>
      </form>

      {result && (
        <>
          <Preview
            headingRef={preview}
            title={result.form.title}
            summary={result.form.summary}
            facts={[
              ['Run by', faculties.find((f) => f.id === result.form.faculty)?.title ?? ''],
              ['Level', labelOf(levels, result.form.level)],
              ['Format', labelOf(formats, result.form.format)],
              ['Duration', result.form.duration],
              ['Who it is for', result.form.audience],
            ]}
          >
            {existing?.body.trim() && <p class="nhsuk-body-s">The page’s current text is kept here, as it is now.</p>}
            {result.form.offers.trim() && (
              <div data-testid="preview-offers">
                <h3>{existing ? 'More about this course' : 'What it offers'}</h3>
                <Paragraphs text={result.form.offers} markdown />
              </div>
            )}
            {result.form.howToBook.trim() && (
              <div data-testid="preview-howToBook">
                <h3>How to book</h3>
                <Paragraphs text={result.form.howToBook} />
              </div>
            )}
            {/* The page's booking link, shown as text so the preview does not open it. */}
            {result.form.bookingUrl.trim() && <p class="nhsuk-body">Book or find out more about {result.form.title.trim()} ({result.form.bookingUrl.trim()})</p>}
          </Preview>
          <SendToEditors
            kind="course"
            files={[{ name: `${result.id}.md`, save: () => download(`${result.id}.md`, result.file, 'text/markdown') }]}
            file={result.file}
            mailto={mailtoHref(editors, `QI Hub course: ${result.form.title.trim()}`, `Hello,\n\nPlease ${existing ? 'update our course page' : 'add our course'} on QI Hub. I have attached the file the site made: ${result.id}.md.\n\n`)}
            editors={editors}
            onSent={drafts.markSent}
          />
        </>
      )}
      </div>
    </div>
  );
}

/**
 * "Submit or update a poster": a form checked against the poster schema in
 * the browser, a preview of the page, and the finished content file and
 * resized poster image to download and email to the editors. Nothing is sent
 * by the site. The logic is in src/submission/poster.ts.
 */
import { useState } from 'preact/hooks';
import { addressChanges, checkPoster, emptyPosterForm, imageName, posterSlug, type ExistingPoster, type PosterForm } from '../poster';
import type { FieldErrors } from '../validate';
import { mailtoHref } from '../page-gaps';
import { download } from '../../site/browser/download';
import { Choices, ErrorSummary, Select, TextArea, TextInput } from './fields';
import { resizePoster, type ResizedImage } from './image.browser';
import { SendToEditors } from './SendToEditors';
import { PARAGRAPH_HINT } from './Paragraphs';
import { DraftNotice } from './DraftNotice';
import { PosterPreview } from './PosterPreview';
import { useSubmissionForm, type Checked } from './useSubmissionForm';

interface Props {
  /** The editors' address, from the site config. */
  editors: string;
  methods: { id: string; title: string }[];
  programmes: { id: string; title: string }[];
  posters: (ExistingPoster & { title: string; bodyHtml: string })[];
  /** Old poster addresses that now send people to news items. */
  newsSlugs: string[];
}

/** Form fields in page order, with the id of the control the error summary links to. */
const ORDER = [
  'title', 'slug', 'summary', 'organisation', 'event', 'year', 'programme', 'themes', 'question', 'approach', 'methods', 'measures', 'results',
  'learning', 'more', 'team', 'contactName', 'contactEmail', 'contactPhone', 'contactUrl', 'image', 'imageAlt',
].map((field) => ({ field, id: `poster-${field}` }));

/** ?update=<slug> opens that poster; ?programme=<id> starts a new poster in that programme. */
function fromAddress(posters: Props['posters'], programmes: Props['programmes']) {
  const params = new URLSearchParams(location.search);
  const update = params.get('update') ?? '';
  const programme = params.get('programme') ?? '';
  return { update: posters.some((p) => p.slug === update) ? update : '', programme: programmes.some((p) => p.id === programme) ? programme : '' };
}

export default function PosterSubmission({ editors, methods, programmes, posters, newsSlugs }: Props) {
  const [address] = useState(() => fromAddress(posters, programmes));
  const start = (slug: string): PosterForm => {
    const found = posters.find((p) => p.slug === slug);
    return found ? { ...found.form } : { ...emptyPosterForm(), programme: address.programme };
  };
  // Resized images, by poster, for as long as the page is open.
  const [images, setImages] = useState<Record<string, ResizedImage>>({});
  const [imageError, setImageError] = useState('');
  // Every address a poster holds, old ones too: they redirect to it.
  const known = { methods: methods.map((m) => m.id), programmes: programmes.map((p) => p.id), posters: posters.flatMap((p) => [p.slug, ...((p.keep.previousSlugs as string[] | undefined) ?? [])]) };
  const { drafts, form, updating, errors, err, result, setResult, status, preview, choose, set, text, submit } = useSubmissionForm({
    drafts: {
      key: 'qi-hub:draft:poster',
      empty: emptyPosterForm,
      start,
      listed: (slug) => posters.some((p) => p.slug === slug),
      initial: address.update,
      // A chosen image cannot be kept when the page is left: it is chosen again.
      revive: (f) => ({ ...f, hasImage: false }),
    },
    titleOf: (slug) => posters.find((p) => p.slug === slug)?.title ?? 'a new poster',
    onChoose: () => setImageError(''),
    check: (f): Checked<{ slug: string; file: string }> => {
      const checked = checkPoster(f, known, existing, { newsSlugs });
      const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
      if (imageError) found.image = imageError;
      return checked.ok && !Object.keys(found).length ? { ok: true, value: { slug: checked.slug, file: checked.file } } : { ok: false, errors: found };
    },
  });
  const image = images[updating] ?? null;
  const existing = posters.find((p) => p.slug === updating);

  const chooseImage = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    const slug = updating;
    setResult(null);
    const keep = (resized: ResizedImage | null) =>
      setImages((all) => {
        const next = { ...all };
        if (resized) next[slug] = resized;
        else delete next[slug];
        return next;
      });
    if (!file) {
      keep(null);
      set('hasImage')(false);
      return;
    }
    try {
      const resized = await resizePoster(file);
      keep(resized);
      setImageError('');
      set('hasImage')(true);
    } catch (err) {
      keep(null);
      set('hasImage')(false);
      setImageError((err as Error).message);
    }
  };

  const changes = result ? addressChanges(existing, result.slug) : [];
  const slug = posterSlug(form);

  return (
    <div class="app-submission nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
      {errors && <ErrorSummary errors={errors} order={ORDER} />}
      <DraftNotice restored={drafts.restored} storageProblem={drafts.storageProblem} unsent={drafts.unsent} extra="If you chose an image of the poster, choose it again: the browser does not keep images when you leave the page." />
      <form noValidate onSubmit={submit} data-testid="poster-form">
        <Select
          id="poster-which"
          label="Which poster is this?"
          hint="Choose your poster to update its page. The form fills in with what the page shows now."
          value={updating}
          onChange={choose}
          options={[{ value: '', label: 'A new poster' }, ...posters.map((p) => ({ value: p.slug, label: p.title }))]}
        />

        <h2>About the poster</h2>
        <TextInput id="poster-title" label="Title" hint="As it is on the poster, up to 60 characters." value={form.title} onInput={text('title')} error={err('title')} />
        <TextInput
          id="poster-slug"
          label="Web address (optional)"
          hint={
            existing
              ? `Your poster’s page is at /posters/${existing.slug}/. If you change it, the old address and any QR code printed with it will send people to the new one.`
              : `Lower case letters, numbers and hyphens. Choose it with care: it goes on the poster’s QR code. Leave blank to use ${slug ? `"${slug}"` : 'one made from the title'}.`
          }
          value={form.slug}
          onInput={text('slug')}
          error={err('slug')}
          spellcheck={false}
          width="20"
        />
        <TextArea id="poster-summary" label="Summary" hint="What the work is about, in one or two sentences (20 to 300 characters). A line break shows as a space." rows={3} value={form.summary} onInput={text('summary')} error={err('summary')} />
        <TextInput id="poster-organisation" label="Organisations that did the work (optional)" value={form.organisation} onInput={text('organisation')} error={err('organisation')} autocomplete="organization" />
        <TextInput id="poster-event" label="Where it was presented (optional)" hint="For example, NHS Impact South West launch, May 2024" value={form.event} onInput={text('event')} error={err('event')} />
        <TextInput id="poster-year" label="Year" hint="The year it was presented or published, for example 2024" value={form.year} onInput={text('year')} error={err('year')} inputmode="numeric" width="4" />
        <Select
          id="poster-programme"
          label="System programme (optional)"
          value={form.programme}
          onChange={text('programme')}
          error={err('programme')}
          options={[{ value: '', label: 'None' }, ...programmes.map((p) => ({ value: p.id, label: p.title }))]}
        />
        <TextInput id="poster-themes" label="Themes" hint="At least one, separated by commas, for example urgent care, patient flow" value={form.themes} onInput={text('themes')} error={err('themes')} />

        <h2>The story</h2>
        <p class="nhsuk-body">Only include results your team has published or agreed to share. Leave out anything you cannot give.</p>
        <TextArea id="poster-question" hint={PARAGRAPH_HINT} label="Your aim, or the question you asked (optional)" value={form.question} onInput={text('question')} error={err('question')} />
        <TextArea id="poster-approach" hint={PARAGRAPH_HINT} label="What you did (optional)" value={form.approach} onInput={text('approach')} error={err('approach')} />
        <Choices
          id="poster-methods"
          kind="checkbox"
          small
          label="QI methods you used (optional)"
          values={form.methods}
          onChange={set('methods')}
          error={err('methods')}
          options={methods.map((m) => ({ value: m.id, label: m.title }))}
        />
        <TextArea id="poster-measures" hint={PARAGRAPH_HINT} label="How you measured change (optional)" value={form.measures} onInput={text('measures')} error={err('measures')} />
        <TextArea id="poster-results" hint={PARAGRAPH_HINT} label="Your results (optional)" value={form.results} onInput={text('results')} error={err('results')} />
        <TextArea id="poster-learning" hint={PARAGRAPH_HINT} label="What you learnt (optional)" value={form.learning} onInput={text('learning')} error={err('learning')} />
        <TextArea id="poster-more" label="Anything else about the work (optional)" hint={`Shown under the heading “More about the work”. ${PARAGRAPH_HINT}`} value={form.more} onInput={text('more')} error={err('more')} rows={5} />

        <h2>Team and contact</h2>
        <TextArea id="poster-team" label="Team members or team name (optional)" hint="One on each line." value={form.team} onInput={text('team')} error={err('team')} rows={3} />
        <TextInput id="poster-contactName" label="Contact name (optional)" value={form.contactName} onInput={text('contactName')} error={err('contactName')} autocomplete="name" />
        <TextInput id="poster-contactEmail" label="Contact email (optional)" hint="If you give a contact, give an email, a phone number or a web page." type="email" value={form.contactEmail} onInput={text('contactEmail')} error={err('contactEmail')} autocomplete="email" spellcheck={false} />
        <TextInput id="poster-contactPhone" label="Contact phone (optional)" type="tel" value={form.contactPhone} onInput={text('contactPhone')} error={err('contactPhone')} autocomplete="tel" width="20" />
        <TextInput id="poster-contactUrl" label="Web page about the work (optional)" hint="A full address starting with https://" type="url" value={form.contactUrl} onInput={text('contactUrl')} error={err('contactUrl')} spellcheck={false} />

        <h2>The poster image</h2>
        <div class={`nhsuk-form-group${err('image') ? ' nhsuk-form-group--error' : ''}`}>
          <label class="nhsuk-label" for="poster-image">An image of the poster (optional)</label>
          <div class="nhsuk-hint" id="poster-image-hint">A JPG or PNG. It is made smaller in your browser to at most 1,600 pixels wide; nothing is uploaded.</div>
          {err('image') && (
            <span class="nhsuk-error-message" id="poster-image-error">
              <span class="nhsuk-u-visually-hidden">Error:</span> {err('image')}
            </span>
          )}
          <input class="app-submission__file" id="poster-image" name="poster-image" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby={`poster-image-hint${err('image') ? ' poster-image-error' : ''}`} onChange={chooseImage} />
          {image && <p class="nhsuk-body nhsuk-u-margin-top-2" data-testid="image-size">Resized to {image.width} by {image.height} pixels.</p>}
        </div>
        <TextArea id="poster-imageAlt" label="Describe the poster for people who cannot see it" hint="Needed with an image: what the poster shows, in at least 10 characters. A line break shows as a space." value={form.imageAlt} onInput={text('imageAlt')} error={err('imageAlt')} rows={3} />

        <button class="nhsuk-button" type="submit">Check and preview</button>
        <p class="nhsuk-body" role="status" data-testid="form-status">{status}</p>
      </form>

      {result && (
        <>
          <PosterPreview headingRef={preview} form={result.form} image={image} existing={existing} programmes={programmes} />
          <SendToEditors
            kind="poster"
            files={[
              { name: `${result.slug}.mdx`, save: () => download(`${result.slug}.mdx`, result.file, 'text/markdown') },
              ...(image ? [{ name: imageName(result.slug), save: () => download(imageName(result.slug), image.blob) }] : []),
            ]}
            file={result.file}
            mailto={mailtoHref(editors, `QI Hub poster: ${result.form.title.trim()}`, `Hello,\n\nPlease ${existing ? 'update our poster page' : 'add our poster'} on QI Hub. I have attached the files the site made: ${result.slug}.mdx${image ? ` and ${imageName(result.slug)}` : ''}.\n\n${changes.length ? `The web address changes, so please also change the pages that name it:\n${changes.map((c) => `- ${c}`).join('\n')}\n\n` : ''}`)}
            editors={editors}
            onSent={drafts.markSent}
          >
            {changes.length > 0 && (
              <li data-testid="address-changes">
                Say in your email that other pages name your poster by its old web address, so the editors must change them too:
                <ul>
                  {changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </li>
            )}
          </SendToEditors>
        </>
      )}
      </div>
    </div>
  );
}

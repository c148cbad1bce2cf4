/** The poster submission's preview: the case study page as the answers would make it. */
import type { Ref } from 'preact';
import { themeLabel } from '../../posters/poster-filter';
import { listFrom, slugify } from '../front-matter';
import type { ExistingPoster, PosterForm } from '../poster';
import type { ResizedImage } from './image.browser';
import { Paragraphs } from './Paragraphs';
import { Preview } from './Preview';

const story: [keyof PosterForm, string][] = [
  ['question', 'The question the team asked'],
  ['approach', 'What the team did'],
  ['measures', 'How they measured it'],
  ['results', 'Results'],
  ['learning', 'What they learnt'],
];

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  form: PosterForm;
  image: ResizedImage | null;
  /** The poster being updated, if it is one the site has. */
  existing: (ExistingPoster & { bodyHtml: string }) | undefined;
  programmes: { id: string; title: string }[];
}

export function PosterPreview({ headingRef, form, image, existing, programmes }: Props) {
  return (
    <Preview
      headingRef={headingRef}
      title={form.title}
      summary={form.summary}
      facts={[
        ['Organisation', form.organisation],
        ['Programme', programmes.find((p) => p.id === form.programme)?.title ?? ''],
        ['Event', form.event],
        ['Year', form.year],
        ['Themes', listFrom(form.themes, true).map((t) => themeLabel(slugify(t))).join(', ')],
      ]}
    >
      {image && (
        <>
          <h3>The poster</h3>
          <img class="app-submission__image" src={image.dataUrl} alt={form.imageAlt} width={image.width} height={image.height} />
        </>
      )}
      {story
        .filter(([key]) => (form[key] as string).trim())
        .map(([key, heading]) => (
          <div key={key} data-testid={`preview-${key}`}>
            <h3>{heading}</h3>
            <Paragraphs text={form[key] as string} />
          </div>
        ))}
      {existing?.body.trim() && (
        <div data-testid="preview-current">
          <p class="nhsuk-body-s app-submission__kept">The page’s current text follows, as it is now. This form does not change it: to change it, say what to change in your email.</p>
          {/* The editors' own content, rendered when the site was built: not anything typed here. */}
          <div dangerouslySetInnerHTML={{ __html: existing.bodyHtml }} />
        </div>
      )}
      {form.more.trim() && (
        <div data-testid="preview-more">
          <h3>More about the work</h3>
          <Paragraphs text={form.more} markdown />
        </div>
      )}
    </Preview>
  );
}

/**
 * Where the files being added disagree with this review (a different
 * decision for the same project, or a different relation for the same pair),
 * the person chooses which to keep before anything changes. Each clash shows
 * both sides in words; this review's side is chosen until they say otherwise.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { decisionWords, relationWords, type Combined } from '../combine';

interface Props {
  combined: Combined;
  /** Adds the files with the file's side taken for these clash keys; returns why not, or null. */
  onAdd: (useIncoming: ReadonlySet<string>) => string | null;
  onCancel: () => void;
}

export default function CombineClashes({ combined, onAdd, onCancel }: Props) {
  const [incoming, setIncoming] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { review } = combined;
  const title = (id: string) => review.projects.find((p) => p.id === id)?.title ?? '';
  const choose = (key: string, theirs: boolean) =>
    setIncoming((old) => {
      const next = new Set(old);
      if (theirs) next.add(key);
      else next.delete(key);
      return next;
    });
  const n = combined.clashes.length;
  return (
    <div class="nhsuk-warning-callout" data-testid="combine-clashes">
      <h3 class="nhsuk-warning-callout__label" tabIndex={-1} ref={heading}>
        Choose what to keep: {n} {n === 1 ? 'clash' : 'clashes'}
      </h3>
      <p>The files you chose say something different from this review about these projects. Nothing has been added yet. For each one, choose which to keep.</p>
      {error && (
        <p class="nhsuk-error-message" role="alert">
          <span class="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {combined.clashes.map((c, i) => {
        const about = c.what === 'decision' ? `The decision on “${title(c.project)}”` : `How “${title(c.a)}” and “${title(c.b)}” relate`;
        const here = c.what === 'decision' ? decisionWords(review, c.here) : relationWords(c.here);
        const theirs = c.what === 'decision' ? decisionWords(review, c.incoming) : relationWords(c.incoming);
        return (
          <fieldset class="nhsuk-fieldset nhsuk-form-group" key={c.key} data-testid="clash">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{about}</legend>
            <div class="nhsuk-radios nhsuk-radios--small">
              <div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id={`clash-${i}-here`} type="radio" name={`clash-${i}`} checked={!incoming.has(c.key)} onChange={() => choose(c.key, false)} />
                <label class="nhsuk-label nhsuk-radios__label" for={`clash-${i}-here`}>Keep this review’s: {here}</label>
              </div>
              <div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id={`clash-${i}-file`} type="radio" name={`clash-${i}`} checked={incoming.has(c.key)} onChange={() => choose(c.key, true)} />
                <label class="nhsuk-label nhsuk-radios__label" for={`clash-${i}-file`}>Use {c.file}’s: {theirs}</label>
              </div>
            </div>
          </fieldset>
        );
      })}
      <div class="app-portfolio__actions">
        <button type="button" class="nhsuk-button" onClick={() => setError(onAdd(incoming) ?? '')}>Add the files with these choices</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>Cancel: add nothing</button>
      </div>
    </div>
  );
}

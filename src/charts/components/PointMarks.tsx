/** Marks on chosen points (recalculated limits, or notes): a list with Remove buttons, and a point picker to add one. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ParsedPoint } from '../data/parse';
import { MAX_NOTE } from '../maker/model';
import { pointName } from '../maker/words';
import { firstClickOnly } from '../../site/browser/first-click';

export interface PointMarksProps {
  id: string;
  legend: string;
  hint: string;
  points: readonly ParsedPoint[];
  /** The first point that can be chosen. */
  from: number;
  withText?: boolean;
  marks: readonly { at: number; text: string }[];
  onAdd: (at: number, text?: string) => void;
  onRemove: (at: number, index: number) => void;
}

export function PointMarks({ id, legend, hint, points, from, withText, marks, onAdd, onRemove }: PointMarksProps) {
  const [at, setAt] = useState(from);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // After a Remove, focus goes to the Remove button now in its place (or the last one), else to the point picker, never to the page.
  const [refocus, setRefocus] = useState<number | null>(null);
  const box = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (refocus === null || !box.current) return;
    const buttons = box.current.querySelectorAll<HTMLButtonElement>('.app-chart-remove');
    (buttons[Math.min(refocus, buttons.length - 1)] ?? box.current.querySelector<HTMLElement>('select'))?.focus();
    setRefocus(null);
  }, [refocus, marks]);
  // The same element while the points' names are the same, so Preact skips the 1,000 options when only a note, a choice
  // or a value changed (a new paste or a changed value reads new points with the same names).
  const names = useMemo(() => points.slice(from).map(pointName), [points, from]);
  const listed = useRef(names);
  if (!sameNames(listed.current, names)) listed.current = names;
  const options = useMemo(() => <PointOptions names={listed.current} from={from} />, [listed.current, from]);
  if (points.length <= from) return null;
  const chosen = Math.min(at, points.length - 1);
  const add = () => {
    if (withText && text.trim() === '') return setError('Enter the note, for example “PDSA 2 started”');
    setError(null);
    onAdd(chosen, withText ? text.trim() : undefined);
    setText('');
  };
  // The point list is drawn only when opened: a chart of 1,000 points would otherwise redraw 1,000 options on every change.
  return (
    <details class="nhsuk-details" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text">
          {legend}
          {marks.length > 0 && ` (${marks.length})`}
        </span>
      </summary>
      {open && (
        <fieldset ref={box} class="nhsuk-details__text nhsuk-fieldset app-chart-marks" aria-describedby={`${id}-hint`}>
          <legend class="nhsuk-u-visually-hidden">{legend}</legend>
          <div class="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
          {/* Always there, hidden while empty: the first mark fills the list instead of adding an element before the picker, which made the browser work out the style of every option again. */}
          <ul class="nhsuk-list" hidden={marks.length === 0}>
            {marks.map((m, k) => (
              <li key={`${m.at}-${k}`}>
                {m.text}{' '}
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-chart-remove" onClick={firstClickOnly(() => (setRefocus(k), onRemove(m.at, k)))}>
                  Remove<span class="nhsuk-u-visually-hidden">: {m.text}</span>
                </button>
              </li>
            ))}
          </ul>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for={`${id}-point`}>
              Point
            </label>
            {/* Values as strings, as the DOM holds them: a number differs from the DOM's string, so Preact would set it on every change. */}
            <select class="nhsuk-select" id={`${id}-point`} value={String(chosen)} onChange={(e) => setAt(Number(e.currentTarget.value))}>
              {options}
            </select>
          </div>
          {withText && (
            <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
              <label class="nhsuk-label" for={`${id}-text`}>
                Note
              </label>
              {error && (
                <p class="nhsuk-error-message" id={`${id}-error`}>
                  <span class="nhsuk-u-visually-hidden">Error: </span>
                  {error}
                </p>
              )}
              <input
                class="nhsuk-input"
                id={`${id}-text`}
                maxLength={MAX_NOTE}
                value={text}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </div>
          )}
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={add}>
            {withText ? 'Add the note' : 'Recalculate from this point'}
          </button>
        </fieldset>
      )}
    </details>
  );
}

/** The picker's options, one per point from `from`, numbered and named. */
function PointOptions({ names, from }: { names: readonly string[]; from: number }) {
  return (
    <>
      {names.map((name, k) => (
        <option key={k + from} value={String(k + from)}>
          {`${k + from + 1}. ${name}`}
        </option>
      ))}
    </>
  );
}

/** Whether two lists of names are the same, name by name. */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}

/** What kind of chart, and the choices that shape it: baseline, direction, target, recalculated limits and notes. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ParsedPoint } from '../data/parse';
import type { ChartDoc } from '../maker/model';
import { keyIndex, pointKey } from '../maker/read-data';
import { DIRECTION_NAMES, pointName } from '../maker/words';
import { baselineMessage } from '../maker/run-summary';
import { Radios } from './Radios';
import { PointMarks } from './PointMarks';

export interface ChartOptionsProps {
  doc: ChartDoc;
  points: readonly ParsedPoint[];
  readOnly: boolean;
  onChange: (patch: Partial<ChartDoc>) => void;
}

/** The notes as listed for removal, in the order kept; a note whose point is no longer in the data is listed too, so it can be removed. */
function noteMarks(notes: ChartDoc['annotations'], points: readonly ParsedPoint[]) {
  const index = keyIndex(points);
  return notes.map((a) => {
    const at = index.get(a.point);
    return { at: at ?? -1, text: at === undefined ? `${a.point} (not in your data now): ${a.text}` : `${pointName(points[at]!)}: ${a.text}` };
  });
}

/** The recalculation points as listed for removal, in the order kept; one whose point is no longer in the data (or is now the first) is listed too, so it can be removed. */
function rebaseMarks(keys: readonly string[], points: readonly ParsedPoint[]) {
  const index = keyIndex(points);
  return keys.map((key) => {
    const at = index.get(key);
    return at === undefined || at === 0
      ? { at: -1, text: `${key} (${at === 0 ? 'now the first point, so not used' : 'not in your data now'})` }
      : { at, text: `Limits recalculated from ${pointName(points[at]!)}` };
  });
}

/**
 * One kind of chart's choices. Set aside, they are inert (out of the tab order, the accessibility tree and
 * find in page) and not drawn (content-visibility: hidden), but the browser keeps their styles and layout,
 * so bringing them back does not work out the style of an open picker's 1,000 options again, as showing
 * them after display: none (the hidden attribute) did.
 */
function Choices({ shown, children }: { shown: boolean; children: ComponentChildren }) {
  return (
    <div class={shown ? undefined : 'app-chart-choices-aside'} inert={!shown}>
      {children}
    </div>
  );
}

/** A number from a text box; null when empty; undefined when not a number. */
const numberOf = (text: string) => (text.trim() === '' ? null : Number.isFinite(Number(text)) ? Number(text) : undefined);

export function ChartOptions({ doc, points, readOnly, onChange }: ChartOptionsProps) {
  const [targetText, setTargetText] = useState(doc.target === null ? '' : String(doc.target));
  const [baselineText, setBaselineText] = useState(doc.baseline === null ? '' : String(doc.baseline));
  const targetBad = numberOf(targetText) === undefined;
  const baselineValue = numberOf(baselineText);
  const baselineBad = baselineValue === undefined || (baselineValue !== null && !(Number.isInteger(baselineValue) && baselineValue >= 2));
  const baselineSays = baselineMessage(!baselineBad, doc.baseline, points.length);
  return (
    <section aria-labelledby="chart-options-heading">
      <h2 id="chart-options-heading">Chart</h2>
      <fieldset class="nhsuk-fieldset" disabled={readOnly}>
        <Radios
          legend="Kind of chart"
          name="chart-kind"
          value={doc.kind}
          options={[
            { value: 'run', label: 'Run chart', hint: 'Points and their median, with the run chart rules. Good for a start, from about 10 points.' },
            {
              value: 'spc',
              label: 'SPC chart (XmR, individuals)',
              hint: 'Mean, process limits and NHS England’s Making Data Count rules. Best with 15 to 20 points or more.',
            },
          ]}
          onChange={(kind) => onChange({ kind: kind as ChartDoc['kind'] })}
        />
        {/* Both kinds' choices stay on the page, the other kind's set aside (see Choices): a switch of kind then sets one aside
            and brings the other back, rather than taking out and building again a point picker of up to 1,000 options. */}
        <Choices shown={doc.kind === 'run'}>
          <div class={`nhsuk-form-group${baselineBad ? ' nhsuk-form-group--error' : ''}`}>
            <label class="nhsuk-label" for="chart-baseline">
              Work out the median from the first … points (optional)
            </label>
            <div class="nhsuk-hint" id="chart-baseline-hint">
              Leave empty to use all points. Give a number to fix the median from a baseline before a change, and judge later points against it.
            </div>
            {baselineSays?.error && (
              <p class="nhsuk-error-message" id="chart-baseline-error">
                <span class="nhsuk-u-visually-hidden">Error: </span>
                {baselineSays.text}
              </p>
            )}
            {baselineSays && !baselineSays.error && (
              <p class="nhsuk-body-s" id="chart-baseline-error">
                {baselineSays.text}
              </p>
            )}
            <input
              class="nhsuk-input nhsuk-input--width-5"
              id="chart-baseline"
              inputMode="numeric"
              aria-describedby={`chart-baseline-hint${baselineSays ? ' chart-baseline-error' : ''}`}
              value={baselineText}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setBaselineText(text);
                const v = numberOf(text);
                if (v === null) onChange({ baseline: null });
                else if (v !== undefined && Number.isInteger(v) && v >= 2) onChange({ baseline: v });
              }}
            />
          </div>
        </Choices>
        <Choices shown={doc.kind === 'spc'}>
            <Radios
              legend="Which way is better?"
              name="chart-direction"
              value={doc.direction}
              hint={
                doc.direction === null
                  ? 'Choose one to see whether changes are improvements or concerns. Until you do, points outside the usual pattern are shown in purple as special cause variation, with no judgement.'
                  : undefined
              }
              options={(['increase', 'decrease', 'neutral'] as const).map((d) => ({ value: d, label: DIRECTION_NAMES[d] }))}
              onChange={(direction) => onChange({ direction: direction as ChartDoc['direction'] })}
            />
            <div class={`nhsuk-form-group${targetBad ? ' nhsuk-form-group--error' : ''}`}>
              <label class="nhsuk-label" for="chart-target">
                Target (optional)
              </label>
              <div class="nhsuk-hint" id="chart-target-hint">
                With a target and a direction chosen above, the chart says whether the process will meet it.
              </div>
              {targetBad && (
                <p class="nhsuk-error-message" id="chart-target-error">
                  <span class="nhsuk-u-visually-hidden">Error: </span>Enter the target as a number, for example 85
                </p>
              )}
              <input
                class="nhsuk-input nhsuk-input--width-10"
                id="chart-target"
                inputMode="decimal"
                aria-describedby={`chart-target-hint${targetBad ? ' chart-target-error' : ''}`}
                value={targetText}
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  setTargetText(text);
                  const v = numberOf(text);
                  if (v !== undefined) onChange({ target: v });
                }}
              />
            </div>
            <PointMarks
              id="chart-rebase"
              legend="Recalculate the limits from a point"
              hint="When a change was made to the process, the limits can be worked out again from the first point after it."
              points={points}
              from={1}
              marks={rebaseMarks(doc.rebaseAt, points)}
              onAdd={(at) => onChange({ rebaseAt: [...new Set([...doc.rebaseAt, pointKey(points[at]!)])] })}
              onRemove={(_, k) => onChange({ rebaseAt: doc.rebaseAt.filter((_key, j) => j !== k) })}
            />
        </Choices>
        <PointMarks
          id="chart-note"
          legend="Add a note to the chart"
          hint="Mark when something happened, for example “PDSA 2 started”."
          points={points}
          from={0}
          withText
          marks={noteMarks(doc.annotations, points)}
          onAdd={(at, text) => onChange({ annotations: [...doc.annotations, { point: pointKey(points[at]!), text: text! }] })}
          onRemove={(_, k) => onChange({ annotations: doc.annotations.filter((_a, j) => j !== k) })}
        />
      </fieldset>
    </section>
  );
}

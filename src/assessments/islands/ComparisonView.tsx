/**
 * Two sets of answers side by side: the change in total, per section and per
 * statement, as a chart and as tables.
 */
import type { Instrument } from '../instrument';
import { shortLabels } from '../results/scoring';
import type { Comparison } from '../results/comparison';
import { ChangeTable } from './ChangeTable';
import { BarChart } from './AssessmentChart';
import { percentText as pct } from './SectionScores';

const signed = (v: number | null, unit = '') => (v === null ? 'Cannot compare' : v > 0 ? `Up ${v}${unit}` : v < 0 ? `Down ${-v}${unit}` : 'No change');

export function ComparisonView({ instrument, comparison, names, number }: { instrument: Instrument; comparison: Comparison; names: [string, string]; number: Map<string, number> }) {
  const multi = instrument.sections.length > 1;
  const { up, down, same, unknown } = comparison.counts;
  return (
    <>
      <p class="nhsuk-body">
        {up} {up === 1 ? 'statement' : 'statements'} went up, {down} went down and {same} stayed the same.
        {unknown > 0 && ` ${unknown} could not be compared because one of them is not answered.`}
      </p>
      {multi ? (
        <BarChart
          title={`Score for each section: ${names[0]} and ${names[1]}`}
          series={names}
          max={100}
          unit="%"
          rows={[...comparison.sections, comparison.total].map((s) => ({ label: s.title, values: [s.before, s.after] }))}
        />
      ) : (
        <BarChart
          title={`Answer to each statement: ${names[0]} and ${names[1]}`}
          series={names}
          max={Math.max(...instrument.scale.points.map((p) => p.value))}
          rows={comparison.items.map((i) => ({ label: shortLabels(instrument)(i.id), values: [i.before, i.after] }))}
        />
      )}
      <ChangeTable
        caption="Change in each section, as a percentage of the way from lowest to highest"
        id="compare-sections-caption"
        rowsAre="Section"
        names={names}
        rows={[...(multi ? comparison.sections : []), comparison.total].map((s) => ({ key: s.id, label: s.title, before: pct(s.before), after: pct(s.after), change: signed(s.change, ' points') }))}
      />
      <ChangeTable
        caption="Change in each statement"
        id="compare-items-caption"
        rowsAre="Statement"
        names={names}
        rows={comparison.items.map((i) => ({
          key: i.id,
          label: <>{number.get(i.id)}. {i.text}</>,
          before: i.before ?? 'Not answered',
          after: i.after ?? 'Not answered',
          change: signed(i.change),
        }))}
      />
    </>
  );
}


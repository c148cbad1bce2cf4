/**
 * Two sets of answers side by side: the change in total, per section and per
 * statement, as a chart and as tables.
 */
import { shortLabels, type InstrumentShape } from '../results/scoring';
import type { Comparison } from '../results/comparison';
import { TableScroll } from '../../site/islands/TableScroll';
import { BarChart } from './AssessmentChart';
import { percentText as pct } from './SectionScores';

const signed = (v: number | null, unit = '') => (v === null ? 'Cannot compare' : v > 0 ? `Up ${v}${unit}` : v < 0 ? `Down ${-v}${unit}` : 'No change');

export function ComparisonView({ instrument, comparison, names, number }: { instrument: InstrumentShape; comparison: Comparison; names: [string, string]; number: Map<string, number> }) {
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
      <TableScroll labelledBy="compare-sections-caption">
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption" id="compare-sections-caption">Change in each section, as a percentage of the scale</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Section</th>
            <th class="nhsuk-table__header" scope="col">{names[0]}</th>
            <th class="nhsuk-table__header" scope="col">{names[1]}</th>
            <th class="nhsuk-table__header" scope="col">Change</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {[...(multi ? comparison.sections : []), comparison.total].map((s) => (
            <tr class="nhsuk-table__row" key={s.id}>
              <th class="nhsuk-table__header" scope="row">{s.title}</th>
              <td class="nhsuk-table__cell">{pct(s.before)}</td>
              <td class="nhsuk-table__cell">{pct(s.after)}</td>
              <td class="nhsuk-table__cell">{signed(s.change, ' points')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <TableScroll labelledBy="compare-items-caption">
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption" id="compare-items-caption">Change in each statement</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Statement</th>
            <th class="nhsuk-table__header" scope="col">{names[0]}</th>
            <th class="nhsuk-table__header" scope="col">{names[1]}</th>
            <th class="nhsuk-table__header" scope="col">Change</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {comparison.items.map((i) => (
            <tr class="nhsuk-table__row" key={i.id}>
              <th class="nhsuk-table__header" scope="row">{number.get(i.id)}. {i.text}</th>
              <td class="nhsuk-table__cell">{i.before ?? 'Not answered'}</td>
              <td class="nhsuk-table__cell">{i.after ?? 'Not answered'}</td>
              <td class="nhsuk-table__cell">{signed(i.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </>
  );
}


/**
 * The team view's summary for a scored checklist: per section and per
 * statement, how many answered, the median, the range and how many chose
 * each point, as a chart and as tables, with a CSV download.
 */
import { fmt, scaleWords, type summarise, type Stats } from '../team';
import { shortLabels } from '../results/scoring';
import { TableScroll } from '../../site/islands/TableScroll';
import TeamChart from './TeamChart';
import { TeamSection } from './TeamSection';

export function TeamSummary({ summary, onExport }: { summary: ReturnType<typeof summarise>; onExport: () => void }) {
  const { instrument } = summary;
  const points = instrument.scale.points.map((p) => p.value);
  const number = new Map(summary.items.map((item, i) => [item.id, i + 1]));
  const shortOf = shortLabels(instrument);
  const text = new Map(summary.items.map((item) => [item.id, item.text]));
  const multi = summary.sections.length > 1;
  return (
    <TeamSection title={instrument.title} people={summary.participants} onExport={onExport}>
      <p class="nhsuk-body">
        Scale: {scaleWords(instrument.scale.points)}.
      </p>
      <h3>Where people disagree most</h3>
      {summary.mostDisagreement.length ? (
        <>
          <p class="nhsuk-body">
            {summary.disagreeing > summary.mostDisagreement.length
              ? `${summary.disagreeing} statements have scores that span ${summary.threshold} points or more. These are worth talking about together. Here are the ${summary.mostDisagreement.length} where scores differ most; the table below marks all ${summary.disagreeing}.`
              : `Statements where scores span ${summary.threshold} points or more. These are worth talking about together.`}
          </p>
          <ul class="nhsuk-list nhsuk-list--bullet" data-testid="team-disagreement">
            {summary.mostDisagreement.map((id) => {
              const item = summary.items.find((i) => i.id === id)!;
              return (
                <li key={id}>
                  {number.get(id)}. {text.get(id)} (scores from {fmt(item.min)} to {fmt(item.max)})
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p class="nhsuk-body" data-testid="team-disagreement">No statement has scores that span {summary.threshold} points or more.</p>
      )}

      {multi && (
        <>
          <h3>Each section</h3>
          <p class="nhsuk-body">Each person’s average score over the statements they answered in the section, rounded to the nearest point for the counts.</p>
          <TeamChart
            title="How many people’s section averages fall on each score, for each section"
            rows={summary.sections.map((s) => ({ key: s.id, label: s.title, distribution: s.distribution }))}
            points={points}
          />
          <TableScroll labelledBy="team-sections-caption">
            <table class="nhsuk-table" data-testid="team-sections">
              <caption class="nhsuk-table__caption" id="team-sections-caption">Each section: the spread of each person’s average score</caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th scope="col" class="nhsuk-table__header">Section</th>
                  <th scope="col" class="nhsuk-table__header">Answered</th>
                  <th scope="col" class="nhsuk-table__header">Median</th>
                  <th scope="col" class="nhsuk-table__header">Range</th>
                  {points.map((p) => (
                    <th scope="col" class="nhsuk-table__header" key={p}>
                      <span class="nhsuk-u-visually-hidden">People whose average rounds to </span>
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                {summary.sections.map((s) => (
                  <tr class="nhsuk-table__row" key={s.id}>
                    <th scope="row" class="nhsuk-table__header">{s.title}</th>
                    <StatCells stats={s} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}

      <h3>Each statement</h3>
      <TeamChart
        title="How many people chose each score, for each statement"
        rows={summary.items.map((item) => ({ key: item.id, label: shortOf(item.id), distribution: item.distribution, flagged: item.disagree }))}
        points={points}
      />
      <TableScroll labelledBy="team-items-caption">
        <table class="nhsuk-table app-team__items" data-testid="team-items">
          <caption class="nhsuk-table__caption" id="team-items-caption">How many people chose each score, for each statement</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th scope="col" class="nhsuk-table__header">Statement</th>
              <th scope="col" class="nhsuk-table__header">Answered</th>
              <th scope="col" class="nhsuk-table__header">Median</th>
              <th scope="col" class="nhsuk-table__header">Range</th>
              {points.map((p) => (
                <th scope="col" class="nhsuk-table__header" key={p}>
                  <span class="nhsuk-u-visually-hidden">People who scored </span>
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {summary.items.map((item) => (
              <tr class={`nhsuk-table__row${item.disagree ? ' app-team__row--disagree' : ''}`} key={item.id}>
                <th scope="row" class="nhsuk-table__header">
                  {number.get(item.id)}. {item.text}
                  {item.disagree && (
                    <>
                      {' '}
                      <strong class="nhsuk-tag nhsuk-tag--orange">People disagree</strong>
                    </>
                  )}
                </th>
                <StatCells stats={item} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </TeamSection>
  );
}

/** How many answered, the median, the range and how many chose each score: one table row's cells, for a section or a statement. */
function StatCells({ stats }: { stats: Stats }) {
  return (
    <>
      <td class="nhsuk-table__cell">{stats.n}</td>
      <td class="nhsuk-table__cell">{stats.n ? fmt(stats.median) : 'No answers'}</td>
      <td class="nhsuk-table__cell">{stats.n ? `${fmt(stats.min)} to ${fmt(stats.max)}` : ''}</td>
      {stats.distribution.map((n, c) => (
        <td class="nhsuk-table__cell" key={c}>
          {n}
        </td>
      ))}
    </>
  );
}


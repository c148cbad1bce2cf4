/**
 * How a team's scores spread over the scale, one row per statement or section: a row
 * of cells, one per scale point, shaded by how many people chose it and
 * labelled with the count. HTML text, not a scaled drawing, so the text keeps
 * its size (at least 14 px) on a phone; shades are classes (the CSP forbids
 * style attributes). The table after it gives the same figures.
 */
import './TeamChart.scss';

export interface ChartRow {
  key: string;
  label: string;
  /** Counts per scale point. */
  distribution: number[];
  /** Drawn in bold with a "!" (people disagree). */
  flagged?: boolean;
}

interface Props {
  title: string;
  rows: ChartRow[];
  /** Scale point values, lowest first, for the column headings. */
  points: number[];
}

export default function TeamChart({ title, rows, points }: Props) {
  const most = Math.max(1, ...rows.flatMap((i) => i.distribution));
  // Light to dark NHS blue; the count is always written, so colour is never the only cue.
  const level = (n: number) => (n === 0 ? 'none' : n / most > 0.66 ? 'high' : n / most > 0.33 ? 'mid' : 'low');
  return (
    <div class="app-team-chart" role="img" aria-label={`${title}. The table below gives the same figures.`}>
      <div class="app-team-chart__row app-team-chart__row--head">
        <span class="app-team-chart__label">Score</span>
        {points.map((p) => (
          <span class="app-team-chart__cell" key={p}>
            {p}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <div class="app-team-chart__row" key={row.key}>
          <span class={`app-team-chart__label${row.flagged ? ' app-team-chart__label--flagged' : ''}`}>{`${row.label}${row.flagged ? ' !' : ''}`}</span>
          {row.distribution.map((n, c) => (
            <span class={`app-team-chart__cell app-team-chart__cell--${level(n)}`} key={c}>
              {n}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}

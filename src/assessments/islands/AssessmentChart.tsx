/**
 * A horizontal bar chart: each row's label is HTML text and its bars a small
 * SVG sized in percentages, so the text keeps its CSS size (at least 12 px) at
 * any width and in print, instead of shrinking with a scaled drawing. No style
 * attributes (the CSP blocks them): sizes are SVG attributes, colours
 * presentation attributes. The chart is a picture of the table that always
 * follows it, so it is one image with a text alternative that points there.
 */
import './AssessmentChart.scss';

export interface ChartRow {
  label: string;
  /** One value per series; null draws no bar. */
  values: (number | null)[];
}

interface Props {
  /** Names the chart for assistive technology. */
  title: string;
  rows: ChartRow[];
  /** Series names, shown in a key when there is more than one. */
  series: string[];
  /** The value of a full-width bar. */
  max: number;
  /** Added after each value, e.g. "%". */
  unit?: string;
}

const COLOURS = ['#005eb8', '#ed8b00', '#007f3b'];
const BAR = 18;
const STEP = BAR + 4;
/** The share of the row a full bar takes, in per cent; the rest keeps room for the value after it. */
const SPAN = 82;

export function BarChart({ title, rows, series, max, unit = '' }: Props) {
  const width = (v: number) => (max > 0 ? Math.max(0, Math.min(1, v / max)) * SPAN : 0);
  return (
    <div class="app-chart" role="img" aria-label={`${title}. The table below gives the same figures.`}>
      {series.length > 1 && (
        <p class="app-chart__key">
          {series.map((name, s) => (
            <span class="app-chart__key-item" key={name}>
              <svg width="14" height="14" focusable="false">
                <rect width="14" height="14" fill={COLOURS[s % COLOURS.length]} />
              </svg>
              {name}
            </span>
          ))}
        </p>
      )}
      {rows.map((row) => (
        <div class="app-chart__row" key={row.label}>
          <span class="app-chart__label">{row.label}</span>
          <svg class={`app-chart__bars${row.values.length === 1 ? ' app-chart__bars--one' : ''}`} width="100%" height={row.values.length * STEP} focusable="false">
            {row.values.map((v, s) =>
              v === null ? (
                <text key={s} x="0" y={s * STEP + 14} class="app-chart__none">
                  Not answered
                </text>
              ) : (
                <g key={s}>
                  <rect x="0" y={s * STEP} width={`${width(v)}%`} height={BAR} fill={COLOURS[s % COLOURS.length]} />
                  <text x={`${width(v)}%`} dx="6" y={s * STEP + 14} class="app-chart__value">
                    {`${v}${unit}`}
                  </text>
                </g>
              ),
            )}
          </svg>
        </div>
      ))}
    </div>
  );
}

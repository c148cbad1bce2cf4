/**
 * A horizontal bar chart in plain SVG (no chart library, no style
 * attributes: the CSP blocks them; colours are presentation attributes).
 * The chart is a picture of the table that always follows it, so it is one
 * image with a text alternative that points to that table.
 */
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
const WIDTH = 640;
const LABEL_HEIGHT = 20;
const BAR = 18;
const GAP = 14;
const VALUE_SPACE = 56;

export function BarChart({ title, rows, series, max, unit = '' }: Props) {
  const keyHeight = series.length > 1 ? 28 : 0;
  const rowHeight = LABEL_HEIGHT + series.length * (BAR + 2) + GAP;
  const height = keyHeight + rows.length * rowHeight;
  const scale = (v: number) => (max > 0 ? Math.max(0, (v / max) * (WIDTH - VALUE_SPACE)) : 0);
  return (
    <svg class="app-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title}. The table below gives the same figures.`}>
      {series.length > 1 &&
        series.map((name, s) => (
          <g key={name}>
            <rect x={s * 200} y={4} width={16} height={16} fill={COLOURS[s % COLOURS.length]} />
            <text x={s * 200 + 22} y={17} font-size="15" fill="#212b32">
              {name}
            </text>
          </g>
        ))}
      {rows.map((row, r) => {
        const top = keyHeight + r * rowHeight;
        return (
          <g key={row.label}>
            <text x={0} y={top + 15} font-size="15" fill="#212b32">
              {row.label}
            </text>
            {row.values.map((v, s) => {
              const y = top + LABEL_HEIGHT + s * (BAR + 2);
              return v === null ? (
                <text key={s} x={0} y={y + 14} font-size="14" fill="#4c6272">
                  Not answered
                </text>
              ) : (
                <g key={s}>
                  <rect x={0} y={y} width={scale(v)} height={BAR} fill={COLOURS[s % COLOURS.length]} />
                  <text x={scale(v) + 6} y={y + 14} font-size="14" fill="#212b32">
                    {`${v}${unit}`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

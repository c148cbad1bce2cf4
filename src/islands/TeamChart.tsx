/**
 * How a team's scores spread over the scale, one row per statement or section: a grid
 * of cells, one per scale point, shaded by how many people chose it and
 * labelled with the count. Plain SVG with presentation attributes (the CSP
 * forbids style attributes); the table after it gives the same figures.
 */
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

const LABEL = 110;
const CELL = 56;
const ROW = 34;
const HEAD = 28;

export default function TeamChart({ title, rows, points }: Props) {
  const most = Math.max(1, ...rows.flatMap((i) => i.distribution));
  const width = LABEL + points.length * CELL;
  const height = HEAD + rows.length * ROW;
  // Light to dark NHS blue; the count is always written, so colour is never the only cue.
  const shade = (n: number) => (n === 0 ? '#f0f4f5' : n / most > 0.66 ? '#003087' : n / most > 0.33 ? '#005eb8' : '#7fa8d9');
  const ink = (n: number) => (n === 0 ? '#4c6272' : n / most > 0.33 ? '#ffffff' : '#212b32');
  return (
    <svg class="app-team-chart" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}. The table below gives the same figures.`}>
      <text x={0} y={18} font-size="14" fill="#212b32">
        Score
      </text>
      {points.map((p, c) => (
        <text key={p} x={LABEL + c * CELL + CELL / 2} y={18} font-size="14" fill="#212b32" text-anchor="middle">
          {p}
        </text>
      ))}
      {rows.map((row, r) => {
        const y = HEAD + r * ROW;
        return (
          <g key={row.key}>
            <text x={0} y={y + 21} font-size="14" fill="#212b32" font-weight={row.flagged ? 'bold' : 'normal'}>
              {`${row.label}${row.flagged ? ' !' : ''}`}
            </text>
            {row.distribution.map((n, c) => (
              <g key={c}>
                <rect x={LABEL + c * CELL + 2} y={y + 2} width={CELL - 4} height={ROW - 4} fill={shade(n)} />
                <text x={LABEL + c * CELL + CELL / 2} y={y + 22} font-size="15" fill={ink(n)} text-anchor="middle">
                  {n}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

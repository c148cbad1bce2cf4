/**
 * How a team's scores spread over the scale, one row per statement: a grid
 * of cells, one per scale point, shaded by how many people chose it and
 * labelled with the count. Plain SVG with presentation attributes (the CSP
 * forbids style attributes); the table after it gives the same figures.
 */
import type { ItemSummary } from '../lib/team';

interface Props {
  title: string;
  items: ItemSummary[];
  /** Scale point values, lowest first, for the column headings. */
  points: number[];
}

const LABEL = 110;
const CELL = 56;
const ROW = 34;
const HEAD = 28;

export default function TeamChart({ title, items, points }: Props) {
  const most = Math.max(1, ...items.flatMap((i) => i.distribution));
  const width = LABEL + points.length * CELL;
  const height = HEAD + items.length * ROW;
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
      {items.map((item, r) => {
        const y = HEAD + r * ROW;
        return (
          <g key={item.id}>
            <text x={0} y={y + 21} font-size="14" fill="#212b32" font-weight={item.disagree ? 'bold' : 'normal'}>
              {`Statement ${r + 1}${item.disagree ? ' !' : ''}`}
            </text>
            {item.distribution.map((n, c) => (
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

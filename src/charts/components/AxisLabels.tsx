/** The value axis (gridlines and round ticks) and the date or label axis. */
import type { ParsedPoint } from '../data/parse';
import { HEIGHT, MARGIN, WIDTH, type Scale } from '../maker/geometry';
import { num, shortName } from '../maker/words';
import { COLOURS } from './palette';

export function AxisLabels({
  scale,
  points,
  indices,
  valueName,
}: {
  scale: Scale;
  points: readonly ParsedPoint[];
  indices: readonly number[];
  valueName: string;
}) {
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <g font-size="12" fill={COLOURS.axis}>
      {scale.ticks.map((t) => (
        <g key={t}>
          <path d={`M${MARGIN.left} ${scale.y(t)}H${WIDTH - MARGIN.right}`} stroke={COLOURS.grid} />
          <text x={MARGIN.left - 6} y={scale.y(t) + 4} text-anchor="end">
            {num(t)}
          </text>
        </g>
      ))}
      <path d={`M${MARGIN.left} ${MARGIN.top}V${bottom}H${WIDTH - MARGIN.right}`} stroke={COLOURS.axis} fill="none" />
      {indices.map((i) => (
        <text key={i} x={scale.x(i)} y={bottom + 16} text-anchor="end" transform={`rotate(-30 ${scale.x(i)} ${bottom + 16})`}>
          {shortName(points[i]!)}
        </text>
      ))}
      <text x={16} y={MARGIN.top + (bottom - MARGIN.top) / 2} text-anchor="middle" transform={`rotate(-90 16 ${MARGIN.top + (bottom - MARGIN.top) / 2})`}>
        {valueName}
      </text>
    </g>
  );
}

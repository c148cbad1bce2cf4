/** The point marks: a shape per point type, so the chart does not depend on colour alone. */
import type { PointType } from '../rules/making-data-count';
import { COLOURS } from './palette';

export const TYPE_STYLE: Record<PointType, { fill: string; shape: 'circle' | 'square' | 'triangle' }> = {
  'common-cause': { fill: COLOURS.point, shape: 'circle' },
  improvement: { fill: COLOURS.blue, shape: 'circle' },
  concern: { fill: COLOURS.orange, shape: 'square' },
  'neutral-high': { fill: COLOURS.purple, shape: 'triangle' },
  'neutral-low': { fill: COLOURS.purple, shape: 'triangle' },
};

export function Mark({ x, y, r, fill, shape }: { x: number; y: number; r: number; fill: string; shape: 'circle' | 'square' | 'triangle' }) {
  const cx = Math.round(x * 10) / 10;
  const cy = Math.round(y * 10) / 10;
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={fill} />;
  if (shape === 'triangle') return <path d={`M${cx} ${cy - r * 1.3}L${cx + r * 1.2} ${cy + r}L${cx - r * 1.2} ${cy + r}Z`} fill={fill} />;
  return <circle cx={cx} cy={cy} r={r} fill={fill} />;
}

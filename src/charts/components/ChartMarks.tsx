/** The point marks: a shape per point type, so the chart does not depend on colour alone; one path per shape and colour. */
import type { PointType } from '../rules/making-data-count';
import { marksPath, type MarkShape, type Scale } from '../maker/geometry';
import { COLOURS } from './palette';

export interface MarkStyle {
  fill: string;
  shape: MarkShape;
}

export const TYPE_STYLE: Record<PointType, MarkStyle> = {
  'common-cause': { fill: COLOURS.point, shape: 'circle' },
  improvement: { fill: COLOURS.blue, shape: 'circle' },
  concern: { fill: COLOURS.orange, shape: 'square' },
  'neutral-high': { fill: COLOURS.purple, shape: 'triangle' },
  'neutral-low': { fill: COLOURS.purple, shape: 'triangle' },
};

export function Marks({ scale, values, styleOf, size }: { scale: Scale; values: readonly number[]; styleOf: (i: number) => MarkStyle; size: number }) {
  const groups = new Map<string, { style: MarkStyle; centres: { x: number; y: number }[] }>();
  values.forEach((v, i) => {
    const style = styleOf(i);
    const key = `${style.shape}${style.fill}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { style, centres: [] }));
    group.centres.push({ x: scale.x(i), y: scale.y(v) });
  });
  return (
    <g>
      {[...groups.entries()].map(([key, g]) => (
        <path key={key} d={marksPath(g.style.shape, g.centres, size)} fill={g.style.fill} />
      ))}
    </g>
  );
}

/**
 * The run chart or XmR chart as SVG, drawn from the evaluated chart. It is an
 * image with a title and a short description; the data table and the summary
 * beside it carry everything in words.
 */
import { useMemo } from 'preact/hooks';
import type { Evaluated } from '../maker/evaluate';
import { HEIGHT, MARGIN, WIDTH, hLine, labelledIndices, linePath, makeScale } from '../maker/geometry';
import { TYPE_STYLE, Marks, type MarkStyle } from './ChartMarks';
import { COLOURS, FONT } from './palette';
import { AxisLabels } from './AxisLabels';
import { signalPoints } from '../maker/signals';

const SIGNAL: MarkStyle = { fill: COLOURS.signal, shape: 'square' };
const PLAIN: MarkStyle = { fill: COLOURS.point, shape: 'circle' };

export interface ChartSvgProps {
  ev: Evaluated;
  title: string;
  description: string;
  valueName: string;
  target: number | null;
  id: string;
}

export function ChartSvg({ ev, title, description, valueName, target, id }: ChartSvgProps) {
  const values = useMemo(() => ev.points.map((p) => p.value), [ev.points]);
  const n = values.length;
  // The scale, axes, line and marks depend on the points and the rules' answer only: a note or a new title (a new ev
  // with the same points, run and spc) leaves them as they were, so Preact does not rebuild 1,000 marks.
  const scale = useMemo(() => {
    const lines: number[] = [];
    if (ev.run) lines.push(ev.run.median);
    if (ev.spc) for (const p of ev.spc.periods) lines.push(p.lpl, p.upl, p.mean);
    if (target !== null && ev.spc) lines.push(target);
    return makeScale(n, [...values, ...lines]);
  }, [values, ev.run, ev.spc, target]);
  const axes = useMemo(
    () => <AxisLabels scale={scale} points={ev.points} indices={labelledIndices(n)} valueName={valueName} />,
    [scale, ev.points, valueName],
  );
  const plot = useMemo(() => {
    const r = n > 300 ? 1.8 : n > 100 ? 2.5 : 3.5;
    const highlighted = ev.run ? signalPoints(ev.run) : null;
    return (
      <>
        <path d={linePath(scale, values)} fill="none" stroke={COLOURS.line} stroke-width="1.5" />
        <Marks
          scale={scale}
          values={values}
          size={r}
          styleOf={(i): MarkStyle => (ev.spc ? TYPE_STYLE[ev.spc.points[i]!.type] : highlighted?.[i] ? SIGNAL : PLAIN)}
        />
      </>
    );
  }, [scale, values, ev.run, ev.spc]);
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      class="app-chart-svg"
      font-family={FONT}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <text x={MARGIN.left} y={20} font-size="16" font-weight="bold" fill={COLOURS.text}>
        {title}
      </text>
      {axes}
      {ev.spc?.periods.map((p, k) => (
        <g key={k}>
          {k > 0 && <path d={`M${scale.x(p.start - 0.5)} ${MARGIN.top}V${bottom}`} stroke={COLOURS.axis} stroke-dasharray="2 3" />}
          <path d={hLine(scale, p.start, p.end, p.mean)} stroke={COLOURS.text} stroke-width="1.5" />
          <path d={hLine(scale, p.start, p.end, p.upl) + hLine(scale, p.start, p.end, p.lpl)} stroke={COLOURS.text} stroke-dasharray="6 4" />
        </g>
      ))}
      {ev.spc && target !== null && <path d={hLine(scale, 0, n - 1, target)} stroke={COLOURS.green} stroke-width="2" stroke-dasharray="10 4" />}
      {ev.run && (
        <>
          <path d={hLine(scale, 0, ev.run.baseline - 1, ev.run.median)} stroke={COLOURS.text} stroke-width="1.5" />
          {ev.run.baseline < n && (
            <path d={hLine(scale, ev.run.baseline - 1, n - 1, ev.run.median)} stroke={COLOURS.text} stroke-width="1.5" stroke-dasharray="6 4" />
          )}
        </>
      )}
      {plot}
      {ev.annotations.map((a, k) => (
        <g key={`a${k}`}>
          <path d={`M${scale.x(a.at)} ${MARGIN.top}V${bottom}`} stroke={COLOURS.purple} stroke-dasharray="1 3" />
          <text x={scale.x(a.at) + 3} y={MARGIN.top + 10 + (k % 3) * 12} font-size="11" fill={COLOURS.purple}>
            {a.text}
          </text>
        </g>
      ))}
    </svg>
  );
}

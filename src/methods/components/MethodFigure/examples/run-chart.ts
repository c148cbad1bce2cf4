/** A run chart of a worked example's measure: the median of the weeks before a change, carried forward, with the points in a shift marked. */
import { runChart } from '../../../../charts/rules/run-chart';
import { timeChart } from '../chart';
import { colour, WIDTH } from '../svg';
import type { Figure } from '../types';

export interface RunChartExample {
  values: number[];
  /** How many points come before the change: the median is theirs. */
  baseline: number;
  xTitle: string;
  yTitle: string;
  yTicks: number[];
  /** Marked on the chart where the change came in. */
  change: string;
  caption: string;
  /** What the chart shows, for screen readers; the median and the shift are added. */
  alt: string;
}

export function runChartExample(spec: RunChartExample): { figure: Figure; analysis: ReturnType<typeof runChart> } {
  const analysis = runChart(spec.values, { baseline: spec.baseline });
  const { values, baseline } = spec;
  const inShift = (i: number) => analysis.ihi.shifts.some((s) => i >= s.start && i <= s.end && analysis.sides[i] !== 0);
  const n = values.length;
  const drawn = timeChart({
    xLabels: values.map((_, i) => String(i + 1)),
    showX: (i) => i % 4 === 0 || i === n - 1,
    xTitle: spec.xTitle,
    yTicks: spec.yTicks,
    yTitle: spec.yTitle,
    series: [{ values, colour: colour.blue, label: spec.yTitle, point: (i) => (inShift(i) ? { shape: 'diamond', fill: colour.orange, size: 4 } : { shape: 'circle', fill: colour.blue }) }],
    lines: [
      { segments: [{ from: 0, to: baseline - 1, value: analysis.median }], colour: colour.green, label: 'Median' },
      { segments: [{ from: baseline, to: n - 1, value: analysis.median }], colour: colour.green, dash: '6 4', label: 'Median, extended' },
    ],
    annotations: [{ index: baseline, label: spec.change }],
    key: [
      { label: spec.yTitle, colour: colour.blue, line: {}, point: { shape: 'circle', fill: colour.blue } },
      { label: `Median of the first ${baseline} (${analysis.median})`, colour: colour.green, line: {} },
      { label: 'Median carried forward', colour: colour.green, line: { dash: '6 4' } },
      { label: 'Point in a shift', colour: colour.orange, point: { shape: 'diamond', fill: colour.orange, size: 4 } },
    ],
  });
  const shift = analysis.ihi.shifts[0];
  const shiftText = shift ? ` Points ${shift.start + 1} to ${shift.end + 1} are all on one side of the median: a shift.` : ' There is no shift.';
  return {
    analysis,
    figure: { width: WIDTH, height: drawn.height, body: drawn.svg, caption: spec.caption, alt: `${spec.alt} The median of the first ${baseline} points is ${analysis.median}.${shiftText}` },
  };
}

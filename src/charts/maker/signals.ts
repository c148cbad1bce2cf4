/** Which run chart points belong to a signal (a shift or a trend), to mark them on the chart and in the table. */
import type { RunChart } from '../rules/run-chart';

export function signalPoints(chart: RunChart): boolean[] {
  const marked = chart.sides.map(() => false);
  const mark = (start: number, end: number) => {
    for (let i = start; i <= end; i++) marked[i] = true;
  };
  const longest = chart.anhoej.shift ? Math.max(...chart.runs.map((r) => r.length)) : Infinity;
  for (const r of chart.runs) if (r.length >= Math.min(longest, 6)) mark(r.start, r.end);
  for (const t of chart.ihi.trends) mark(t.start, t.end);
  // Points on the median inside a run's span are not part of it.
  chart.sides.forEach((s, i) => {
    if (s === 0 && !chart.ihi.trends.some((t) => i >= t.start && i <= t.end)) marked[i] = false;
  });
  return marked;
}

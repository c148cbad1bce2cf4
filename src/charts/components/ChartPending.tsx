/**
 * The chart's place on the page before there is a chart: what to add, or,
 * while the drawing code loads, a status line in an area kept about the
 * size of the chart, so the saved charts below do not jump when it arrives.
 */
import { MIN_POINTS } from '../maker/read-data';

export function ChartPending({ status }: { status?: string | undefined }) {
  return (
    <section aria-labelledby="chart-result-heading" id="chart-result" class={status ? 'app-chart-pending' : undefined}>
      <h2 id="chart-result-heading">Your chart</h2>
      {status ? (
        <p role="status">{status}</p>
      ) : (
        <p>
          Add at least {MIN_POINTS} points to draw a chart. A run chart is useful from about 10 points; an SPC chart from 15 to 20. Once your points
          are in, you can choose a run chart or an SPC chart, and set a target, a baseline and notes.
        </p>
      )}
    </section>
  );
}

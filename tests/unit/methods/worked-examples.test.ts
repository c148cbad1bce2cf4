/**
 * The worked examples' invented numbers hang together, and what each page
 * says about them is what the site's own rules code works out from them.
 */
import { describe, expect, it } from 'vitest';
import { runChart } from '../../../src/charts/rules/run-chart';
import { spc } from '../../../src/charts/rules/making-data-count';
import { figures } from '../../../src/methods/components/MethodFigure/figures';
import { before as sepsisBefore, values as sepsis } from '../../../src/methods/components/MethodFigure/figures/run-charts';
import { workedExamples } from '../../../src/methods/components/MethodFigure/examples';
import * as measurement from '../../../src/methods/components/MethodFigure/examples/measurement-for-improvement';
import * as insulin from '../../../src/methods/components/MethodFigure/examples/model-for-improvement';
import * as pdsa from '../../../src/methods/components/MethodFigure/examples/pdsa-cycles';
import * as mapping from '../../../src/methods/components/MethodFigure/examples/process-mapping';

describe('worked examples with data', () => {
  it('cover the methods where data makes sense', () => {
    expect(Object.keys(workedExamples).sort()).toEqual(
      ['demand-and-capacity', 'measurement-for-improvement', 'model-for-improvement', 'pareto-charts', 'pdsa-cycles', 'process-mapping', 'run-charts', 'spc-charts'],
    );
  });

  it.each(Object.entries(workedExamples))('%s: a table whose rows fit its head, and a summary', (_, ex) => {
    expect(ex.table.rows.length).toBeGreaterThan(1);
    for (const row of ex.table.rows) expect(row).toHaveLength(ex.table.head.length);
    expect(ex.summary.length).toBeGreaterThan(40);
    if (ex.chart) expect(ex.chart.alt.length).toBeGreaterThan(60);
  });

  it('run charts: the sepsis trolley example has a shift by the IHI rule and a signal by the Anhøj rules', () => {
    const chart = runChart(sepsis, { baseline: sepsisBefore.length });
    expect(chart.median).toBe(60);
    expect(chart.ihi.shifts).toHaveLength(1);
    const shift = chart.ihi.shifts[0]!;
    expect(shift.side).toBe(1);
    expect(shift.start).toBe(sepsisBefore.length);
    expect(shift.length).toBeGreaterThanOrEqual(6);
    // Every point after the trolley came in is above the baseline median.
    expect(sepsis.slice(sepsisBefore.length).every((v) => v > chart.median)).toBe(true);
    expect(chart.anhoej.shift).toBe(true);
    expect(chart.anhoej.longestRunMax).not.toBeNull();
    expect(chart.anhoej.longestRun).toBeGreaterThan(chart.anhoej.longestRunMax!);
    // The page says what the rules found.
    expect(workedExamples['run-charts']!.summary).toContain(`From week ${shift.start + 1} to week ${shift.end + 1}, ${shift.length} points in a row are above the median`);
  });

  it('SPC charts: the falls example shows special cause improvement only after the change', () => {
    const values = figures['spc-charts']!.table!.rows.map((r) => Number(r[1]));
    const chart = spc(values, { direction: 'decrease' });
    const improved = chart.points.map((p, i) => (p.type === 'improvement' ? i : -1)).filter((i) => i >= 0);
    expect(improved.length).toBeGreaterThanOrEqual(7);
    expect(Math.min(...improved)).toBe(24);
    expect(chart.points.some((p) => p.type === 'concern')).toBe(false);
  });

  it('Pareto: counts sorted from most to least, cumulative share ending at 100%', () => {
    const rows = workedExamples['pareto-charts']!.table.rows;
    const counts = rows.map((r) => Number(r[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(rows.at(-1)![2]).toBe('100%');
  });

  it('demand and capacity: each week the list grows by referrals and falls by patients seen', () => {
    const rows = workedExamples['demand-and-capacity']!.table.rows.map((r) => r.map(Number));
    for (let i = 1; i < rows.length; i++) {
      const [, demand, , seen, waiting] = rows[i]!;
      expect(waiting).toBe(rows[i - 1]![4]! + demand! - seen!);
    }
  });

  it('measurement: percentages come from the counts, and the outcome shifts after the invitations', () => {
    measurement.checked.forEach((c, i) => expect(measurement.percent[i]).toBe(Math.round((c / measurement.REGISTER) * 100)));
    const chart = runChart(measurement.percent, { baseline: measurement.BASELINE });
    const shift = chart.ihi.shifts[0]!;
    expect(shift.side).toBe(1);
    expect(shift.start).toBe(measurement.BASELINE);
    expect(measurement.example.summary).toContain(`From month ${measurement.BASELINE + 1}, every point is above the median`);
  });

  it('model for improvement: missed visits shift below the median after the shared list', () => {
    insulin.missed.forEach((m, i) => expect(m).toBeLessThanOrEqual(insulin.planned[i]!));
    const chart = runChart(insulin.missed, { baseline: insulin.BASELINE });
    const shift = chart.ihi.shifts[0]!;
    expect(shift.side).toBe(-1);
    expect(shift.start).toBe(insulin.BASELINE);
    expect(shift.end).toBe(insulin.missed.length - 1);
  });

  it('PDSA: results and predictions are counts out of the discharges', () => {
    for (const c of pdsa.cycles) {
      expect(c.ready).toBeLessThanOrEqual(c.discharges);
      expect(c.predicted).toBeLessThanOrEqual(c.discharges);
    }
  });

  it('process mapping: the total is the sum of the steps', () => {
    const rows = mapping.example.table.rows;
    const steps = rows.slice(0, -1).reduce((s, r) => s + Number(r[1]), 0);
    expect(rows.at(-1)![1]).toBe(steps);
    expect(mapping.example.summary).toContain(`${mapping.total} working days`);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blankChart, type ChartDoc } from '../../../../src/charts/maker/model';
import { chartShareUrl, decodeChartShare, encodeChartShare, CHART_SHARE_PROBLEMS } from '../../../../src/charts/maker/share';
import { exportCharts, importCharts, tableRows } from '../../../../src/charts/maker/transfer';
import { evaluate } from '../../../../src/charts/maker/evaluate';
import { upgradeChart } from '../../../../src/charts/maker/chart-upgrade';
import { computedRounder, decimalPlaces } from '../../../../src/charts/maker/computed-digits';
import { crc32Hex } from '../../../../src/site/lib/checksum';
import { encodeBase64url } from '../../../../src/site/lib/base64url';

const chart: ChartDoc = {
  title: 'Falls on Ward 7 – Cymraeg: ŵ ŷ',
  kind: 'spc',
  data: 'Month\tFalls\n01/01/2025\t4\n01/02/2025\t6\n01/03/2025\t5',
  baseline: null,
  direction: 'decrease',
  target: 3,
  rebaseAt: ['2025-03-01'],
  annotations: [{ point: '2025-02-01', text: 'PDSA 2 started' }],
};

const arbChart = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((t) => t.trim() === t && t.length > 0),
  kind: fc.constantFrom('run' as const, 'spc' as const),
  data: fc.string({ maxLength: 300, unit: 'grapheme' }),
  baseline: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const, 'neutral' as const),
  // JSON has no -0, so a link carries it as 0.
  target: fc.option(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((t) => (t === 0 ? 0 : t)),
    { nil: null },
  ),
  rebaseAt: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }),
  annotations: fc.array(fc.record({ point: fc.string({ minLength: 1, maxLength: 12 }), text: fc.constantFrom('PDSA 1', 'New rota', 'Audit') }), {
    maxLength: 4,
  }),
});

describe('chart share links', () => {
  it('carry the whole chart in the fragment and read it back exactly', () => {
    const url = chartShareUrl('https://example.org/tools/run-chart/#old', chart);
    expect(url.startsWith('https://example.org/tools/run-chart/#c=1.')).toBe(true);
    expect(decodeChartShare(url)).toEqual({ ok: true, doc: chart });
    fc.assert(
      fc.property(arbChart, (c) => {
        expect(decodeChartShare(encodeChartShare(c))).toEqual({ ok: true, doc: c });
      }),
    );
  });

  it('refuse a link that is cut short, changed, from another version or not a chart', () => {
    const link = encodeChartShare(chart);
    expect(decodeChartShare('https://example.org/tools/run-chart/')).toEqual({ ok: false, problem: 'missing' });
    expect(decodeChartShare(link.slice(0, -20))).toMatchObject({ ok: false });
    expect(decodeChartShare(link.replace('#c=1.e', '#c=1.f'))).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeChartShare(link.replace('#c=1.', '#c=2.'))).toEqual({ ok: false, problem: 'version' });
    const body = `1.${encodeBase64url(JSON.stringify({ title: 'x' }))}`;
    expect(decodeChartShare(`#c=${body}.${crc32Hex(body)}`)).toEqual({ ok: false, problem: 'invalid' });
    const notJson = `1.${encodeBase64url('{')}`;
    expect(decodeChartShare(`#c=${notJson}.${crc32Hex(notJson)}`)).toEqual({ ok: false, problem: 'damaged' });
    for (const text of Object.values(CHART_SHARE_PROBLEMS)) expect(text).toMatch(/\.$/);
  });

  it('never decode a random change as a different chart', () => {
    const link = encodeChartShare(chart);
    fc.assert(
      fc.property(fc.nat(link.length - 4), fc.constantFrom('A', 'b', '0', '_', '-'), (i, ch) => {
        const changed = link.slice(0, i + 3) + ch + link.slice(i + 4);
        const read = decodeChartShare(changed);
        if (read.ok) expect(read.doc).toEqual(chart);
      }),
    );
  });
});

describe('chart files', () => {
  it('export charts and import them back', () => {
    const text = exportCharts([chart, blankChart('Second')], new Date('2026-03-01T10:00:00Z'));
    expect(importCharts(text)).toEqual({ charts: [chart, blankChart('Second')], problems: [] });
    expect(importCharts(`\uFEFF${text}`).charts).toHaveLength(2);
  });

  it('import the good charts of a file with a damaged one, and say which was left out', () => {
    const file = JSON.parse(exportCharts([chart, chart]));
    file.charts[0].kind = 'pie';
    expect(importCharts(JSON.stringify(file))).toEqual({ charts: [chart], problems: ['Chart 1 in the file is damaged and was not imported.'] });
  });

  it('explain files that are not chart files', () => {
    expect(importCharts('not json').problems[0]).toMatch(/not JSON/);
    expect(importCharts('{"format":"qi-hub-answers"}').problems[0]).toMatch(/not a QI Hub charts file/);
    expect(importCharts('{"format":"qi-hub-charts","v":2,"charts":[]}').problems[0]).toMatch(/newer version/);
  });

  it('write the table of a run chart and an SPC chart', () => {
    const run = tableRows(evaluate({ ...chart, kind: 'run' }));
    expect(run.header).toEqual(['Date or label', 'Value', 'Median', 'Side of the median', 'Signal', 'Note']);
    expect(run.rows).toEqual([
      ['01/01/2025', 4, 5, 'below', '', ''],
      ['01/02/2025', 6, 5, 'above', '', 'PDSA 2 started'],
      ['01/03/2025', 5, 5, 'on the median', '', ''],
    ]);
    const spc = tableRows(evaluate({ ...chart, rebaseAt: [] }));
    expect(spc.header).toHaveLength(9);
    expect(spc.header[8]).toBe('Note');
    expect(spc.rows.map((r) => r[8])).toEqual(['', 'PDSA 2 started', '']);
    const rebased = tableRows(evaluate({ ...chart, annotations: [{ point: '2025-03-01', text: 'New rota' }] }));
    expect(rebased.rows.map((r) => r[8])).toEqual(['', '', 'Limits recalculated from here; New rota']);
    expect(spc.rows[0]!.slice(0, 3)).toEqual(['01/01/2025', 4, 5]);
    expect(spc.rows[0]![5]).toBe('');
    expect(spc.rows[1]![5]).toBe(2);
  });
});

describe('numbers in the chart’s CSV', () => {
  // The hostile tester's chart: values with one decimal place, whose moving ranges came out as 1.2999999999999972.
  const values = ['50.0', '51.3', '52.7', '54.0', '55.3', '56.7', '58.0', '52.3', '53.6', '55.0', '56.3', '57.6', '58.9', '60.2', '54.5'];
  const data = values.map((v, i) => `${i + 1}/1/2000,${v}`).join('\n');

  it('round what was worked out, not the person’s values, to remove floating-point noise only', () => {
    const ev = evaluate({ ...blankChart('Noise'), kind: 'spc', data });
    const { rows } = tableRows(ev);
    expect(rows.map((r) => r[1])).toEqual(values.map(Number));
    expect(rows.map((r) => r[5])).toEqual(['', 1.3, 1.4, 1.3, 1.3, 1.4, 1.3, 5.7, 1.3, 1.4, 1.3, 1.3, 1.3, 1.3, 5.7]);
    const period = ev.spc!.periods[0]!;
    for (const [i, exact] of [[2, period.mean], [3, period.lpl], [4, period.upl]] as const) {
      const written = rows[0]![i] as number;
      // Ten significant figures at most, and as close as ten significant figures allow.
      expect(String(written).replace(/^-|\.|^0+/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(10);
      expect(Math.abs(written - exact)).toBeLessThan(1e-7);
    }
    const run = tableRows(evaluate({ ...blankChart('Run'), data: 'a,0.1\nb,0.2' }));
    expect(run.rows.map((r) => r[2])).toEqual([0.15, 0.15]);
    // A value typed with more digits than doubles round cleanly is written as typed.
    const typed = tableRows(evaluate({ ...blankChart('Typed'), data: 'a,0.30000000000000004\nb,1' }));
    expect(typed.rows.map((r) => r[1])).toEqual([0.30000000000000004, 1]);
  });

  it('keep ten significant figures of the data’s scale, and never fewer decimals than the data', () => {
    expect([1e-7, 1.5e-7, 0.25, 12, 1e21, 5e-324].map(decimalPlaces)).toEqual([7, 8, 2, 0, 0, 324]);
    const tens = computedRounder([10, 12, 9.5]);
    expect(tens(50.6117252042007)).toBe(50.6117252);
    expect(tens(1.2999999999999972)).toBe(1.3);
    // A limit near zero keeps no noise: it is measured against the data, not itself.
    expect(tens(10 - 10.000000000000002)).toBe(0);
    expect(Object.is(tens(-1e-15), 0)).toBe(true);
    // Large counts keep their units; tiny rates keep their digits.
    expect(computedRounder([123456789012, 2])(61728394507.33333)).toBe(61728394507);
    expect(computedRounder([0.000123, 0.000125])(0.00012400000000000001)).toBe(0.000124);
    expect(computedRounder([0, 0])(0)).toBe(0);
    expect(tens(-Infinity)).toBe(-Infinity);
    expect(Number.isNaN(tens(NaN))).toBe(true);
  });
});

describe('notes made before they were kept by point', () => {
  const old = {
    ...chart,
    annotations: [
      { at: 1, text: 'PDSA 2 started' },
      { at: 9, text: 'Past the end' },
    ],
  };
  it('open from an old share link and an old export file on the point they were on', () => {
    const link = `#c=${(() => {
      const payload = encodeBase64url(JSON.stringify(old));
      return `1.${payload}.${crc32Hex(`1.${payload}`)}`;
    })()}`;
    expect(decodeChartShare(link)).toEqual({ ok: true, doc: chart });
    const file = JSON.stringify({ format: 'qi-hub-charts', v: 1, exportedAt: '2025-01-01T00:00:00.000Z', charts: [old] });
    expect(importCharts(file)).toEqual({ charts: [chart], problems: [] });
  });

  it('recalculation points kept by position (an old link or file) open on the point they were on', () => {
    const byPosition = { ...chart, rebaseAt: [2, 0, 40] };
    expect(upgradeChart(byPosition)).toEqual(chart);
    const file = JSON.stringify({ format: 'qi-hub-charts', v: 1, exportedAt: '2025-01-01T00:00:00.000Z', charts: [byPosition] });
    expect(importCharts(file)).toEqual({ charts: [chart], problems: [] });
  });
});

describe('recalculation points kept by point', () => {
  /** Distinct daily values from 1 January 2025, a row a day, in a shuffled order. */
  const rows = fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { minLength: 3, maxLength: 40 }).chain((days) =>
    fc.record({ days: fc.constant(days), cut: fc.integer({ min: 1, max: days.length - 1 }), extra: fc.uniqueArray(fc.integer({ min: 366, max: 700 }), { maxLength: 5 }) }),
  );
  const line = (day: number) => {
    const d = new Date(Date.UTC(2025, 0, 1 + day));
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}\t${day % 17}`;
  };

  it('stay on their date when rows are added, removed or reordered, and upgrade from positions to the same dates', () => {
    fc.assert(
      fc.property(rows, ({ days, cut, extra }) => {
        const sorted = [...days].sort((a, b) => a - b);
        const data = days.map(line).join('\n');
        const old = { ...chart, data, rebaseAt: [cut] };
        const upgraded = upgradeChart(old) as ChartDoc;
        const first = evaluate(upgraded);
        const date = first.points[cut]!.date!;
        expect(upgraded.rebaseAt).toEqual([date]);
        expect(first.rebaseAt).toEqual([cut]);
        // New rows (later dates), the first row removed unless it is the marked one, and the order reversed.
        const kept = sorted.filter((_d, i) => i !== 0 || i === cut);
        const moved = evaluate({ ...upgraded, data: [...kept, ...extra].reverse().map(line).join('\n') });
        const at = moved.points.findIndex((p) => p.date === date);
        expect(moved.rebaseAt).toEqual(at > 0 ? [at] : []);
        expect(moved.spc!.periods.map((p) => p.start)).toEqual(at > 0 ? [0, at] : [0]);
      }),
    );
  });
});

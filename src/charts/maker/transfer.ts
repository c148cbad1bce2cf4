/**
 * Charts to and from files: a JSON export of saved charts (read back with the
 * chart schema, each chart checked on its own so one damaged chart does not
 * stop the rest), and the CSV of one chart's table.
 */
import { checkChart, validChart, type ChartDoc } from './model';
import type { Evaluated } from './evaluate';
import { signalPoints } from './signals';
import { pointNotes, SIGNAL_NOTE } from './point-notes';
import { upgradeChart } from './chart-upgrade';
import { CAUSE_NAMES, POINT_TYPE_NAMES } from './words';
import { computedRounder } from './computed-digits';

export const EXPORT_FORMAT = 'qi-hub-charts';

export interface ChartsFile {
  format: typeof EXPORT_FORMAT;
  v: 1;
  exportedAt: string;
  charts: ChartDoc[];
}

export function exportCharts(charts: readonly ChartDoc[], now = new Date()): string {
  const file: ChartsFile = { format: EXPORT_FORMAT, v: 1, exportedAt: now.toISOString(), charts: charts.map(validChart) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportedCharts {
  charts: ChartDoc[];
  /** One message per chart, or for the whole file, that could not be read. */
  problems: string[];
}

export function importCharts(text: string): ImportedCharts {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { charts: [], problems: ['This file is not a QI Hub charts file: it is not JSON.'] };
  }
  const file = data as Partial<ChartsFile> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.charts)) {
    return { charts: [], problems: ['This file is not a QI Hub charts file. Choose a file made with "Export charts".'] };
  }
  if (file.v !== 1) return { charts: [], problems: ['This file was made by a newer version of QI Hub, which this page cannot read.'] };
  const charts: ChartDoc[] = [];
  const problems: string[] = [];
  file.charts.forEach((c, i) => {
    // Files exported before notes were kept by point hold them by position.
    const parsed = checkChart(upgradeChart(c));
    if (parsed.ok) charts.push(parsed.value);
    else problems.push(`Chart ${i + 1} in the file is damaged and was not imported.`);
  });
  return { charts, problems };
}

/**
 * The chart's table as CSV columns and rows (without the CSV quoting, which csv.ts adds): the person's values as they
 * are, what was worked out from them rounded to remove floating-point noise (see computed-digits.ts).
 */
export function tableRows(ev: Evaluated): { header: string[]; rows: (string | number)[][] } {
  const notes = pointNotes(ev);
  const round = computedRounder(ev.points.map((p) => p.value));
  if (ev.spc) {
    const s = ev.spc;
    return {
      header: ['Date or label', 'Value', 'Mean', 'Lower process limit', 'Upper process limit', 'Moving range', 'Point type', 'Special cause', 'Note'],
      rows: s.points.map((p, i) => {
        const period = s.periods[p.period]!;
        return [
          ev.points[i]!.label,
          p.value,
          round(period.mean),
          round(period.lpl),
          round(period.upl),
          p.movingRange === null ? '' : round(p.movingRange),
          POINT_TYPE_NAMES[p.type],
          p.specialCause === 'common-cause' ? '' : CAUSE_NAMES[p.specialCause],
          notes[i]!,
        ];
      }),
    };
  }
  const run = ev.run;
  const marked = run ? signalPoints(run) : null;
  return {
    header: ['Date or label', 'Value', 'Median', 'Side of the median', 'Signal', 'Note'],
    rows: ev.points.map((p, i) => [
      p.label,
      p.value,
      run ? round(run.median) : '',
      run ? ['on the median', 'above', 'below'][[0, 1, -1].indexOf(run.sides[i]!)]! : '',
      marked?.[i] ? SIGNAL_NOTE : '',
      notes[i]!,
    ]),
  };
}

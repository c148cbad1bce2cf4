/**
 * A chart as a link: the whole chart (data and choices) in the URL fragment,
 * which browsers never send to a server, in the same shape as results links:
 *
 *   <page>#c=1.<payload>.<check>
 *
 *   1        the chart link format version
 *   payload  base64url of the chart's JSON (checked with the chart schema)
 *   check    CRC-32 of "1.<payload>": a cut-short or altered link is caught
 */
import { readPayload, writePayload } from '../../site/lib/fragment-payload';
import { checkChart, validChart, type ChartDoc } from './model';
import { upgradeChart } from './chart-upgrade';
import { CHART_SHARE_PREFIX as PREFIX } from './share-mark';

/** The link format; a link made before notes were kept by point still opens (upgradeChart). */
const LINK_VERSION = 1;

export type ChartShareProblem = 'missing' | 'damaged' | 'checksum' | 'version' | 'invalid';
export type DecodedChart = { ok: true; doc: ChartDoc } | { ok: false; problem: ChartShareProblem };

export function encodeChartShare(doc: ChartDoc): string {
  return `${PREFIX}${writePayload(LINK_VERSION, validChart(doc))}`;
}

export function chartShareUrl(page: string, doc: ChartDoc): string {
  return `${page.split('#')[0]}${encodeChartShare(doc)}`;
}

export function decodeChartShare(link: string): DecodedChart {
  const at = link.indexOf(PREFIX);
  if (at < 0) return { ok: false, problem: 'missing' };
  const read = readPayload(link.slice(at + PREFIX.length), LINK_VERSION);
  if (!read.ok) return { ok: false, problem: read.problem };
  const text = read.text;
  let data: unknown;
  try {
    data = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const parsed = checkChart(upgradeChart(data));
  return parsed.ok ? { ok: true, doc: parsed.value } : { ok: false, problem: 'invalid' };
}

export const CHART_SHARE_PROBLEMS: Record<ChartShareProblem, string> = {
  missing: 'This address has no chart in it.',
  damaged: 'This chart link is damaged: part of it is missing. Ask the person who shared it to send the whole link again.',
  checksum: 'This chart link has been changed or cut short, so the chart is not shown. Ask the person who shared it to send the whole link again.',
  version: 'This chart link was made by a different version of QI Hub, which this page cannot read.',
  invalid: 'This chart link holds something that is not a chart this page can draw.',
};

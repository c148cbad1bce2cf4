/** How a chart link is told apart: apart from share.ts, so the page can tell before it loads the code that reads one. */
export const CHART_SHARE_PREFIX = '#c=';

export function hasChartShare(link: string): boolean {
  return link.includes(CHART_SHARE_PREFIX);
}

/**
 * The chart maker island. It is rendered in the page as an empty place (the
 * server cannot know what the address or this browser's storage hold) and
 * hydrates once the page's first paint is on screen (client:painted), so none
 * of its code is fetched while the introduction is first drawn. Then it reads
 * the address: a chart link there is read first, by code loaded only for it,
 * so no other chart is shown (or typed into) meanwhile; the chart's drawing
 * code is fetched at the same time.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasChartShare } from '../maker/share-mark';
import { ChartWorkspace, chartPanels, type ChartWorkspaceProps } from '../components/ChartWorkspace';

/** The share link's code, loaded only when the address holds a chart. */
const shareCode = () => import('../maker/share');

/** Before the address is read (in the page's HTML and the first render in the browser, which must match), then while a chart link is read. */
type Reading = 'unread' | 'opening' | 'failed';

export default function ChartMaker() {
  const [link, setLink] = useState<ChartWorkspaceProps | Reading>('unread');
  // Read once hydrated: the address and storage exist only in the browser, and the page is already drawn by then.
  useEffect(() => {
    if (!hasChartShare(location.hash)) return setLink({ shared: null, problems: null });
    setLink('opening');
    void chartPanels();
    shareCode().then(
      (m) => setLink({ shared: m.decodeChartShare(location.hash), problems: m.CHART_SHARE_PROBLEMS }),
      () => setLink('failed'),
    );
  }, []);
  // A chart link put in the address of this page (or left by Back) is read as on arrival, by opening the page again:
  // what is open is saved as the page is left (use-save-soon), and a link is only ever read at load.
  useEffect(() => {
    const shared = hasChartShare(location.hash);
    const onHash = () => (shared || hasChartShare(location.hash)) && location.reload();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (typeof link === 'object') return <ChartWorkspace {...link} />;
  // An element, not nothing: Astro renders an island with a component only when it gives some HTML.
  if (link === 'unread') return <div />;
  return link === 'failed' ? (
    <p class="app-chart-status" role="alert">
      The shared chart could not be opened: part of this page could not be loaded. Check your connection and reload the page.
    </p>
  ) : (
    <p class="app-chart-status" role="status">
      Opening the shared chart…
    </p>
  );
}

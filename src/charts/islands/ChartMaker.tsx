/**
 * The chart maker island. A chart link in the address is read first, by code
 * loaded only for it, so no other chart is shown (or typed into) meanwhile;
 * the chart's drawing code is fetched at the same time.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasChartShare } from '../maker/share-mark';
import { ChartWorkspace, chartPanels, type ChartWorkspaceProps } from '../components/ChartWorkspace';

/** The share link's code, loaded only when the address holds a chart. */
const shareCode = () => import('../maker/share');

export default function ChartMaker() {
  const [link, setLink] = useState<ChartWorkspaceProps | null>(() => (hasChartShare(location.hash) ? null : { shared: null, problems: null }));
  const [failed, setFailed] = useState(false);
  // Asked for once, in the first render rather than after it is painted, so both are fetched while the page hydrates.
  useState(() => {
    if (link) return;
    void chartPanels();
    shareCode().then(
      (m) => setLink({ shared: m.decodeChartShare(location.hash), problems: m.CHART_SHARE_PROBLEMS }),
      () => setFailed(true),
    );
  });
  // A chart link put in the address of this page (or left by Back) is read as on arrival, by opening the page again:
  // what is open is saved as the page is left (use-save-soon), and a link is only ever read at load.
  useEffect(() => {
    const shared = hasChartShare(location.hash);
    const onHash = () => (shared || hasChartShare(location.hash)) && location.reload();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (link) return <ChartWorkspace {...link} />;
  return failed ? (
    <p class="app-chart-status" role="alert">
      The shared chart could not be opened: part of this page could not be loaded. Check your connection and reload the page.
    </p>
  ) : (
    <p class="app-chart-status" role="status">
      Opening the shared chart…
    </p>
  );
}


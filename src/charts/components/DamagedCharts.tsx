/**
 * Saved charts that could not be read: said plainly, with each damaged copy
 * offered as a download (exactly as it was stored) or discarded on request.
 * Nothing here is removed unless the person asks.
 */
import type { DocumentFault } from '../../storage/documents';
import { documentFaultText } from '../../storage/messages';
import type { DamagedCopy } from '../maker/chart-store';
import { firstClickOnly } from '../../site/browser/first-click';

export interface DamagedChartsProps {
  fault: DocumentFault | null;
  copies: readonly DamagedCopy[];
  onDownload: (copy: DamagedCopy, n: number) => void;
  onDiscard: (copy: DamagedCopy) => void;
}

export function DamagedCharts({ fault, copies, onDownload, onDiscard }: DamagedChartsProps) {
  if (!copies.length) return null;
  const t = fault
    ? documentFaultText(fault, 'chart')
    : documentFaultText({ kind: 'not-json', keptAs: copies[0]!.key }, 'chart');
  return (
    <div class="nhsuk-warning-callout app-no-print" role="alert">
      <h2 class="nhsuk-warning-callout__label">
        <span>
          <span class="nhsuk-u-visually-hidden">Important: </span>
          {copies.length === 1 ? t.heading : t.heading.replace('A saved chart could not', `${copies.length} saved charts could not`)}
        </span>
      </h2>
      <p>{t.body}</p>
      <ul class="nhsuk-list app-chart-saved">
        {copies.map((c, i) => (
          <li key={c.key}>
            Damaged chart {i + 1} ({c.raw.length.toLocaleString('en-GB')} characters){' '}
            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onDownload(c, i + 1)}>
              Download<span class="nhsuk-u-visually-hidden"> damaged chart {i + 1}</span>
            </button>{' '}
            <button type="button" class="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={firstClickOnly(() => onDiscard(c))}>
              Discard<span class="nhsuk-u-visually-hidden"> damaged chart {i + 1}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

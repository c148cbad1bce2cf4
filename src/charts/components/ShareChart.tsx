/** A link to the chart with its data in the fragment: never sent to a server, and anyone with the link can see the data. */
import { useState } from 'preact/hooks';
import type { ChartDoc } from '../maker/model';
import { NOT_LOADED } from './use-loaded';

/** The link code (and its checksum) is loaded when a person first asks for a link. */
const shareCode = () => import('../maker/share');

export function ShareChart({ doc }: { doc: ChartDoc }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const make = async () => {
    let url: string;
    try {
      url = (await shareCode()).chartShareUrl(location.href, doc);
    } catch {
      setProblem(NOT_LOADED);
      return;
    }
    setProblem(null);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('The link was copied. Paste it into an email or message.');
    } catch {
      setCopied('Copy the link from the box.');
    }
  };
  return (
    <section aria-labelledby="chart-share-heading" class="app-no-print">
      <h2 id="chart-share-heading">Share this chart</h2>
      <p>
        The link holds the chart’s data, so anyone you send it to can see it, on any device. It is not sent to QI Hub or stored anywhere. Do not share data that
        could identify a patient.
      </p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={make}>
        Make a link to this chart
      </button>
      {problem && (
        <p class="nhsuk-error-message" role="alert">
          {problem}
        </p>
      )}
      {link && (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="chart-share-link">
            Link to this chart
          </label>
          <input class="nhsuk-input" id="chart-share-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p class="nhsuk-body-s" role="status">
            {copied}
          </p>
        </div>
      )}
    </section>
  );
}

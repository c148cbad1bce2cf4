/**
 * The preview a submission form shows once its answers pass the checks: the
 * page's title, summary and facts (those left blank are not shown), then what
 * each form adds.
 */
import type { ComponentChildren, Ref } from 'preact';

interface Props {
  /** The heading, focused when the preview appears. */
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  summary: string;
  facts: [label: string, value: string][];
  children?: ComponentChildren;
}

export function Preview({ headingRef, title, summary, facts, children }: Props) {
  return (
    <section aria-labelledby="preview-heading" data-testid="preview">
      <h2 id="preview-heading" tabIndex={-1} ref={headingRef}>Preview of your page</h2>
      <div class="app-submission__preview">
        <p class="nhsuk-heading-l">{title}</p>
        <p class="nhsuk-lede-text">{summary}</p>
        <dl class="nhsuk-summary-list">
          {facts
            .filter(([, v]) => v && v.trim())
            .map(([k, v]) => (
              <div class="nhsuk-summary-list__row" key={k}>
                <dt class="nhsuk-summary-list__key">{k}</dt>
                <dd class="nhsuk-summary-list__value">{v}</dd>
              </div>
            ))}
        </dl>
        {children}
      </div>
    </section>
  );
}

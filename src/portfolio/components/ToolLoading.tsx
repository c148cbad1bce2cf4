/**
 * Where the portfolio review tool appears, until it has loaded and read the
 * saved review. It is a screen high (.app-portfolio__loading), so the footer is
 * out of view and nothing in view moves when the tool takes its place.
 */
import type { Ref } from 'preact';

export default function ToolLoading({ failed = false, boxRef }: { failed?: boolean; boxRef?: Ref<HTMLDivElement> }) {
  return (
    <div ref={boxRef ?? null} class="app-portfolio__loading" data-testid="portfolio-loading">
      {failed ? (
        <p class="nhsuk-error-message" role="alert">The review tool could not load. Check your connection, then reload the page.</p>
      ) : (
        <>
          <p class="app-portfolio__loading-screen" role="status">The review tool is loading.</p>
          {/* Printing starts the tool loading, but the browser prints what is on screen at that moment. */}
          <p class="app-portfolio__print-only">The review tool had not finished loading when this page was printed. Print again to include your review.</p>
        </>
      )}
    </div>
  );
}

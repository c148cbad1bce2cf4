/** NHS.UK error summary, focused when it appears so screen readers announce it. */
import { useEffect, useRef } from 'preact/hooks';

export default function ErrorSummary({ title, errors }: { title: string; errors: string[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [errors]);
  return (
    <div class="nhsuk-error-summary" ref={box} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 class="nhsuk-error-summary__heading">{title}</h2>
        <div class="nhsuk-error-summary__body">
          <ul class="nhsuk-list nhsuk-error-summary__list">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

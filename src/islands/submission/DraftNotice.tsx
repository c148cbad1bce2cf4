/** Tells the person what happened to their draft: brought back from earlier in this tab, or not kept by the browser. */
export function DraftNotice({ restored, storageProblem, extra }: { restored: boolean; storageProblem: boolean; extra?: string }) {
  if (!restored && !storageProblem) return null;
  return (
    <div class="nhsuk-inset-text" data-testid="draft-notice">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      {restored && <p>The answers you typed earlier in this browser tab are back in the form. {extra}</p>}
      {storageProblem && (
        <p>
          This browser is not keeping a copy of your answers. They are safe while this page stays open, but will be lost if you reload
          it or go to another page. Finish the form and download the file before you leave.
        </p>
      )}
    </div>
  );
}

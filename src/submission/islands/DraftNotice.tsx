/** Tells the person where their draft is: brought back from earlier in this tab, kept only in this tab, or not kept by the browser. */
export function DraftNotice({ restored, storageProblem, unsent, extra }: { restored: boolean; storageProblem: boolean; unsent: boolean; extra?: string }) {
  if (!restored && !storageProblem && !unsent) return null;
  return (
    <div class="nhsuk-inset-text" data-testid="draft-notice">
      <span class="nhsuk-u-visually-hidden">Information: </span>
      {restored && <p>The answers you typed earlier in this browser tab are back in the form. {extra}</p>}
      {unsent && !storageProblem && (
        <p data-testid="draft-kept">
          Your answers are kept only in this browser tab until you download the file or email it to the editors. If you close the tab, they
          are lost.
        </p>
      )}
      {storageProblem && (
        <p>
          This browser is not keeping a copy of your answers. They are safe while this page stays open, but will be lost if you reload
          it or go to another page. Finish the form and download the file before you leave.
        </p>
      )}
    </div>
  );
}

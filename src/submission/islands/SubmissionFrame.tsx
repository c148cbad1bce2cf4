/**
 * The frame both submission forms share: the error summary, the draft notice,
 * the form (which entry it is for, the form's own fields, the check button and
 * its status line), then what a check made (the preview and the files).
 */
import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../validate';
import { DraftNotice } from './DraftNotice';
import { ErrorSummary, Select } from './fields';

interface Props {
  /** From useSubmissionForm. */
  state: {
    drafts: { restored: boolean; storageProblem: boolean; unsent: boolean };
    errors: FieldErrors | null;
    status: string;
    updating: string;
    choose: (which: string) => void;
    submit: (e: Event) => void;
  };
  /** What the form is for: the word in its labels, and its ids' prefix ("poster-which"). */
  noun: 'poster' | 'course';
  testId: string;
  /** The entries the page lists, to update one. */
  entries: { value: string; label: string }[];
  /** Fields in page order, with the id each error links to. */
  order: { field: string; id: string }[];
  /** Said when a draft comes back, after the usual words. */
  draftExtra?: string | undefined;
  /** What a check made: shown after the form. */
  made: ComponentChildren;
  children: ComponentChildren;
}

export function SubmissionFrame({ state, noun, testId, entries, order, draftExtra, made, children }: Props) {
  const { drafts, errors } = state;
  return (
    <div class="app-submission nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        {errors && <ErrorSummary errors={errors} order={order} />}
        <DraftNotice restored={drafts.restored} storageProblem={drafts.storageProblem} unsent={drafts.unsent} extra={draftExtra} />
        <form noValidate onSubmit={state.submit} data-testid={testId}>
          <Select
            id={`${noun}-which`}
            label={`Which ${noun} is this?`}
            hint={`Choose your ${noun} to update its page. The form fills in with what the page shows now.`}
            value={state.updating}
            onChange={state.choose}
            options={[{ value: '', label: `A new ${noun}` }, ...entries]}
          />
          {children}
          <button class="nhsuk-button" type="submit">Check and preview</button>
          <p class="nhsuk-body" role="status" data-testid="form-status">{state.status}</p>
        </form>
        {made}
      </div>
    </div>
  );
}

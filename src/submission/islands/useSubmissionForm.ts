/**
 * What the poster and course submission forms share: their drafts (useDrafts),
 * choosing which entry to update, editing a field, checking the answers, and
 * the preview that a check makes and the next change takes away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldErrors } from '../validate';
import { useDrafts, type DraftOptions } from './useDrafts';

/** A check's verdict: the errors to list, or what the preview and download are made from. */
export type Checked<R> = { ok: false; errors: FieldErrors } | { ok: true; value: R };

interface Options<F extends object, R> {
  drafts: DraftOptions<F>;
  /** The entry's title for status messages ("a new poster" for ''). */
  titleOf: (which: string) => string;
  check: (form: F) => Checked<R>;
  /** Also run when another entry is chosen. */
  onChoose?: () => void;
}

export function useSubmissionForm<F extends object, R>({ drafts: draftOptions, titleOf, check, onChoose }: Options<F, R>) {
  const drafts = useDrafts<F>(draftOptions);
  const { form, which: updating } = drafts;
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [result, setResult] = useState<(R & { form: F }) | null>(null);
  const [status, setStatus] = useState('');
  const preview = useRef<HTMLHeadingElement>(null);

  const choose = (which: string) => {
    drafts.choose(which);
    setResult(null);
    setErrors(null);
    onChoose?.();
    setStatus(
      drafts.hasDraft(which)
        ? `The form shows the answers you typed earlier for ${titleOf(which)}. Your answers for ${titleOf(updating)} are kept: choose it again to go back to them.`
        : drafts.changed
          ? `Your answers for ${titleOf(updating)} are kept: choose it again to go back to them.`
          : '',
    );
  };

  useEffect(() => {
    if (result) preview.current?.focus();
  }, [result]);

  const set = <K extends keyof F>(key: K) => (value: F[K]) => {
    drafts.edit((f) => ({ ...f, [key]: value }));
    if (result) {
      setResult(null);
      setStatus('You changed your answers, so the preview and download have gone. Select “Check and preview” again to make the file.');
    }
  };
  const text = (key: keyof F) => (value: string) => set(key)(value as never);

  const submit = (e: Event) => {
    e.preventDefault();
    setStatus('');
    const checked = check(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setResult(null);
      return;
    }
    setErrors(null);
    setResult({ ...checked.value, form: { ...form } });
    setStatus('Your answers passed the checks. Check the preview below, then download the file and email it to the editors.');
  };

  const err = (field: string) => errors?.[field];

  return { drafts, form, updating, errors, err, result, setResult, status, preview, choose, set, text, submit };
}

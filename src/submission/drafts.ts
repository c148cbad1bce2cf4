/**
 * Drafts for the submission forms: what a person typed for each poster or
 * course they chose (and for a new one), so choosing another and coming back,
 * or leaving the page and pressing Back, never loses their typing. Pure: the
 * island keeps the drafts in memory and a copy in this tab's sessionStorage
 * (src/submission/islands/useDrafts.ts).
 */

export interface Drafts<F> {
  /** The entry the form shows: '' for a new one, otherwise its slug or id. */
  which: string;
  /** What was typed, by entry. */
  forms: Readonly<Record<string, F>>;
}

/** The form to show: the draft for the chosen entry, or its starting answers. */
export const currentForm = <F>(d: Drafts<F>, start: (which: string) => F): F => d.forms[d.which] ?? start(d.which);

/** Changes the form shown, keeping every other entry's draft. */
export function editDraft<F>(d: Drafts<F>, change: (form: F) => F, start: (which: string) => F): Drafts<F> {
  return { which: d.which, forms: { ...d.forms, [d.which]: change(currentForm(d, start)) } };
}

/** Shows another entry: its draft if there is one, otherwise its starting answers. Nothing typed is dropped. */
export function chooseDraft<F>(d: Drafts<F>, which: string, start: (which: string) => F): Drafts<F> {
  return { which, forms: which in d.forms ? d.forms : { ...d.forms, [which]: start(which) } };
}

/** Whether a draft differs from the answers it started from. */
export const isChanged = <F>(form: F, start: F): boolean => JSON.stringify(form) !== JSON.stringify(start);

/** Whether `x` has exactly the fields of `empty`, each of the same kind: text, a list of text, or yes or no. */
export function sameShape<F extends object>(empty: F, x: unknown): x is F {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const keys = Object.keys(empty);
  if (Object.keys(x).length !== keys.length) return false;
  return keys.every((k) => {
    const want = (empty as Record<string, unknown>)[k];
    const got = (x as Record<string, unknown>)[k];
    return Array.isArray(want) ? Array.isArray(got) && got.every((v) => typeof v === 'string') : typeof got === typeof want;
  });
}

/**
 * Drafts saved as text. Anything damaged, of another shape, or for an entry
 * the page no longer lists is left out; undefined when nothing usable is left.
 */
export function readDrafts<F extends object>(text: string | null, empty: F, listed: (which: string) => boolean): Drafts<F> | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const { which, forms } = raw as { which?: unknown; forms?: unknown };
  if (!forms || typeof forms !== 'object') return undefined;
  const kept = Object.fromEntries(Object.entries(forms).filter(([k, f]) => (k === '' || listed(k)) && sameShape(empty, f))) as Record<string, F>;
  if (Object.keys(kept).length === 0) return undefined;
  return { which: typeof which === 'string' && which in kept ? which : '', forms: kept };
}

/**
 * The submission forms' answers, one draft per poster or course (and one for a
 * new one), kept in memory and copied to this tab's sessionStorage, so
 * choosing another entry, reloading, or leaving and pressing Back never loses
 * typing. sessionStorage lives only as long as the tab; the answers never go
 * to localStorage. When the browser blocks it, the form says so once.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { chooseDraft, currentForm, editDraft, isChanged, readDrafts, type Drafts } from '../drafts';

export interface DraftOptions<F extends object> {
  /** The sessionStorage key: one per form. */
  key: string;
  empty: () => F;
  /** The answers an entry starts with: what its page shows now, or empty for a new one. */
  start: (which: string) => F;
  /** Whether the page lists an entry (drafts for entries no longer listed are dropped). */
  listed: (which: string) => boolean;
  /** The entry to open first, e.g. from ?update= in the address; '' for a new one. */
  initial: string;
  /** Fixes a restored draft: what the page cannot keep (a chosen image) is taken out. */
  revive?: (form: F) => F;
}

function load<F extends object>({ key, empty, start, listed, initial, revive }: DraftOptions<F>): { drafts: Drafts<F>; restored: boolean } {
  let text: string | null = null;
  try {
    text = sessionStorage.getItem(key);
  } catch {
    // Blocked storage: start afresh; saving reports it.
  }
  const saved = readDrafts(text, empty(), listed);
  if (!saved) return { drafts: { which: initial, forms: {} }, restored: false };
  const forms = revive ? Object.fromEntries(Object.entries(saved.forms).map(([k, f]) => [k, revive(f)])) : saved.forms;
  // An address that names an entry wins over the entry last shown.
  return { drafts: { which: initial || saved.which, forms }, restored: Object.entries(forms).some(([which, f]) => isChanged(f, start(which))) };
}

export function useDrafts<F extends object>(options: DraftOptions<F>) {
  const { key, start } = options;
  const [{ drafts, restored }, setState] = useState(() => load(options));
  const [storageProblem, setStorageProblem] = useState(false);

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(drafts));
      setStorageProblem(false);
    } catch {
      setStorageProblem(true);
    }
  }, [drafts]);

  const form = currentForm(drafts, start);
  const changed = isChanged(form, start(drafts.which));
  // The answers as they were when last downloaded or sent: later typing is not yet anywhere but this tab.
  const [sent, setSent] = useState('');
  const unsent = changed && JSON.stringify(form) !== sent;
  // A layout effect, so the warning is in place in the same update that shows
  // "kept only in this browser tab": a plain effect waits for the next frame
  // (up to 100 ms), and a tab closed in that gap lost the answers unwarned.
  useLayoutEffect(() => {
    if (!unsent) return;
    // The browser shows its own "Leave site?" question; closing the tab would lose the answers.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unsent]);
  return {
    form,
    which: drafts.which,
    /** Whether answers typed earlier in this tab were brought back when the page opened. */
    restored,
    /** Whether this browser would not keep a copy of the answers. */
    storageProblem,
    /** Whether the form shown holds typing that differs from what the entry started with. */
    changed,
    /** Whether the form holds typing that has not been downloaded or sent since it changed. */
    unsent,
    /** Records that the answers shown were downloaded or sent. */
    markSent: () => setSent(JSON.stringify(form)),
    edit: (change: (form: F) => F) => setState((s) => ({ ...s, drafts: editDraft(s.drafts, change, start) })),
    choose: (which: string) => setState((s) => ({ ...s, drafts: chooseDraft(s.drafts, which, start) })),
    /** Whether an entry has a draft that differs from what it started with. */
    hasDraft: (which: string) => which in drafts.forms && isChanged(drafts.forms[which]!, start(which)),
  };
}

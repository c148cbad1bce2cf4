/**
 * The review on this page, kept in memory first and saved through the shared
 * document store after every change. Faults (blocked, full, damaged, newer)
 * become messages and never lose the review: it stays on the page and can be
 * exported. Changes made in another tab replace this one, with a notice.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserDocumentStore, type DocumentFault, type KeptAsideDocument } from '../../storage/documents';
import { emptyReview, reviewSchema, type Review } from '../model';
import { reviewStoreOptions } from '../store';

/**
 * One review per browser, under a fixed id: a damaged review is then always
 * found and reported on opening the page, where a list of reviews would skip it.
 */
export const REVIEW_ID = 'current';

export interface ReviewState {
  review: Review;
  /**
   * Apply a change to the latest review (safe for double clicks: each change sees the one before).
   * Returns why the change was refused (it would break the schema, or the page is read-only), or null.
   */
  update: (change: (r: Review) => Review) => string | null;
  /** Try again to save the review as it is on the page, after storage refused a write. */
  retrySave: () => void;
  /** Replace the review and remove the stored copy ("Clear this review"). Returns why not (read-only), or null. */
  clear: () => string | null;
  loaded: boolean;
  readOnly: boolean;
  faults: DocumentFault[];
  notice: string;
  savedAt: string | null;
  /** Set when the store refused to write: the page says "not saved", never "Saved". */
  saveError: string;
  keptAside: KeptAsideDocument[];
  discardKeptAside: (key: string) => void;
}

export function useReviewStore(): ReviewState {
  const store = useMemo(() => browserDocumentStore(reviewStoreOptions), []);
  const latest = useRef<Review>(emptyReview());
  const [review, setReview] = useState<Review>(latest.current);
  const [loaded, setLoaded] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [faults, setFaults] = useState<DocumentFault[]>([]);
  const [notice, setNotice] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saveError, setSaveError] = useState('');
  const [keptAside, setKeptAside] = useState<KeptAsideDocument[]>([]);

  const show = (next: Review) => {
    latest.current = next;
    setReview(next);
  };

  useEffect(() => {
    const got = store.load(REVIEW_ID);
    if (got.stored) {
      show(got.stored.doc);
      setSavedAt(got.stored.updatedAt);
    }
    setReadOnly(got.readOnly);
    setFaults(got.faults);
    setKeptAside(store.keptAside());
    setLoaded(true);
    return store.onOtherTab((change) => {
      if (change.id !== REVIEW_ID && change.id !== '*') return;
      if (change.kind === 'changed') {
        show(change.stored.doc);
        setSavedAt(change.stored.updatedAt);
        setNotice('This review was changed in another tab. This page now shows those changes.');
      } else if (change.kind === 'removed') {
        setSavedAt(null);
        setNotice('This review was removed from this browser’s storage in another tab. It is still on this page, and will be saved again when you next change it. Export it to keep a copy.');
      } else {
        setReadOnly(true);
        setFaults([{ kind: 'newer-version', version: change.version }]);
      }
    });
  }, [store]);

  const save = (next: Review) => {
    if (readOnly) return;
    let result: ReturnType<typeof store.save>;
    try {
      result = store.save(REVIEW_ID, next);
    } catch (e) {
      // The store refuses a review that fails its check. Say so plainly: the review stays on the page.
      console.error(e);
      setSavedAt(null);
      setSaveError('This change was not saved in this browser: the review did not pass its check. Export the review to keep a copy.');
      return;
    }
    setSaveError('');
    setFaults(result.fault ? [result.fault] : []);
    setSavedAt(result.fault ? null : result.stored.updatedAt);
    if (result.fault) setKeptAside(store.keptAside());
  };

  return {
    review,
    update: (change) => {
      if (readOnly) return 'This review was saved by a newer version of this page, so it cannot be changed here.';
      const next = change(latest.current);
      if (next === latest.current) return null;
      // Never let a review the store would refuse into the page: it would look saved and every later change would fail.
      const checked = reviewSchema.safeParse(next);
      if (!checked.success) return `That change was not made: ${(checked.error.issues[0]?.message ?? 'it would break the review’s limits').replace(/\.$/, '')}.`;
      show(next);
      setNotice('');
      save(next);
      return null;
    },
    retrySave: () => save(latest.current),
    clear: () => {
      // A review saved by a newer version is not this page's to remove: clearing only the screen would look done and was not.
      if (readOnly) return 'This review was saved by a newer version of this page, so it cannot be cleared here.';
      show(emptyReview());
      setNotice('');
      store.remove(REVIEW_ID);
      setSavedAt(null);
      setFaults([]);
      return null;
    },
    loaded,
    readOnly,
    faults,
    notice,
    savedAt,
    saveError,
    keptAside,
    discardKeptAside: (key) => {
      store.discardKeptAside(key);
      setKeptAside(store.keptAside());
    },
  };
}

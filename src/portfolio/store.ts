/**
 * Where a review is kept: the shared document store (kind "portfolio"), so a
 * review gets the same guarded storage, fault kinds, damaged-copy keeping and
 * other-tab events as every other document. This module only says what a
 * valid stored review is.
 */
import type { DocumentStoreOptions } from '../storage/documents';
import { REVIEW_VERSION, reviewSchema, type Review } from './model';

export const REVIEW_KIND = 'portfolio';

export const reviewStoreOptions: DocumentStoreOptions<Review> = {
  kind: REVIEW_KIND,
  version: REVIEW_VERSION,
  check: (doc) => {
    const parsed = reviewSchema.safeParse(doc);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'review'}: ${i.message}`) };
  },
};

/**
 * Files a group passes round: the whole review as JSON (read back exactly),
 * and the projects with their decisions as CSV (for a spreadsheet).
 * Combining several directorates' reviews into one is in combine.ts.
 *
 * Reading a file never throws and never changes anything: it returns the
 * review or one clear sentence about what is wrong, so a damaged, foreign or
 * newer file loses nothing already in the browser.
 */
import { writeCsv } from '../site/lib/csv';
import { describeIssue, WHAT_TO_DO } from './file-problem';
import { decisionLabels, REVIEW_VERSION, relationLabels, reviewSchema, type Review } from './model';

export const FILE_FORMAT = 'qi-hub-portfolio-review';

export function reviewJson(review: Review, now: Date = new Date()): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: REVIEW_VERSION, exportedAt: now.toISOString(), review }, null, 1)}\n`;
}

export type ReadResult = { ok: true; review: Review } | { ok: false; error: string };

export function readReviewJson(text: string, name = 'The file'): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `${name} is not a portfolio review: it is not JSON. Nothing was changed.` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT)
    return { ok: false, error: `${name} is not a portfolio review exported from this tool. Nothing was changed.` };
  const version = (data as { version?: unknown }).version;
  if (version === undefined || version === null) return { ok: false, error: `${name} has no version number, so it cannot be read safely. Nothing was changed.` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: `${name} has the version number ${JSON.stringify(version)}, which this tool never writes (its files start at version 1), so it cannot be read safely. Nothing was changed.` };
  if (version > REVIEW_VERSION)
    return { ok: false, error: `${name} was saved by a newer version of this tool (version ${version}). Open it on the updated site. Nothing was changed.` };
  const parsed = reviewSchema.safeParse((data as { review?: unknown }).review);
  if (!parsed.success) {
    const text = describeIssue(parsed.error.issues[0], (data as { review?: unknown }).review);
    return { ok: false, error: `${name} is damaged: ${text}. ${WHAT_TO_DO}` };
  }
  return { ok: true, review: parsed.data };
}

export const CSV_HEADER = ['Title', 'Aim', 'Team or directorate', 'Lead', 'Status', 'Start date', 'Measures', 'Tags', 'Goals served', 'Decision', 'Merge into', 'Reason', 'Relations'];

export function projectsCsv(review: Review): string {
  const byId = new Map(review.projects.map((p) => [p.id, p]));
  const goalTitle = new Map(review.goals.map((g) => [g.id, g.title]));
  const rows = review.projects.map((p) => {
    const d = review.decisions[p.id];
    const rels = review.relations
      .filter((r) => r.a === p.id || r.b === p.id)
      .map((r) => `${relationLabels[r.kind]}: ${byId.get(r.a === p.id ? r.b : r.a)?.title ?? ''}`)
      .join('; ');
    return [
      p.title,
      p.aim,
      p.directorate,
      p.lead,
      p.status,
      p.start,
      p.measures,
      p.tags.join('; '),
      p.goals.map((g) => goalTitle.get(g) ?? '').join('; '),
      d ? decisionLabels[d.kind] : 'Not decided',
      d?.into ? (byId.get(d.into)?.title ?? '') : '',
      d?.reason ?? '',
      rels,
    ];
  });
  return writeCsv(CSV_HEADER, rows);
}

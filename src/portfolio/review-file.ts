/**
 * Files a group passes round: the whole review as JSON (read back exactly),
 * the projects with their decisions as CSV (for a spreadsheet), and combining
 * several directorates' reviews into one to look for overlap across them.
 *
 * Reading a file never throws and never changes anything: it returns the
 * review or one clear sentence about what is wrong, so a damaged, foreign or
 * newer file loses nothing already in the browser.
 */
import { writeCsv } from '../site/lib/csv';
import { setDecision } from './review-ops';
import { decisionLabels, makeId, REVIEW_VERSION, relationLabels, reviewSchema, type Review } from './model';

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
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: `${name} has no version number, so it cannot be read safely. Nothing was changed.` };
  if (version > REVIEW_VERSION)
    return { ok: false, error: `${name} was saved by a newer version of this tool (version ${version}). Open it on the updated site. Nothing was changed.` };
  const parsed = reviewSchema.safeParse((data as { review?: unknown }).review);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${name} is damaged: ${issue?.message ?? 'a field is wrong'}${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}. Nothing was changed.` };
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

/**
 * Adds other reviews into `base`. Goals with the same words (ignoring case)
 * become one goal; a project whose id is already taken gets a new id, and its
 * relations, decisions and dismissed pairs follow it. A project that is the
 * same in both (same id, title and team) is kept once; with a different team
 * it is a different project, so both are kept. A decision that would make
 * merges go round in a circle is left out.
 */
export function combineReviews(base: Review, others: readonly Review[]): Review {
  let out: Review = structuredClone(base);
  for (const other of others) {
    const goalIds = new Map<string, string>();
    const goals = [...out.goals];
    for (const g of other.goals) {
      const same = goals.find((x) => x.title.toLowerCase() === g.title.toLowerCase());
      if (same) goalIds.set(g.id, same.id);
      else {
        const id = goals.some((x) => x.id === g.id) ? makeId(new Set(goals.map((x) => x.id))) : g.id;
        goals.push({ id, title: g.title });
        goalIds.set(g.id, id);
      }
    }
    const taken = new Set(out.projects.map((p) => p.id));
    const existing = new Map(out.projects.map((p) => [p.id, p]));
    const ids = new Map<string, string>();
    const projects = [...out.projects];
    for (const p of other.projects) {
      const mapped = p.goals.map((g) => goalIds.get(g)!);
      const same = existing.get(p.id);
      if (same?.title === p.title && same.directorate === p.directorate) {
        ids.set(p.id, p.id);
        const i = projects.findIndex((x) => x.id === p.id);
        projects[i] = { ...projects[i]!, goals: [...new Set([...projects[i]!.goals, ...mapped])] };
        continue;
      }
      const id = taken.has(p.id) ? makeId(taken) : p.id;
      taken.add(id);
      ids.set(p.id, id);
      projects.push({ ...p, id, goals: mapped });
    }
    const pair = (k: string) => k.split('|').map((x) => ids.get(x) ?? x) as [string, string];
    const relKeys = new Set(out.relations.map((r) => `${r.a}|${r.b}`));
    const relations = [...out.relations];
    for (const r of other.relations) {
      const [a, b] = [ids.get(r.a)!, ids.get(r.b)!].sort() as [string, string];
      if (!relKeys.has(`${a}|${b}`)) relations.push({ ...r, a, b });
    }
    const dismissed = new Set(out.dismissed);
    for (const k of other.dismissed) dismissed.add(pair(k).sort().join('|'));
    out = { ...out, goals, projects, relations, dismissed: [...dismissed] };
    for (const [pid, d] of Object.entries(other.decisions)) {
      const id = ids.get(pid)!;
      if (out.decisions[id]) continue;
      const next = setDecision(out, id, d.into ? { ...d, into: ids.get(d.into)! } : d);
      if (next.ok) out = next.review;
    }
  }
  return reviewSchema.parse(out);
}

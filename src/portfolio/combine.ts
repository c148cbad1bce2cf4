/**
 * Combining several directorates' reviews into one, to look for overlap
 * across them, as the Oxleas workshops did.
 *
 * Goals with the same words (ignoring case) become one goal; a project whose
 * id is already taken gets a new id, and its relations, decisions and
 * dismissed pairs follow it. A project that is the same in both (same id,
 * title and team) is kept once; with a different team it is a different
 * project, so both are kept.
 *
 * Nothing is dropped without saying so. Where a file brings a different
 * decision for a project that already has one, or a different relation for a
 * pair already related, the combined review keeps the one already there and
 * the other comes back as a clash for the person to choose between
 * (resolveClashes). A decision that would make merges go round in a circle
 * is not added, and comes back in `leftOut` in words.
 */
import { decisionLabels, makeId, pairKey, relationLabels, reviewSchema, type Decision, type Project, type Relation, type Review } from './model';
import { setDecision, setRelation } from './review-ops';

export type Clash =
  | { key: string; file: string; what: 'decision'; project: string; here: Decision; incoming: Decision }
  | { key: string; file: string; what: 'relation'; a: string; b: string; here: Relation; incoming: Relation };

export interface Combined {
  review: Review;
  clashes: Clash[];
  /** Sentences about decisions that could not be added, each naming the project, the file and the decision. */
  leftOut: string[];
}

const sameDecision = (x: Decision, y: Decision) => x.kind === y.kind && (x.into ?? '') === (y.into ?? '') && x.reason === y.reason;
const sameRelation = (x: Relation, y: Relation) => x.kind === y.kind && x.note === y.note;

/** A decision in words, naming the project a merge goes into. */
export function decisionWords(review: Review, d: Decision): string {
  const into = d.into ? ` “${review.projects.find((p) => p.id === d.into)?.title ?? ''}”` : '';
  return `${decisionLabels[d.kind]}${into}${d.reason ? ` (reason: ${d.reason})` : ' (no reason given)'}`;
}

export const relationWords = (r: Relation) => `${relationLabels[r.kind]}${r.note ? ` (note: ${r.note})` : ' (no note)'}`;

export function combineReviews(base: Review, others: readonly Review[], names: readonly string[] = others.map((_, i) => `File ${i + 1}`)): Combined {
  let out: Review = structuredClone(base);
  const clashes: Clash[] = [];
  const leftOut: string[] = [];
  // The same project (id, title and team as first written) from several files is kept once, even after a clash gave it a new id here.
  const identity = (p: Project) => JSON.stringify([p.id, p.title, p.directorate]);
  const known = new Map(base.projects.map((p) => [identity(p), p.id]));
  others.forEach((other, f) => {
    const file = names[f] ?? `File ${f + 1}`;
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
    const ids = new Map<string, string>();
    const projects = [...out.projects];
    for (const p of other.projects) {
      const mapped = p.goals.map((g) => goalIds.get(g)!);
      const same = known.get(identity(p));
      if (same !== undefined) {
        ids.set(p.id, same);
        const i = projects.findIndex((x) => x.id === same);
        projects[i] = { ...projects[i]!, goals: [...new Set([...projects[i]!.goals, ...mapped])] };
        continue;
      }
      const id = taken.has(p.id) ? makeId(taken) : p.id;
      taken.add(id);
      ids.set(p.id, id);
      known.set(identity(p), id);
      projects.push({ ...p, id, goals: mapped });
    }
    const related = new Map(out.relations.map((r) => [pairKey(r.a, r.b), r]));
    for (const r of other.relations) {
      const [a, b] = [ids.get(r.a)!, ids.get(r.b)!].sort() as [string, string];
      const incoming = { ...r, a, b };
      const here = related.get(pairKey(a, b));
      if (!here) related.set(pairKey(a, b), incoming);
      else if (!sameRelation(here, incoming)) clashes.push({ key: `${f}:relation:${pairKey(a, b)}:${clashes.length}`, file, what: 'relation', a, b, here, incoming });
    }
    const dismissed = new Set(out.dismissed);
    for (const k of other.dismissed) dismissed.add(pairKey(...(k.split('|').map((x) => ids.get(x) ?? x) as [string, string])));
    out = { ...out, goals, projects, relations: [...related.values()], dismissed: [...dismissed] };
    for (const [pid, d] of Object.entries(other.decisions)) {
      const id = ids.get(pid)!;
      const incoming: Decision = d.into ? { ...d, into: ids.get(d.into)! } : d;
      const here = out.decisions[id];
      if (here) {
        if (!sameDecision(here, incoming)) clashes.push({ key: `${f}:decision:${id}:${clashes.length}`, file, what: 'decision', project: id, here, incoming });
        continue;
      }
      const next = setDecision(out, id, incoming);
      if (next.ok) out = next.review;
      else
        leftOut.push(`“${out.projects.find((p) => p.id === id)?.title ?? ''}” from ${file}: its decision, ${decisionWords(out, incoming)}, was not added. ${next.error}`);
    }
  });
  return { review: reviewSchema.parse(out), clashes, leftOut };
}

export type Resolved = { ok: true; review: Review } | { ok: false; error: string };

/** Applies the file's side of each clash the person chose (by key); the rest keep what was already there. */
export function resolveClashes(combined: Combined, useIncoming: ReadonlySet<string>): Resolved {
  let review = combined.review;
  for (const c of combined.clashes) {
    if (!useIncoming.has(c.key)) continue;
    if (c.what === 'relation') review = setRelation(review, c.a, c.b, c.incoming.kind, c.incoming.note);
    else {
      const next = setDecision(review, c.project, c.incoming);
      const title = review.projects.find((p) => p.id === c.project)?.title ?? '';
      if (!next.ok) return { ok: false, error: `The decision from ${c.file} for “${title}” cannot be used: ${next.error}` };
      review = next.review;
    }
  }
  return { ok: true, review };
}

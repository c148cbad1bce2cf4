/**
 * The six questions Oxleas directorates asked of their project lists, quoted
 * word for word from The King's Fund's report, each answered from the review:
 * goals served, confirmed duplicates, conflicts, clusters that reinforce each
 * other, chains of dependency, and fit with the goals.
 */
import { plural } from '../site/lib/format';
import { type Project, type RelationKind, type Review } from './model';

/**
 * Cited as the site's other Oxleas instruments cite it. The questions are in
 * the programme's written report (its section "Understanding your current
 * approach"), whose text carries no title of its own; the "more than 300 ...
 * reduced by 50 per cent" result is in that report and in the case study page
 * of this title.
 */
export const SOURCE = {
  publisher: "The King's Fund",
  title: 'Using action learning to develop a more strategic approach to quality improvement at Oxleas',
  section: 'Understanding your current approach',
};

/** The citation in words, the same on the tool page and in the printed summary. */
export const CITATION = `${SOURCE.publisher}, “${SOURCE.title}”, section “${SOURCE.section}”`;

export const QUESTIONS = [
  { id: 'appropriate', text: 'How appropriate are these projects?' },
  { id: 'overlap', text: 'What areas of overlap or duplication were there?' },
  { id: 'conflict', text: 'Was there a conflict between any projects?' },
  { id: 'reinforcing', text: 'Which of the projects were mutually reinforcing?' },
  { id: 'interdependent', text: 'Which of the projects have areas of interdependence?' },
  { id: 'strategy', text: 'How consistent are the quality improvement projects with the overall strategy of the directorate and the organisation?' },
] as const;
export type QuestionId = (typeof QUESTIONS)[number]['id'];

export interface Answer {
  id: QuestionId;
  question: string;
  /** One or two sentences that answer it from the review. */
  summary: string;
  /** Groups of project titles behind the answer: pairs, clusters or chains. */
  groups: string[][];
}

/** Groups of projects joined by relations of one kind (connected components), largest first. */
export function clusters(review: Review, kind: RelationKind): string[][] {
  const links = new Map<string, string[]>();
  for (const r of review.relations) {
    if (r.kind !== kind) continue;
    links.set(r.a, [...(links.get(r.a) ?? []), r.b]);
    links.set(r.b, [...(links.get(r.b) ?? []), r.a]);
  }
  const seen = new Set<string>();
  const groups: string[][] = [];
  // Start from an end of a chain (one link) where there is one, so a chain reads in order.
  const starts = [...links.keys()].sort((x, y) => links.get(x)!.length - links.get(y)!.length);
  for (const start of starts) {
    if (seen.has(start)) continue;
    const group: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const at = stack.pop()!;
      group.push(at);
      for (const next of links.get(at)!) if (!seen.has(next)) (seen.add(next), stack.push(next));
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length);
}

export function answers(review: Review): Answer[] {
  const byId = new Map<string, Project>(review.projects.map((p) => [p.id, p]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  const place = new Map(review.projects.map((p, i) => [p.id, i]));
  // Pairs in the order the projects are listed, so the answer reads like the register.
  const pairs = (kind: RelationKind) =>
    review.relations
      .filter((r) => r.kind === kind)
      .map((r) => (place.get(r.a)! <= place.get(r.b)! ? r : { ...r, a: r.b, b: r.a }))
      .sort((x, y) => place.get(x.a)! - place.get(y.a)! || place.get(x.b)! - place.get(y.b)!)
      .map((r) => [title(r.a), title(r.b), ...(r.note ? [`Note: ${r.note}`] : [])]);
  const noGoal = review.projects.filter((p) => p.goals.length === 0);
  const n = review.projects.length;
  const overlap = pairs('overlap');
  const conflict = pairs('conflict');
  const reinforcing = clusters(review, 'reinforcing').map((g) => g.map(title));
  const chains = clusters(review, 'interdependent').map((g) => g.map(title));
  const serving = n - noGoal.length;
  const goalCounts = review.goals.map((g) => `${g.title}: ${plural(review.projects.filter((p) => p.goals.includes(g.id)).length, 'project')}`);

  const text: Record<QuestionId, string> = {
    appropriate:
      n === 0
        ? 'No projects listed yet.'
        : review.goals.length === 0
          ? 'Set your goals to see which projects serve none of them.'
          : noGoal.length === 0
            ? `All ${plural(n, 'project')} serve at least one of your goals.`
            : `${plural(noGoal.length, 'project')} of ${n} serve${noGoal.length === 1 ? 's' : ''} none of your goals: ask whether they should continue.`,
    overlap: overlap.length ? `${plural(overlap.length, 'pair')} of projects confirmed as overlapping or duplicated.` : 'No overlap or duplication confirmed yet.',
    conflict: conflict.length ? `${plural(conflict.length, 'pair')} of projects marked as in conflict.` : 'No conflicts marked.',
    reinforcing: reinforcing.length ? `${plural(reinforcing.length, 'group')} of projects that reinforce each other.` : 'No projects marked as mutually reinforcing.',
    interdependent: chains.length ? `${plural(chains.length, 'chain')} of projects that depend on each other.` : 'No interdependence marked.',
    strategy:
      review.goals.length === 0
        ? 'Set your goals to see how the projects fit them.'
        : `${plural(serving, 'project')} of ${n} serve${serving === 1 ? 's' : ''} at least one goal${n ? ` (${Math.round((100 * serving) / n)} per cent)` : ''}.`,
  };
  const groups: Record<QuestionId, string[][]> = {
    appropriate: review.goals.length ? noGoal.map((p) => [p.title]) : [],
    overlap,
    conflict,
    reinforcing,
    interdependent: chains,
    strategy: review.goals.length ? [goalCounts] : [],
  };
  return QUESTIONS.map((q) => ({ id: q.id, question: q.text, summary: text[q.id], groups: groups[q.id] }));
}

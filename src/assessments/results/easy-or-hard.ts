/**
 * Results for an "easy-or-hard" scale (see `scaleTypes` in
 * src/schemas/assessment.ts): which questions were easy to answer and which
 * were struggled over, with their notes. There is no total: the source asks
 * only which were which. Pure functions, shared by your results, a shared link's
 * results, the comparison of two snapshots and the team view.
 */
import type { Instrument } from '../instrument';
import type { AnswerMap } from '../../schemas/answers-core';
import type { Participant } from '../team';

export const isEasyOrHard = (shape: Pick<Instrument, 'scale'>): boolean => shape.scale.type === 'easy-or-hard';

export interface MarkedQuestion {
  id: string;
  /** Its number in the instrument, from 1. */
  number: number;
  text: string;
  note?: string | undefined;
}

export interface EasyOrHard {
  easy: MarkedQuestion[];
  struggled: MarkedQuestion[];
  /** Not marked yet (a note alone does not mark a question). */
  unmarked: MarkedQuestion[];
}

/** Splits the questions by answer, in the instrument's order. The lowest point is "struggled over", the highest "easy". */
export function splitEasyOrHard(shape: Instrument, answers: AnswerMap): EasyOrHard {
  const values = shape.scale.points.map((p) => p.value);
  const struggledValue = Math.min(...values);
  const easyValue = Math.max(...values);
  const out: EasyOrHard = { easy: [], struggled: [], unmarked: [] };
  let number = 0;
  for (const section of shape.sections) {
    for (const item of section.items) {
      number++;
      const a = answers[item.id];
      const q: MarkedQuestion = { id: item.id, number, text: item.text };
      if (a?.note) q.note = a.note;
      if (a?.value === easyValue) out.easy.push(q);
      else if (a?.value === struggledValue) out.struggled.push(q);
      else out.unmarked.push(q);
    }
  }
  return out;
}

export type Movement = 'now-easy' | 'now-struggled' | 'same' | 'cannot-compare';

export interface QuestionChange {
  id: string;
  number: number;
  text: string;
  before: 'easy' | 'struggled' | null;
  after: 'easy' | 'struggled' | null;
  movement: Movement;
}

/** Question by question, how two sets of answers differ; counts of each movement. */
export function compareEasyOrHard(shape: Instrument, before: AnswerMap, after: AnswerMap): { changes: QuestionChange[]; counts: Record<Movement, number> } {
  const mark = (answers: AnswerMap) => {
    const split = splitEasyOrHard(shape, answers);
    const m = new Map<string, 'easy' | 'struggled'>();
    split.easy.forEach((q) => m.set(q.id, 'easy'));
    split.struggled.forEach((q) => m.set(q.id, 'struggled'));
    return m;
  };
  const b = mark(before);
  const a = mark(after);
  const counts: Record<Movement, number> = { 'now-easy': 0, 'now-struggled': 0, same: 0, 'cannot-compare': 0 };
  let number = 0;
  const changes = shape.sections.flatMap((s) =>
    s.items.map((item): QuestionChange => {
      number++;
      const x = b.get(item.id) ?? null;
      const y = a.get(item.id) ?? null;
      const movement: Movement = !x || !y ? 'cannot-compare' : x === y ? 'same' : y === 'easy' ? 'now-easy' : 'now-struggled';
      counts[movement]++;
      return { id: item.id, number, text: item.text, before: x, after: y, movement };
    }),
  );
  return { changes, counts };
}

export interface TeamQuestion {
  id: string;
  /** Its number in the instrument, from 1. */
  number: number;
  text: string;
  /** How many people marked it easy to answer. */
  easy: number;
  /** How many people marked it struggled over. */
  struggled: number;
}

/**
 * The team view of an easy-or-hard instrument: for each question, how many
 * people found it easy and how many struggled over it. No totals, medians or
 * ranges: the two answers are not points on a scale.
 */
export function teamEasyOrHard(instrument: Instrument, all: readonly Participant[]): { people: number; questions: TeamQuestion[] } {
  const people = all.filter((p) => p.instrument === instrument.id);
  const values = instrument.scale.points.map((p) => p.value);
  const struggledValue = Math.min(...values);
  const easyValue = Math.max(...values);
  let number = 0;
  const questions = instrument.sections.flatMap((s) =>
    s.items.map((item): TeamQuestion => {
      number++;
      const answers = people.map((p) => p.values[item.id]);
      return {
        id: item.id,
        number,
        text: item.text,
        easy: answers.filter((v) => v === easyValue).length,
        struggled: answers.filter((v) => v === struggledValue).length,
      };
    }),
  );
  return { people: people.length, questions };
}

/** The team view of an easy-or-hard instrument as CSV rows (header first): one row per question. */
export function teamEasyOrHardCsv(questions: readonly TeamQuestion[]): { header: string[]; rows: string[][] } {
  return {
    header: ['question', 'item_id', 'item_text', 'found_easy', 'struggled_over'],
    rows: questions.map((q) => [String(q.number), q.id, q.text, String(q.easy), String(q.struggled)]),
  };
}

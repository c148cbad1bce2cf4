/**
 * Results in words: what a person's answers say, in sentences that only restate
 * the answers. The source sets no thresholds or bands, so nothing here calls a
 * score good or bad; it names the highest and lowest answers, shows where the
 * answers sit on the scale, and gives the source's next step.
 */
import type { InstrumentScore, ItemScore } from './scoring';

export interface ResultsText {
  /** Where the answers sit on the scale. */
  spread: string;
  /** The statements given the highest answer, or '' when every answer is the same. */
  strongest: string;
  /** The statements given the lowest answer, or '' when every answer is the same. */
  weakest: string;
}

/** "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The words for a score. `items` are every answered item (in the instrument's
 * order); `labelOf` gives a value's label on the scale ("0 – not at all");
 * `nameOf` gives an item's short label. Null when nothing is answered.
 */
export function explainResults(
  score: Pick<InstrumentScore, 'answered'>,
  items: readonly Pick<ItemScore, 'id' | 'value'>[],
  scale: readonly { value: number; label: string }[],
  nameOf: (id: string) => string,
  /** True for the person's own answers ("Your answers"), false for answers someone shared ("The answers"). */
  own = true,
): ResultsText | null {
  if (score.answered === 0 || items.length === 0 || scale.length === 0) return null;
  const labelOf = (v: number) => scale.find((p) => p.value === v)?.label ?? String(v);
  const values = items.map((i) => i.value);
  const hi = Math.max(...values);
  const lo = Math.min(...values);
  const first = scale[0]!;
  const last = scale[scale.length - 1]!;
  const onScale = `on a scale from ${labelOf(first.value)} to ${labelOf(last.value)}`;
  const spread =
    hi === lo
      ? `${own ? 'Your' : 'The'} ${score.answered === 1 ? 'one answer is' : 'answers are all'} ${labelOf(hi)}, ${onScale}.`
      : lo === first.value && hi === last.value
        ? `${own ? 'Your' : 'The'} answers cover the whole scale, from ${labelOf(lo)} to ${labelOf(hi)}.`
        : `${own ? 'Your' : 'The'} answers run from ${labelOf(lo)} to ${labelOf(hi)}, ${onScale}.`;
  if (hi === lo) return { spread, strongest: '', weakest: '' };
  const at = (v: number) => items.filter((i) => i.value === v).map((i) => nameOf(i.id));
  return {
    spread,
    strongest: own ? `You gave your highest answer, ${labelOf(hi)}, to ${listOf(at(hi))}.` : `The highest answer, ${labelOf(hi)}, was given to ${listOf(at(hi))}.`,
    weakest: own ? `You gave your lowest answer, ${labelOf(lo)}, to ${listOf(at(lo))}.` : `The lowest answer, ${labelOf(lo)}, was given to ${listOf(at(lo))}.`,
  };
}

/**
 * The source's next step after scoring, the same for every instrument: the
 * statements start a discussion, the team agrees what to do, and a follow-up
 * about three months later shows what changed.
 */
export function nextSteps(own = true): string[] {
  return [
    `Talk about ${own ? 'your' : 'these'} answers with your team. The statements are there to start that discussion, not to give a grade.`,
    'Agree together what you will do about the lowest-scoring statements.',
    own
      ? 'Answer again in about three months and compare. Save a snapshot now, so you have something to compare with.'
      : 'Answer again in about three months and compare the two sets of answers.',
  ];
}

/**
 * Which projects look alike: suggested pairs, best first, with the words they
 * share. A person confirms or dismisses each; nothing is decided here.
 *
 * How (so that a whole trust's register, 5,000 projects, takes well under two
 * seconds in a browser, measured by `npm run bench`):
 *
 * 1. Each project becomes a TF-IDF vector over its words (tokens.ts: folded,
 *    stop words out, light stemming). The title counts twice, because two
 *    registers name the same work alike more often than they describe it alike.
 *    Weights are (1 + ln tf) * ln(1 + N / df), and each vector has length 1, so
 *    the dot product of two vectors is their cosine similarity.
 * 2. Candidate pairs come from an inverted index of the RARE words only: a word
 *    used by at most `rareLimit` projects (2 * sqrt(N), at least 20). Two
 *    projects become a candidate only if they share such a word, so common
 *    words ("patients", "ward") never generate the N^2 / 2 comparisons.
 * 3. The shared rare words give part of the cosine exactly. What the common
 *    words could add is at most |common part of a| * |common part of b|
 *    (Cauchy-Schwarz), so the full cosine is worked out only for candidates
 *    whose part plus that bound can reach the threshold.
 *
 * 4. Rare across the trust is not enough: two projects both called "Improve
 *    falls handover" share only words that many projects use. So each project
 *    also indexes its K_RAREST rarest words (however common), and projects
 *    whose titles are the same once folded (same words, any order or case)
 *    are always suggested, whatever their score.
 *
 * What it still misses: two projects that share only common words, none of
 * them among either project's rarest few, and whose titles differ. Their
 * cosine is bounded by the product of their common parts, which is small
 * because common words have a low IDF; such pairs would rank last anyway.
 */
import { cosine, sharedWords, vectorise, type Comparable } from './vectors';

export interface Suggestion {
  a: string;
  b: string;
  /** Cosine similarity, 0 to 1. */
  score: number;
  /** The words that count most towards the score, as written in the first project. */
  shared: string[];
}

export interface SuggestOptions {
  /** The lowest cosine suggested (default 0.3). */
  minScore?: number;
  /** At most this many suggestions (default 500). */
  limit?: number;
  /** Pair keys ("a|b", sorted ids) not to suggest: already related or dismissed. */
  skip?: ReadonlySet<string>;
}

export const rareLimit = (n: number) => Math.max(20, Math.ceil(2 * Math.sqrt(n)));
/** How many of its own rarest words each project indexes, however common they are across the register. */
export const K_RAREST = 3;

export function suggestPairs(projects: readonly Comparable[], options: SuggestOptions = {}): Suggestion[] {
  const minScore = options.minScore ?? 0.3;
  const limit = options.limit ?? 500;
  const { vectors, titleKeys, df, surfaces } = vectorise(projects);
  const rare = rareLimit(projects.length);
  // Inverted index of rare words, and of each project's own rarest words: term -> [project index, weight] pairs.
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    let common = 0;
    const own = new Set([...v.terms].filter((t) => df[t]! > 1).sort((x, y) => df[x]! - df[y]!).slice(0, K_RAREST));
    v.terms.forEach((t, k) => {
      const w = v.weights[k]!;
      // A word indexed here but counted in the common part too only loosens the bound below, so nothing is missed.
      if (df[t]! > rare) common += w * w;
      if (df[t]! > 1 && (df[t]! <= rare || own.has(t))) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push(i, w);
      }
    });
    v.commonNorm = Math.sqrt(common);
  });

  // Pairs found, as parallel arrays (millions of small objects would cost more in garbage collection than the search).
  const foundI: number[] = [];
  const foundJ: number[] = [];
  const foundScore: number[] = [];
  const partial = new Float64Array(projects.length);
  const touched: number[] = [];
  vectors.forEach((v, i) => {
    v.terms.forEach((t, k) => {
      const list = postings.get(t);
      if (!list) return;
      const w = v.weights[k]!;
      for (let p = 0; p < list.length; p += 2) {
        const j = list[p]!;
        if (j <= i) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j]! += w * list[p + 1]!;
      }
    });
    for (const j of touched) {
      const bound = partial[j]! + v.commonNorm * vectors[j]!.commonNorm;
      partial[j] = 0;
      if (bound < minScore) continue;
      const score = cosine(v, vectors[j]!);
      if (score >= minScore) {
        foundI.push(i);
        foundJ.push(j);
        foundScore.push(score);
      }
    }
    touched.length = 0;
  });

  // The same title is always suggested, whatever the rest says.
  const seen = new Set(foundI.map((i, k) => i * projects.length + foundJ[k]!));
  const byTitle = new Map<string, number[]>();
  titleKeys.forEach((key, i) => {
    if (!key) return;
    const list = byTitle.get(key);
    if (list) list.push(i);
    else byTitle.set(key, [i]);
  });
  for (const list of byTitle.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        if (seen.has(i * projects.length + j)) continue;
        foundI.push(i);
        foundJ.push(j);
        foundScore.push(cosine(vectors[i]!, vectors[j]!));
      }

  const out: Suggestion[] = [];
  const order = Int32Array.from(foundI, (_, k) => k).sort((x, y) => foundScore[y]! - foundScore[x]! || foundI[x]! - foundI[y]! || foundJ[x]! - foundJ[y]!);
  for (const k of order) {
    const i = foundI[k]!;
    const j = foundJ[k]!;
    const a = projects[i]!.id;
    const b = projects[j]!.id;
    if (options.skip?.has(a < b ? `${a}|${b}` : `${b}|${a}`)) continue;
    out.push({ a, b, score: Math.min(1, foundScore[k]!), shared: sharedWords(vectors[i]!, vectors[j]!, surfaces) });
    if (out.length >= limit) break;
  }
  return out;
}

/** Every pair compared, for tests: what suggestPairs must agree with on pairs that share a rare word. */
export function allPairsForTest(projects: readonly Comparable[], minScore = 0.3): { a: string; b: string; score: number }[] {
  const { vectors } = vectorise(projects);
  const out: { a: string; b: string; score: number }[] = [];
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) {
      const score = cosine(vectors[i]!, vectors[j]!);
      if (score >= minScore) out.push({ a: projects[i]!.id, b: projects[j]!.id, score });
    }
  return out;
}

/** How many suggestions the page asks for at once; more are found as these are dealt with. */
export const SUGGESTION_BATCH = 2000;

/**
 * What the page says about the pairs left. When the search stopped at its batch size the true
 * number is not known, only that it is at least this many: saying "2000" would be wrong.
 */
export function suggestionCount(open: number, capped: boolean): string {
  if (open === 0) return capped ? 'Finding more suggestions.' : 'No suggestions left to look at.';
  const n = open.toLocaleString('en-GB');
  // Capped: these are the pairs found so far, not all there are, and the number falls as each is dealt with.
  return capped ? `${n} suggested pair${open === 1 ? '' : 's'} to look at, and there may be more: they appear as you work through these.` : `${n} suggested pair${open === 1 ? '' : 's'} to look at.`;
}

/** True when a capped batch has been worked down far enough to fetch the next (so the list never runs dry while more exist). */
export const needsTopUp = (open: number, fetched: number, batch = SUGGESTION_BATCH) => fetched >= batch && open < batch / 2;

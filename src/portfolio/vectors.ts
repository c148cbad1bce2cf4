/**
 * Projects as TF-IDF vectors over their words, and the cosine between two of
 * them: the measure similarity.ts ranks pairs by (its comment says how and why
 * the weights are chosen). Pure: nothing here knows about a review.
 */
import { words } from './tokens';

export interface Comparable {
  id: string;
  title: string;
  aim?: string;
  measures?: string;
}

export interface Vector {
  terms: Int32Array; // sorted term ids
  weights: Float64Array;
  commonNorm: number;
}

export interface Vectors {
  vectors: Vector[];
  /** Each project's title as folded words, sorted: the same key means the same title. */
  titleKeys: string[];
  df: Int32Array;
  /** Each term as first written, to show people. */
  surfaces: string[];
}

export function vectorise(projects: readonly Comparable[]): Vectors {
  const dictionary = new Map<string, number>();
  const surfaces: string[] = [];
  const bags: Int32Array[] = [];
  const counts: Float64Array[] = [];
  const titleKeys: string[] = [];
  let df = new Int32Array(1024);
  for (const p of projects) {
    // Term ids with their counts, in a plain array of pairs (no Map per project: 5,000 of them cost more in garbage than in work).
    const ids: number[] = [];
    const add = (text: string | undefined, weight: number) => {
      for (const w of words(text ?? '')) {
        let t = dictionary.get(w.key);
        if (t === undefined) {
          dictionary.set(w.key, (t = surfaces.length));
          surfaces.push(w.surface);
        }
        for (let k = 0; k < weight; k++) ids.push(t);
      }
    };
    add(p.title, 2);
    titleKeys.push(words(p.title).map((w) => w.key).sort().join(' '));
    add(p.aim, 1);
    add(p.measures, 1);
    ids.sort((x, y) => x - y);
    const terms: number[] = [];
    const tf: number[] = [];
    for (const t of ids) {
      if (terms[terms.length - 1] === t) tf[tf.length - 1]! += 1;
      else {
        terms.push(t);
        tf.push(1);
      }
    }
    if (surfaces.length > df.length) {
      const bigger = new Int32Array(surfaces.length * 2);
      bigger.set(df);
      df = bigger;
    }
    for (const t of terms) df[t]! += 1;
    bags.push(Int32Array.from(terms));
    counts.push(Float64Array.from(tf));
  }
  const n = projects.length;
  const vectors = bags.map((terms, i): Vector => {
    const tf = counts[i]!;
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = (1 + Math.log(tf[k]!)) * Math.log(1 + n / df[terms[k]!]!);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { terms, weights, commonNorm: 0 };
  });
  return { vectors, titleKeys, df, surfaces };
}

export function cosine(x: Vector, y: Vector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const a = x.terms[i]!;
    const b = y.terms[j]!;
    if (a === b) sum += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return sum;
}

export function sharedWords(x: Vector, y: Vector, surfaces: readonly string[], max = 6): string[] {
  const both: { t: number; w: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < x.terms.length && j < y.terms.length) {
    const a = x.terms[i]!;
    const b = y.terms[j]!;
    if (a === b) both.push({ t: a, w: x.weights[i++]! * y.weights[j++]! });
    else if (a < b) i++;
    else j++;
  }
  return both
    .sort((p, q) => q.w - p.w)
    .slice(0, max)
    .map((s) => surfaces[s.t]!);
}

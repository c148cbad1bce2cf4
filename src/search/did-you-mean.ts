/**
 * "Did you mean": corrects typing mistakes in a search from the site's own
 * words. At build time the titles, other names (aliases) and headings of every
 * page become a small list of phrases (`searchPhrases`); in the browser
 * `suggest` swaps each unknown word of a query for the closest known word, and
 * the search page offers the corrected search when the query found little or
 * the correction is one of the site's own phrases.
 */

/** Lower case words of a text: letters and digits, apostrophes kept inside words. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
}

/** Markdown headings (## and ###) of a page body, without their markup. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,3}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!.replace(/[*_`[\]]/g, '').replace(/\(([^)]*)\)/g, '$1').trim()).filter(Boolean);
}

/** The phrases for the list: lower case, each once, sorted, short enough to be a search. */
export function searchPhrases(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const phrase = words(t).join(' ');
    if (phrase && phrase.split(' ').length <= 8) out.add(phrase);
  }
  return [...out].sort();
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may be from the word it was meant to be. */
const allowed = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

export interface Suggestion {
  /** The corrected search, in lower case. */
  query: string;
  /** Whether the corrected search is one of the site's own phrases (a title, other name or heading). */
  isPhrase: boolean;
}

export interface Vocabulary {
  phrases: Set<string>;
  /** Each known word and how many phrases use it. */
  words: Map<string, number>;
}

export function vocabulary(phrases: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const p of phrases) for (const w of new Set(p.split(' '))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { phrases: new Set(phrases), words: counts };
}

/** The closest known word to `word`, or null when the word is known or nothing is close. */
function closest(word: string, known: Map<string, number>): string | null {
  if (known.has(word) || /^\d+$/.test(word)) return null;
  const limit = allowed(word.length);
  let best: { w: string; d: number; n: number } | null = null;
  for (const [w, n] of known) {
    if (Math.abs(w.length - word.length) > limit) continue;
    const d = distance(word, w);
    if (d > limit) continue;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { w, d, n };
  }
  return best?.w ?? null;
}

/** The query with its unknown words corrected, or null when nothing changes. */
export function suggest(query: string, vocab: Vocabulary): Suggestion | null {
  const given = words(query);
  if (!given.length) return null;
  let changed = false;
  const fixed = given.map((w) => {
    const c = closest(w, vocab.words);
    if (c) changed = true;
    return c ?? w;
  });
  if (!changed) return null;
  const q = fixed.join(' ');
  return { query: q, isPhrase: [...vocab.phrases].some((p) => p === q || p.startsWith(`${q} `) || p.endsWith(` ${q}`) || p.includes(` ${q} `)) };
}

/** Whether to offer a suggestion: the search found little, or the correction names something on the site. */
export const FEW_RESULTS = 3;
export function shouldOffer(s: Suggestion | null, found: number): s is Suggestion {
  return !!s && (found < FEW_RESULTS || s.isPhrase);
}

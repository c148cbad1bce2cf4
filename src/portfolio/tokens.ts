/**
 * Words for comparing projects: lower case, accents folded, stop words and
 * very short words dropped, and a light stemmer so that "discharges",
 * "discharged" and "discharging" meet as one word. The stemmer is deliberately
 * simple (a handful of English suffixes): it only has to make the same word
 * meet itself, not produce dictionary roots, and a full Porter stemmer would
 * cost more than it gives for project titles and aims.
 */

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can
  could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it
  its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than
  that the their them then there these they this those through to too under until up very was we were what when where which while
  who whom why will with would you your yours within across per via using use used make making project projects improve improving
  improvement improvements quality increase increasing reduce reducing reduction ensure new better`.split(/\s+/),
);

/** Suffixes tried longest first; the stem must keep at least three letters. */
const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 's', 'ly'];

export function stem(word: string): string {
  if (word.length <= 4 || /^\d+$/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      let base = word.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') base += 'y';
      // "admitted" -> "admitt" -> "admit"; "planning" -> "plann" -> "plan".
      if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|ff|zz)$/.test(base)) base = base.slice(0, -1);
      return base;
    }
  }
  return word;
}

export interface Word {
  /** The stem compared. */
  key: string;
  /** The word as first written, to show people. */
  surface: string;
}

/** The comparable words of a text, in order, repeats kept (term frequency counts them). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const raw of folded.split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOP.has(raw)) continue;
    const key = stem(raw);
    if (STOP.has(key)) continue;
    out.push({ key, surface: raw });
  }
  return out;
}

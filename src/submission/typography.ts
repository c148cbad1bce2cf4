/**
 * What the built page shows for a paragraph of the body text the forms write
 * (front-matter.ts `markdownText`): the site's Markdown processor applies smart
 * punctuation (straight quotes become curly, `--` an en dash, `---` an em dash,
 * `...` an ellipsis), except to characters escaped with a backslash. The
 * preview uses this so it shows the same characters as the page. The rules
 * follow CommonMark's smart punctuation (as in commonmark.js and
 * pulldown-cmark): quotes pair up by the same "flanking" test as emphasis.
 */

import { markdownText } from './front-matter';

/** One character of the paragraph: its text, and whether it was escaped (shown as typed). */
interface Piece {
  text: string;
  literal: boolean;
}

/** Splits Markdown source into characters, resolving backslash escapes and numeric character references. */
function pieces(source: string): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      out.push({ text: next, literal: true });
      i++;
      continue;
    }
    const ref = c === '&' ? /^&#(\d{1,7});/.exec(source.slice(i)) : null;
    if (ref) {
      out.push({ text: String.fromCodePoint(Number(ref[1])), literal: true });
      i += ref[0].length - 1;
      continue;
    }
    out.push({ text: c, literal: false });
  }
  return out;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** En and em dashes for a run of n hyphens, as CommonMark's smart punctuation splits it. */
function dashes(n: number): string {
  let em = 0;
  let en = 0;
  if (n % 3 === 0) em = n / 3;
  else if (n % 2 === 0) en = n / 2;
  else if (n % 3 === 2) {
    em = (n - 2) / 3;
    en = 1;
  } else {
    em = (n - 4) / 3;
    en = 2;
  }
  return '\u2014'.repeat(em) + '\u2013'.repeat(en);
}

/** The text the page shows for one paragraph of Markdown source (soft line breaks shown as spaces). */
export function builtText(source: string): string {
  const ps = pieces(source);
  const out: string[] = [];
  // Quote openers not yet closed: index in `out` and which quote.
  const openers: { at: number; quote: string }[] = [];
  for (let i = 0; i < ps.length; i++) {
    const { text: c, literal } = ps[i]!;
    if (literal) {
      out.push(c);
      continue;
    }
    if (c === '-' && ps[i + 1]?.text === '-' && !ps[i + 1]!.literal) {
      let n = 0;
      while (ps[i + n]?.text === '-' && !ps[i + n]!.literal) n++;
      out.push(dashes(n));
      i += n - 1;
      continue;
    }
    if (c === '.' && ps[i + 1]?.text === '.' && ps[i + 2]?.text === '.' && !ps[i + 1]!.literal && !ps[i + 2]!.literal) {
      out.push('\u2026');
      i += 2;
      continue;
    }
    if (c !== '"' && c !== "'") {
      out.push(c);
      continue;
    }
    const before = ps[i - 1]?.text;
    const after = ps[i + 1]?.text;
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    // Between two letters, or after a closing bracket, a ' is an apostrophe; after a digit a " is an inch mark.
    const canOpen = c === "'" ? left && (!right || isPunct(before)) && before !== ')' && before !== ']' : left && !/\d/.test(before ?? '');
    const canClose = c === "'" ? right && (!left || isPunct(after)) : right;
    out.push(c === "'" ? '\u2019' : '\u201C');
    if (canClose) {
      let k = openers.length - 1;
      while (k >= 0 && openers[k]!.quote !== c) k--;
      if (k >= 0) {
        out[openers[k]!.at] = c === "'" ? '\u2018' : '\u201C';
        out[out.length - 1] = c === "'" ? '\u2019' : '\u201D';
        openers.splice(k, 1);
        continue;
      }
      if (!canOpen) out[out.length - 1] = c === "'" ? '\u2019' : '\u201D';
    }
    if (canOpen) openers.push({ at: out.length - 1, quote: c });
  }
  return out.join('').replace(/\s*\n\s*/g, ' ');
}

/** The paragraphs the built page shows for text the forms write into a page's Markdown body. */
export const previewParagraphs = (text: string): string[] => markdownText(text).split('\n\n').filter(Boolean).map(builtText);

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/site/lib/csv';
import { allPairsForTest, suggestPairs } from '../../../src/portfolio/similarity';
import { stem, words } from '../../../src/portfolio/tokens';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/portfolio/${name}`, import.meta.url), 'utf8');
const csv = readCsv(fixture('invented-register.csv'));
if (!csv.ok) throw new Error(csv.error);
const register = csv.rows.map((r) => ({ id: r[0]!, title: r[1]!, aim: r[2]!, measures: r[7]! }));
const known: [string, string][] = JSON.parse(fixture('invented-register.duplicates.json')).duplicates;

describe('words', () => {
  it('folds case and accents, drops stop words and meets word forms at one stem', () => {
    expect(words('Reducing the DISCHARGES, discharged patients: discharging café').map((w) => w.key)).toEqual(['discharg', 'discharg', 'patient', 'discharg', 'cafe']);
    expect(stem('admitted')).toBe('admit');
    expect(stem('therapies')).toBe('therapy');
    expect(stem('falls')).toBe('fall');
  });
});

describe('suggestPairs on the invented register', () => {
  const suggestions = suggestPairs(register, { limit: 100000 });
  const keyOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const rank = new Map(suggestions.map((s, i) => [keyOf(s.a, s.b), i]));

  it('finds every known duplicate', () => {
    expect(register.length).toBeGreaterThan(300);
    expect(known.length).toBeGreaterThan(20);
    const missing = known.filter(([a, b]) => !rank.has(keyOf(a, b)));
    expect(missing).toEqual([]);
  });

  it('ranks most known duplicates near the top, among projects on the same topics and wards', () => {
    const top = suggestions.slice(0, 2 * known.length);
    const real = new Set(known.map(([a, b]) => keyOf(a, b)));
    expect(top.filter((s) => real.has(keyOf(s.a, s.b))).length / known.length).toBeGreaterThanOrEqual(0.7);
  });

  it('shows the words a pair shares', () => {
    const [a, b] = known[0]!;
    const s = suggestions.find((x) => keyOf(x.a, x.b) === keyOf(a, b))!;
    expect(s.shared.length).toBeGreaterThan(1);
    const pa = register.find((p) => p.id === a)!;
    for (const w of s.shared) expect(`${pa.title} ${pa.aim} ${pa.measures}`.toLowerCase()).toContain(w.slice(0, 3));
  });

  it('leaves out pairs the person dismissed or already related', () => {
    const [a, b] = known[0]!;
    expect(suggestPairs(register, { skip: new Set([keyOf(a, b)]) }).some((s) => keyOf(s.a, s.b) === keyOf(a, b))).toBe(false);
  });

  it('is ranked best first, and every score is between the threshold and 1', () => {
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);
    for (const s of suggestions) expect(s.score).toBeGreaterThanOrEqual(0.3);
  });
});

describe('candidate generation agrees with comparing every pair', () => {
  it('finds every pair above the threshold that comparing all pairs finds, on the register', () => {
    const all = allPairsForTest(register, 0.45);
    const quick = suggestPairs(register, { minScore: 0.45, limit: 100000 });
    expect(quick.length).toBe(all.length);
  });

  it('never suggests a pair with no word in common, and never the same pair twice (property)', () => {
    const vocab = ['falls', 'ward', 'discharge', 'sepsis', 'insulin', 'carers', 'larch', 'birch', 'clinic', 'audit', 'waiting', 'smoking'];
    const project = fc.record({ title: fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 5 }), aim: fc.array(fc.constantFrom(...vocab), { maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(project, { minLength: 2, maxLength: 30 }), (list) => {
        const projects = list.map((p, i) => ({ id: `p${i}`, title: p.title.join(' '), aim: p.aim.join(' ') }));
        const out = suggestPairs(projects, { minScore: 0.2, limit: 10000 });
        const seen = new Set<string>();
        for (const s of out) {
          expect(s.shared.length).toBeGreaterThan(0);
          expect(s.a).not.toBe(s.b);
          const k = s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}`;
          expect(seen.has(k)).toBe(false);
          seen.add(k);
        }
      }),
    );
  });
});

describe('identical titles at trust scale', () => {
  it('always suggests two projects with the same title, aim and measures among 5,000', async () => {
    const { inventRegister } = await import('../../../scripts/portfolio-register.mjs');
    const { projects } = inventRegister(5000) as { projects: { id: string; title: string; aim: string; measures: string }[] };
    const twin = { title: 'Improve falls handover', aim: 'Cut inpatient falls by improving handover', measures: 'Falls per month' };
    const all = [...projects, { id: 'twin-a', ...twin }, { id: 'twin-b', ...twin }, { id: 'twin-c', ...twin, title: 'improve  FALLS handover' }];
    const found = suggestPairs(all).filter((s) => s.a.startsWith('twin') && s.b.startsWith('twin'));
    expect(found).toHaveLength(3);
  });
});

describe('the count of suggestions left', () => {
  it('says "at least" when the search stopped at its batch, and asks for more when half are dealt with', async () => {
    const { suggestionCount, needsTopUp, SUGGESTION_BATCH } = await import('../../../src/portfolio/similarity');
    expect(suggestionCount(SUGGESTION_BATCH, true)).toBe('2,000 suggested pairs to look at, and there may be more: they appear as you work through these.');
    expect(suggestionCount(1999, true)).toBe('1,999 suggested pairs to look at, and there may be more: they appear as you work through these.');
    expect(suggestionCount(1, false)).toBe('1 suggested pair to look at.');
    expect(suggestionCount(0, false)).toBe('No suggestions left to look at.');
    expect(needsTopUp(1001, SUGGESTION_BATCH)).toBe(false);
    expect(needsTopUp(999, SUGGESTION_BATCH)).toBe(true);
    expect(needsTopUp(10, 10)).toBe(false);
  });

  it('finds the next pairs when the first batch is dealt with', () => {
    const projects = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, title: `Falls audit ${i % 2 ? 'north' : 'south'} ward`, aim: '', measures: '' }));
    const first = suggestPairs(projects, { limit: 10 });
    const key = (s: { a: string; b: string }) => (s.a < s.b ? `${s.a}|${s.b}` : `${s.b}|${s.a}`);
    const skip = new Set(first.map(key));
    const next = suggestPairs(projects, { limit: 10, skip });
    expect(next).toHaveLength(10);
    for (const s of next) expect(skip.has(key(s))).toBe(false);
  });
});

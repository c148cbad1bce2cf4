import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/charts/maker/evaluate';
import { blankChart, type ChartDoc } from '../../../../src/charts/maker/model';
import { baselineMessage, onMedianWords, runSummary } from '../../../../src/charts/maker/run-summary';
import { EPISODES_LISTED_UP_TO, episodeCounts, episodes, screenedWords, spcSummary } from '../../../../src/charts/maker/spc-summary';
import { pointNotes } from '../../../../src/charts/maker/point-notes';

const doc = (patch: Partial<ChartDoc>): ChartDoc => ({ ...blankChart('Test'), ...patch });
/** Weekly data from 1 January 2025, one value a line. */
const weekly = (values: number[]) =>
  values
    .map((v, i) => {
      const d = new Date(Date.UTC(2025, 0, 1 + 7 * i));
      return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}\t${v}`;
    })
    .join('\n');

describe('the run chart in words', () => {
  it('gets one and many points on the median right', () => {
    expect(onMedianWords(0)).toBe('');
    expect(onMedianWords(1)).toBe('1 point is on the median: it is not counted in runs.');
    expect(onMedianWords(3)).toBe('3 points are on the median: they are not counted in runs.');
  });

  it('names a shift with its points and dates, and every rule with its meaning', () => {
    const values = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 15, 16, 15, 17, 16, 15, 16, 17];
    const ev = evaluate(doc({ data: weekly(values) }));
    const s = runSummary(ev.run!, ev.points);
    expect(s.headline).toBe(
      "Signals of non-random variation. Anhøj's rules: an unusually long run (8 points above the median from 12 March 2025 to 30 April 2025); too few runs. " +
        'IHI rules: a shift (7 points below the median from 1 January 2025 to 26 February 2025); a shift (8 points above the median from 12 March 2025 to 30 April 2025); too few runs (2 runs, fewer than 5).',
    );
    expect(s.centre).toBe('Median 12, from all 18 points.');
    const rule = (id: string) => s.rules.find((r) => r.id === id)!;
    expect(rule('shift').found).toBe(true);
    expect(rule('ihi-shift').found).toBe(true);
    expect(rule('astronomical').found).toBeNull();
    // 15 points not on the median make 2 runs; the IHI table gives 5 to 12 for 15 points.
    expect(rule('ihi-runs').found).toBe(true);
    expect(rule('ihi-runs').detail).toBe(
      '2 runs, from 15 points not on the median. For 15 points, expect 5 to 12 runs by chance (random data falls outside this range only about 1 time in 20): fewer is too few, more is too many (Perla, Provost and Murray, 2011).',
    );
    // Not tested, and says why in plain words.
    expect(rule('astronomical').detail).toMatch(/The IHI leaves this to the eye/);
    for (const r of s.rules) expect(`${r.name} ${r.meaning} ${r.detail}`).not.toMatch(/, very|\s,/);
    for (const r of s.rules) expect(r.meaning.length).toBeGreaterThan(20);
    // Three points are on the median (12): they are counted as on it, not in runs.
    expect(s.onMedian).toBe(3);
  });

  it('lists every signal under the rule set that found it: an IHI shift is not called a shift by Anhøj', () => {
    const labelled = [6, 7, 5, 8, 6, 9, 5, 7, 1, 2, 3, 4, 2, 3, 5, 1].map((v, i) => `P${i + 1}\t${v}`).join('\n');
    const ev = evaluate(doc({ data: labelled }));
    const s = runSummary(ev.run!, ev.points);
    expect(s.headline).toBe(
      "Signals of non-random variation. Anhøj's rules: too few runs. IHI rules: a shift (6 points above the median from P1 to P8); a shift (7 points below the median from P9 to P16); too few runs (2 runs, fewer than 4).",
    );
    // Anhøj's longest run allowed for 13 useful points is 7: no unusually long run, which the rule row says.
    expect(s.rules.find((r) => r.id === 'shift')!.found).toBe(false);
    // 6 runs of 3 or 4 in 20 points: 5 crossings, fewer than the 6 Anhøj's rule needs; but no IHI shift of 6,
    // and 6 runs is inside the IHI table's 6 to 16 for 20 points, so the IHI set says "no signal".
    const blocks = [1, 1, 1, 9, 9, 9, 9, 1, 1, 1, 9, 9, 9, 1, 1, 1, 1, 9, 9, 9];
    const anhoejOnly = evaluate(doc({ data: weekly(blocks) }));
    expect(runSummary(anhoejOnly.run!, anhoejOnly.points).headline).toBe(
      "Signals of non-random variation. Anhøj's rules: too few runs. IHI rules: no signal. The two sets of rules use different limits, so one can find a signal the other does not.",
    );
  });

  it('the IHI runs rule: too many runs, the limit itself, and charts the table does not cover', () => {
    const rule = (values: number[]) => {
      const ev = evaluate(doc({ data: weekly(values) }));
      const s = runSummary(ev.run!, ev.points);
      return { s, r: s.rules.find((x) => x.id === 'ihi-runs')! };
    };
    // 12 points alternating across the median: 12 runs, more than the 11 the table allows.
    const zigzag = rule([1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9]);
    expect(zigzag.r.found).toBe(true);
    expect(zigzag.s.headline).toMatch(/IHI rules: too many runs \(12 runs, more than 11\)\. The two sets of rules use different limits/);
    // 11 runs in 12 points is the upper limit itself: no signal.
    const atLimit = rule([1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 9, 1]);
    expect(atLimit.r.found).toBe(false);
    expect(atLimit.r.detail).toMatch(/^11 runs, from 12 points not on the median\. For 12 points, expect 3 to 11 runs by chance/);
    // 9 points: the table starts at 10, so the rule is not tested.
    const short = rule([1, 9, 1, 9, 1, 9, 1, 9, 5]);
    expect(short.r.found).toBeNull();
    expect(short.r.detail).toBe('8 runs, from 8 points not on the median. The table of runs (Perla, Provost and Murray, 2011) starts at 10 points not on the median, so this rule cannot be applied yet.');
    // 64 points: past the table's end.
    const long = rule(Array.from({ length: 64 }, (_, i) => (i % 4 < 2 ? 1 : 9)));
    expect(long.r.found).toBeNull();
    expect(long.r.detail).toMatch(/stops at 60 points not on the median, so this rule is not applied/);
  });

  it('claims chance only when every rule could be applied', () => {
    const headline = (values: number[]) => {
      const ev = evaluate(doc({ data: weekly(values) }));
      return runSummary(ev.run!, ev.points).headline;
    };
    // Twelve equal values: all on the median, nothing varies.
    expect(headline(Array(12).fill(5))).toBe('Every point is on the median, so there is no variation for the rules to test.');
    // A perfect zigzag of 62 points is past the table's 60: nothing tests for too many runs, so no claim of chance.
    expect(headline(Array.from({ length: 62 }, (_, i) => (i % 2 ? 9 : 1)))).toBe(
      'No signal from the rules that could be applied. The table of runs stops at 60 points not on the median, so nothing here tests for too many runs: see each rule below.',
    );
    // 9 points, 3 of them on the median (5): the runs table starts at 10.
    expect(headline([3, 5, 4, 6, 5, 3, 6, 4, 5])).toBe(
      'No signal from the rules that could be applied. With only 6 points not on the median, some rules need more points: see each rule below.',
    );
    // 20 points in 10 runs of 1 to 3, with every rule applied and none firing.
    expect(headline([7, 9, 1, 8, 8, 7, 1, 1, 8, 3, 1, 9, 8, 9, 3, 2, 8, 9, 2, 2])).toBe('No signal of non-random variation: the points vary around the median as chance would.');
  });

  it('says a rule needs more points rather than "fewer than 0 would be a signal"', () => {
    const ev = evaluate(doc({ data: 'A\t1\nB\t2' }));
    const s = runSummary(ev.run!, ev.points);
    const detail = (id: string) => s.rules.find((r) => r.id === id)!.detail;
    expect(detail('crossings')).toMatch(/cannot give a signal yet \(Anhøj's rule needs more points\)/);
    expect(detail('crossings')).not.toMatch(/Fewer than 0/);
    expect(detail('shift')).toMatch(/cannot give a signal yet/);
  });

  it('says what the baseline box does with a number it cannot use', () => {
    expect(baselineMessage(false, 10, 26)).toEqual({ error: true, text: 'Enter a whole number of 2 or more, or leave it empty. The chart still uses the first 10 points.' });
    expect(baselineMessage(false, null, 26)?.text).toMatch(/still uses all the points\.$/);
    expect(baselineMessage(true, 999, 26)).toEqual({ error: false, text: 'Your data has 26 points, fewer than 999, so the median is worked out from all of them.' });
    expect(baselineMessage(true, 10, 26)).toBeNull();
    expect(baselineMessage(true, null, 26)).toBeNull();
  });

  it('says when the variation looks random', () => {
    const ev = evaluate(doc({ data: weekly([5, 7, 4, 8, 5, 6, 7, 4, 6, 5, 8, 4]) }));
    const s = runSummary(ev.run!, ev.points);
    expect(s.headline).toMatch(/^No signal/);
    expect(s.rules.filter((r) => r.found)).toEqual([]);
  });

  it('says a baseline median comes from the first points', () => {
    const ev = evaluate(doc({ data: weekly([1, 2, 3, 4, 5, 6, 7, 8]), baseline: 4 }));
    expect(runSummary(ev.run!, ev.points).centre).toBe('Median 2.5, from the first 4 points (the baseline).');
  });
});

describe('the SPC chart in words', () => {
  const values = [10, 12, 9, 11, 10, 12, 9, 11, 10, 12, 10, 11, 15, 16, 15, 17, 16, 15, 16, 17];

  it('writes each stretch of special cause with the direction of improvement', () => {
    const ev = evaluate(doc({ data: weekly(values), kind: 'spc', direction: 'increase' }));
    const s = spcSummary(ev.spc!, ev.points);
    expect(s.episodes.map((e) => e.text)).toEqual([
      'Special cause concern: 12 points below the mean from 1 January 2025 to 19 March 2025',
      'Special cause improvement: 8 points above the mean and close to the upper process limit (2 out of 3) from 26 March 2025 to 14 May 2025',
    ]);
    expect(s.variation).toBe('Latest point: special cause improvement.');
    expect(s.assurance).toBeNull();
    const concern = spcSummary(evaluate(doc({ data: weekly(values), kind: 'spc', direction: 'decrease' })).spc!, ev.points);
    expect(concern.episodes.map((e) => e.text.split(':')[0])).toEqual(['Special cause improvement', 'Special cause concern']);
    const neutral = spcSummary(evaluate(doc({ data: weekly(values), kind: 'spc', direction: 'neutral' })).spc!, ev.points);
    expect(neutral.episodes.map((e) => e.text.split(':')[0])).toEqual(['Special cause variation (lower)', 'Special cause variation (higher)']);
  });

  it('counts a long list of stretches by type, most common first', () => {
    // Blocks of 8 points at 20 then 8 at 10: every block is a stretch of its own, beyond the limits.
    const blocks = Array.from({ length: 160 }, (_, i) => (Math.floor(i / 8) % 2 ? 10 : 20));
    const found = episodes(evaluate(doc({ data: weekly(blocks), kind: 'spc', direction: 'increase' })).spc!, evaluate(doc({ data: weekly(blocks) })).points);
    expect(found.length).toBe(20);
    expect(found.length).toBeGreaterThan(EPISODES_LISTED_UP_TO);
    expect(episodeCounts(found)).toBe('20 stretches of special cause points: 10 special cause improvement and 10 special cause concern.');
    expect(episodeCounts([{ type: 'concern' }, { type: 'neutral-high' }, { type: 'neutral-high' }])).toBe(
      '3 stretches of special cause points: 2 special cause variation (higher) and 1 special cause concern.',
    );
    expect(episodeCounts([{ type: 'improvement' }])).toBe('1 stretch of special cause points: 1 special cause improvement.');
  });

  it('joins neighbouring points of one type, whichever rule marked them', () => {
    const ev = evaluate(doc({ data: weekly(values), kind: 'spc' }));
    const found = episodes(ev.spc!, ev.points);
    for (const e of found) for (let i = e.start; i <= e.end; i++) expect(ev.spc!.points[i]!.type).toBe(e.type);
    for (let k = 1; k < found.length; k++) expect(found[k]!.start > found[k - 1]!.end + 1 || found[k]!.type !== found[k - 1]!.type).toBe(true);
  });

  it('assumes no direction of improvement: a new chart shows special causes as neutral, and no assurance, until the person chooses', () => {
    expect(blankChart().direction).toBeNull();
    const ev = evaluate(doc({ data: weekly(values), kind: 'spc', target: 100 }));
    const types = new Set(ev.spc!.points.map((p) => p.type));
    expect([...types].filter((t) => t === 'improvement' || t === 'concern')).toEqual([]);
    expect([...types].some((t) => t === 'neutral-high' || t === 'neutral-low')).toBe(true);
    expect(spcSummary(ev.spc!, ev.points).assurance).toBeNull();
  });

  it('says which moving ranges were screened out of the limits, in the summary and the table notes', () => {
    // Moving ranges 1,1,1,1,20,20,1,1,1,1,1: mean 49/11, screening limit 3.267 × that = 14.55.
    const ev = evaluate(doc({ data: weekly([10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11]), kind: 'spc', direction: 'increase' }));
    const s = spcSummary(ev.spc!, ev.points);
    expect(s.periods[0]).toMatch(
      /2 moving ranges at or above the screening limit of 14\.55 \(3\.267 times the average moving range\) were left out when working out the limits/,
    );
    expect(pointNotes(ev).map((n, i) => (n ? i : -1)).filter((i) => i >= 0)).toEqual([5, 6]);
    expect(screenedWords({ screenedOut: [3], screeningLimit: 2 })).toMatch(/^ 1 moving range at or above .* was left out/);
    expect(screenedWords({ screenedOut: [], screeningLimit: 2 })).toBe('');
  });

  it('when every value is the same: says so, screens nothing out, and gives no assurance verdict', () => {
    const ev = evaluate(doc({ data: weekly(Array(15).fill(5)), kind: 'spc', direction: 'decrease', target: 5 }));
    const s = spcSummary(ev.spc!, ev.points);
    expect(ev.spc!.assurance).toBeNull();
    expect(s.periods[0]).toBe('Mean 5, no process limits: every value is the same, so there is no variation to work them out from.');
    expect(s.assurance).toBe('No assurance against the target of 5: it is judged from the process limits, and the chart has none.');
    expect(pointNotes(ev).filter(Boolean)).toEqual([]);
  });

  it('says one thing when there are no limits: no word of trial limits', () => {
    const ev = evaluate(doc({ data: weekly([5, 5, 5, 5, 5]), kind: 'spc' }));
    const s = spcSummary(ev.spc!, ev.points);
    expect(s.periods[0]).toMatch(/no process limits/);
    expect(s.periods[0]).not.toMatch(/trial/);
  });

  it('gives assurance against a target, and each period its limits', () => {
    const ev = evaluate(doc({ data: weekly(values), kind: 'spc', direction: 'increase', target: 100, rebaseAt: ['2025-03-26'] }));
    const s = spcSummary(ev.spc!, ev.points);
    expect(s.assurance).toMatch(/^The process will consistently miss the target of 100/);
    expect(s.periods).toHaveLength(2);
    expect(s.periods[1]).toMatch(/^From 26 March 2025 to 14 May 2025: mean 15.88, process limits .* trial limits\.$/);
  });
});

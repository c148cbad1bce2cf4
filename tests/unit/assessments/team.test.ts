import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../../src/site/lib/csv';
import { decodeShare, encodeShare, shareLinksIn } from '../../../src/assessments/transfer/share-link';
import fc from 'fast-check';
import { addParticipants, instrumentsInUse, median, participant, participantFromRecord, participantFromShare, scaleWords, spread, summarise, teamCsvTable } from '../../../src/assessments/team';
import { agree, catalogue, rating, richRecord } from '../fixtures/instruments';

const p = (values: Record<string, number>, at = '2025-03-01T10:00:00.000Z', instrument = 'readiness') => participant(instrument, at, values, 'link');

describe('statistics', () => {
  it('median of odd and even counts, and of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 5])).toBe(3);
    expect(median([])).toBeUndefined();
  });

  it('spread is 0 for agreement and grows with disagreement', () => {
    expect(spread([3, 3, 3])).toBe(0);
    expect(spread([0, 5])).toBe(2.5);
  });
});

describe('team summary', () => {
  const people = [
    p({ open: 0, ideas: 3, learn: 2 }, '2025-03-01T10:00:00.000Z'),
    p({ open: 5, ideas: 3 }, '2025-03-01T11:00:00.000Z'),
    p({ open: 4, ideas: 2, learn: 2 }, '2025-03-01T12:00:00.000Z'),
    p({ 'clear-vision': 5 }, '2025-03-01T12:00:00.000Z', 'well-led'),
  ];
  const summary = summarise(rating, people);

  it('counts only participants of this instrument', () => {
    expect(summary.participants).toBe(3);
  });

  it('gives per item: how many answered, median, range and distribution', () => {
    const [open, ideas, learn] = summary.items;
    expect(open).toMatchObject({ n: 3, median: 4, min: 0, max: 5, range: 5, distribution: [1, 0, 0, 0, 1, 1] });
    expect(ideas).toMatchObject({ n: 3, median: 3, range: 1, distribution: [0, 0, 1, 2, 0, 0] });
    expect(learn).toMatchObject({ n: 2, median: 2, range: 0 });
  });

  it('highlights the items people disagree on most', () => {
    expect(summary.threshold).toBe(3);
    expect(summary.items.map((i) => i.disagree)).toEqual([true, false, false]);
    expect(summary.mostDisagreement).toEqual(['open']);
    // On a 1–5 scale, a 2-point range is half the scale.
    const s = summarise(agree, [p({ strategy: 2 }, undefined, 'well-led'), p({ strategy: 4 }, '2025-03-02T00:00:00.000Z', 'well-led')]);
    expect(s.threshold).toBe(2);
    expect(s.items.find((i) => i.id === 'strategy')!.disagree).toBe(true);
  });

  it('names at most five items as most disagreed on, and counts every flagged one', () => {
    const items = Array.from({ length: 7 }, (_, k) => ({ id: `s${k}`, text: `Statement ${k + 1}.` }));
    const seven = { ...rating, sections: [{ id: 'all', title: 'All', items }] };
    const low = Object.fromEntries(items.map((i) => [i.id, 0]));
    const high = Object.fromEntries(items.map((i, k) => [i.id, k < 2 ? 5 : 4]));
    const s = summarise(seven, [p(low), p(high, '2025-03-02T00:00:00.000Z')]);
    expect(s.disagreeing).toBe(7);
    expect(s.mostDisagreement).toHaveLength(5);
    expect(s.mostDisagreement.slice(0, 2)).toEqual(['s0', 's1']);
    expect(summary.disagreeing).toBe(1);
  });

  it('rounds a section average halfway between two points up, for the counts', () => {
    const s = summarise(rating, [p({ open: 3, ideas: 4 })]);
    expect(s.sections[0]!.distribution).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it('gives per section the spread of each person’s mean score', () => {
    expect(summary.sections[0]).toMatchObject({ n: 3, min: 1.7, max: 4, median: 2.7, distribution: [0, 0, 1, 1, 1, 0] });
  });

  it('exports the summary as a CSV table', () => {
    const { header, rows } = teamCsvTable(summary);
    expect(header).toEqual(['level', 'section', 'item_id', 'item_text', 'answered', 'median', 'min', 'max', 'range', 'count_0', 'count_1', 'count_2', 'count_3', 'count_4', 'count_5', 'disagreement']);
    expect(rows[0]).toEqual(['section', 'Your readiness', 'statements', '', '3', '2.7', '1.7', '4', '2.3', '0', '0', '1', '1', '1', '0', '']);
    expect(rows[1]).toEqual(['item', 'Your readiness', 'open', 'We are open to new initiatives.', '3', '4', '0', '5', '5', '1', '0', '0', '0', '1', '1', 'high']);
    const csv = readCsv(writeCsv(header, rows));
    expect(csv.ok && csv.rows).toEqual(rows);
  });
});

describe('participants and duplicates', () => {
  it('counts the same link twice once', () => {
    const a = p({ open: 1 });
    const { participants, duplicates } = addParticipants([a], [p({ open: 1 }), p({ open: 1 })]);
    expect(participants).toHaveLength(1);
    expect(duplicates).toBe(2);
  });

  it('counts a link and an export of the same answers once, but two people with the same scores at different times twice', () => {
    const record = richRecord();
    const decoded = decodeShare(encodeShare(record, rating), catalogue);
    if (!decoded.ok) throw new Error('bad link');
    const fromLink = participant(decoded.result.instrument, decoded.result.answeredAt, decoded.result.values, 'link');
    const fromFile = participantFromRecord(record, 'alice.json')!;
    expect(fromFile.values).toEqual({ open: 3, ideas: 0 });
    expect(addParticipants([fromLink], [fromFile]).duplicates).toBe(1);
    const other = participantFromRecord({ ...record, updatedAt: '2025-03-04T10:00:00.000Z' }, 'bob.json')!;
    expect(addParticipants([fromLink], [other]).participants).toHaveLength(2);
  });

  it('skips a record with no scores, and lists instruments by how many answered', () => {
    expect(participantFromRecord({ ...richRecord(), answers: {} }, 'x')).toBeUndefined();
    expect(instrumentsInUse([p({ open: 1 }), p({ open: 2 }, '2025-01-01T00:00:00.000Z'), p({ strategy: 1 }, undefined, 'well-led')])).toEqual(['readiness', 'well-led']);
  });
});

describe('scale words', () => {
  it('give only the labels that add something to the number', () => {
    expect(scaleWords(rating.scale.points)).toBe('0 to 5, where 0 = not at all and 5 = fully');
    expect(scaleWords(agree.scale.points)).toBe('1 to 5, where 1 = Strongly disagree; 2 = Disagree; 3 = Neither; 4 = Agree; 5 = Strongly agree');
    expect(scaleWords([1, 2, 3].map((v) => ({ value: v, label: String(v) })))).toBe('1 to 3');
  });
});

describe('share links with no answers', () => {
  it('are not a participant', () => {
    expect(participantFromShare({ instrument: 'readiness', answeredAt: '2025-03-01T10:00:00.000Z', values: {} }, 'link')).toBeUndefined();
    expect(participantFromShare({ instrument: 'readiness', answeredAt: '2025-03-01T10:00:00.000Z', values: { open: 2 } }, 'link')).toEqual(p({ open: 2 }));
  });
});

describe('pasted links', () => {
  const link = (values: Record<string, number>) => encodeShare({ ...richRecord(), answers: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, at: '2025-03-01T10:00:00.000Z' }])) }, rating);

  it('are found however people sent them, with the words around them left out', () => {
    const a = link({ open: 3 });
    const b = link({ open: 1, ideas: 2 });
    const pasted = `Hi all, here are ours.\r\nTom: https://qi.example/assessments/shared/${a} thanks!\n\n<https://qi.example/assessments/shared/${b}>\rBoth: ${a} ${b}.\nSee you Tuesday`;
    expect(shareLinksIn(pasted)).toEqual([a, b, a, b]);
    expect(shareLinksIn(pasted).map((l) => decodeShare(l, catalogue).ok)).toEqual([true, true, true, true]);
  });

  it('keep a line that looks like an address but has no link, for its problem to be said, and leave out lines of words', () => {
    expect(shareLinksIn('https://qi.example/assessments/shared/\nthanks everyone\nSee ticket #42\n#r1.abc')).toEqual(['https://qi.example/assessments/shared/', '#r1.abc']);
    expect(shareLinksIn(' \n ')).toEqual([]);
    expect(decodeShare('https://qi.example/assessments/shared/', catalogue)).toMatchObject({ ok: false, problem: 'missing' });
  });

  it('finds every link in any text around it, and reads each as it was', () => {
    const words = fc.string({ maxLength: 20 }).filter((t) => !t.includes('#r='));
    fc.assert(
      fc.property(fc.array(fc.tuple(words, fc.subarray(['open', 'ideas', 'learn'], { minLength: 1 }), fc.constantFrom(' ', '\n', ' and ', '\t')), { minLength: 1, maxLength: 4 }), words, (parts, end) => {
        const links = parts.map(([, items]) => link(Object.fromEntries(items.map((id, i) => [id, i % 3]))));
        const text = parts.map(([before, , gap], i) => `${before}${gap}https://qi.example/s/${links[i]}`).join(' ') + ` ${end}`;
        const found = shareLinksIn(text).filter((l) => l.startsWith('#r='));
        expect(found).toEqual(links);
      }),
    );
  });
});

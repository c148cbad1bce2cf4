import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { blankChart, checkChart, MAX_DATA_CHARS, MAX_MARKS, MAX_NOTE, MAX_TITLE, validChart } from '../../../../src/charts/maker/model';

/** The chart's shape as a zod schema: the reference the hand-written check must agree with. */
const reference = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TITLE)),
  kind: z.enum(['run', 'spc']),
  data: z.string().check(z.maxLength(MAX_DATA_CHARS)),
  baseline: z.nullable(z.int().check(z.minimum(1))),
  direction: z.nullable(z.enum(['increase', 'decrease', 'neutral'])),
  target: z.nullable(z.number()),
  rebaseAt: z.array(z.string().check(z.minLength(1), z.maxLength(MAX_DATA_CHARS))).check(z.maxLength(MAX_MARKS)),
  annotations: z
    .array(
      z.object({
        point: z.string().check(z.minLength(1), z.maxLength(MAX_DATA_CHARS)),
        text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NOTE)),
      }),
    )
    .check(z.maxLength(MAX_MARKS)),
});

const agree = (value: unknown) => {
  const mine = checkChart(value);
  const ref = reference.safeParse(value);
  expect(mine.ok).toBe(ref.success);
  if (mine.ok && ref.success) expect(mine.value).toEqual(ref.data);
};

const valid = {
  title: '  Falls on ward 7 ',
  kind: 'spc',
  data: 'Month\tFalls\n01/01/2025\t4',
  baseline: null,
  direction: 'decrease',
  target: 3.5,
  rebaseAt: ['2025-03-01'],
  annotations: [{ point: '2025-01-01', text: ' PDSA 2 started ' }],
};

describe('the chart check', () => {
  it('accepts a chart and trims its title and notes, as the schema does', () => {
    agree(valid);
    expect(validChart(valid).title).toBe('Falls on ward 7');
    expect(validChart(valid).annotations[0]!.text).toBe('PDSA 2 started');
    agree(blankChart());
  });

  it('refuses what the schema refuses', () => {
    const broken: unknown[] = [
      null,
      [],
      'chart',
      { ...valid, title: '   ' },
      { ...valid, title: 'x'.repeat(MAX_TITLE + 1) },
      { ...valid, kind: 'p' },
      { ...valid, data: 5 },
      { ...valid, baseline: 0 },
      { ...valid, baseline: 2.5 },
      { ...valid, target: Number.NaN },
      { ...valid, target: Infinity },
      { ...valid, target: '3' },
      { ...valid, rebaseAt: [''] },
      { ...valid, rebaseAt: [3] },
      { ...valid, rebaseAt: Array.from({ length: MAX_MARKS + 1 }, (_, i) => `Week ${i + 1}`) },
      { ...valid, annotations: [{ point: '', text: 'x' }] },
      { ...valid, annotations: [{ at: 1, text: 'x' }] },
      { ...valid, annotations: [{ point: 'a', text: '' }] },
      { ...valid, annotations: [null] },
      { ...valid, direction: undefined },
    ];
    for (const b of broken) {
      expect(checkChart(b).ok).toBe(false);
      agree(b);
    }
    expect(() => validChart({})).toThrow(/Not a valid chart/);
  });

  it('agrees with the schema on random and mutated charts', () => {
    const anything = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -2, max: 3 }),
      fc.double(),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('run', 'spc', 'increase', 'neutral', '  '),
    );
    const chart = fc.record({
      title: fc.oneof(fc.string({ maxLength: 130 }), anything),
      kind: fc.oneof(fc.constantFrom('run', 'spc'), anything),
      data: fc.oneof(fc.string(), anything),
      baseline: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 40 }), anything),
      direction: fc.oneof(fc.constantFrom('increase', 'decrease', 'neutral', null), anything),
      target: fc.oneof(fc.constant(null), fc.double(), anything),
      rebaseAt: fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1, max: 30 })), { maxLength: 5 }), anything),
      annotations: fc.oneof(
        fc.array(fc.record({ point: fc.oneof(fc.string({ maxLength: 3 }), anything), text: fc.oneof(fc.string({ maxLength: 90 }), anything) }), {
          maxLength: 3,
        }),
        anything,
      ),
    });
    fc.assert(fc.property(chart, (c) => agree(c)));
  });
});

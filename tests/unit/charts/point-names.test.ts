import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameNames } from '../../../src/charts/components/PointMarks';

describe('sameNames (whether the point picker can keep its options)', () => {
  it('is true exactly when the lists hold the same names in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1 Jan 2025', '2 Jan 2025', 'Week 1')), fc.array(fc.constantFrom('1 Jan 2025', '2 Jan 2025', 'Week 1')), (a, b) => {
        expect(sameNames(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameNames(a, [...a])).toBe(true);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qbinom } from '../../../src/charts/rules/binomial';
import reference from '../../fixtures/charts/qbinom.json';

describe('qbinom', () => {
  it("matches R's qbinom(0.05, n, 0.5) for every n the fixture holds", () => {
    expect(reference.n.length).toBeGreaterThan(300);
    const ours = reference.n.map((n) => qbinom(0.05, n, 0.5));
    expect(ours).toEqual(reference.q);
  });

  it('answers the edges as R does', () => {
    expect(qbinom(0.05, 0, 0.5)).toBe(0);
    expect(qbinom(0, 10, 0.5)).toBe(0);
    expect(qbinom(1, 10, 0.5)).toBe(10);
    expect(qbinom(0.5, 10, 0)).toBe(0);
    expect(qbinom(0.5, 10, 1)).toBe(10);
    expect(() => qbinom(0.05, -1, 0.5)).toThrow(RangeError);
    expect(() => qbinom(0.05, 2.5, 0.5)).toThrow(RangeError);
    expect(() => qbinom(2, 10, 0.5)).toThrow(RangeError);
  });

  it('is the smallest x whose cumulative probability reaches p', () => {
    // Exact for small n: binomial coefficients are whole numbers well inside 2^53.
    const cdf = (x: number, n: number) => {
      let c = 1;
      let sum = 0;
      for (let k = 0; k <= x; k++) {
        sum += c;
        c = (c * (n - k)) / (k + 1);
      }
      return sum / 2 ** n;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, p) => {
        const x = qbinom(p, n, 0.5);
        expect(cdf(x, n)).toBeGreaterThanOrEqual(p * (1 - 1e-12));
        if (x > 0) expect(cdf(x - 1, n)).toBeLessThan(p);
      }),
    );
  });
});

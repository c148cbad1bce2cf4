import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstClickOnly } from '../../src/site/browser/first-click';

describe('firstClickOnly', () => {
  it('acts on a key press (click count 0) and a single click (1), never on a later click of a double or triple click', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 })), (counts) => {
        const acted: number[] = [];
        const handler = firstClickOnly((e: { detail: number }) => acted.push(e.detail));
        counts.forEach((detail) => handler({ detail }));
        expect(acted).toEqual(counts.filter((c) => c <= 1));
      }),
    );
  });
});

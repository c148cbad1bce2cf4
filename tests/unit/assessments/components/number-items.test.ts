import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberItems } from '../../../../src/assessments/components/number-items';

describe('numberItems', () => {
  it('numbers straight through the sections and shows a sub-heading only where it changes', () => {
    const out = numberItems([
      { id: 'a', items: [{ id: 'a1', subheading: 'Staff' }, { id: 'a2', subheading: 'Staff' }, { id: 'a3', subheading: 'Patients' }] },
      { id: 'b', items: [{ id: 'b1', subheading: 'Patients' }, { id: 'b2' }] },
    ]);
    expect(out.map((s) => s.items.map((i) => [i.id, i.n, i.showSubheading]))).toEqual([
      [['a1', 1, true], ['a2', 2, false], ['a3', 3, true]],
      // A new section starts its sub-headings afresh.
      [['b1', 4, true], ['b2', 5, false]],
    ]);
    expect(out[1]!.id).toBe('b');
  });

  it('gives every item one number, 1 to n, in order', () => {
    const sections = fc.array(fc.record({ items: fc.array(fc.record({ subheading: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }) }), { maxLength: 6 }) }), { maxLength: 5 });
    fc.assert(
      fc.property(sections, (s) => {
        const numbers = numberItems(s).flatMap((section) => section.items.map((i) => i.n));
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OPEN_BOX_LINES, closesBox, inserted, isLong, lineCount } from '../../../../src/charts/maker/data-box';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}/1/2025\t${i}`).join('\n');

describe('the paste box', () => {
  it('counts lines as a person sees them', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\n\nb\n')).toBe(3);
    expect(isLong(lines(OPEN_BOX_LINES))).toBe(false);
    expect(isLong(lines(OPEN_BOX_LINES + 1))).toBe(true);
  });

  it('finds the text put in between what the two texts share', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (head, cut, put, tail) => {
        const before = head + cut + tail;
        const after = head + put + tail;
        const added = inserted(before, after);
        // What came in is never more than what was put in, and the rest of the new text is shared with the old.
        expect(added.length).toBeLessThanOrEqual(put.length);
        expect(after.includes(added)).toBe(true);
        expect(before.length - (after.length - added.length)).toBeGreaterThanOrEqual(0);
      }),
    );
    expect(inserted('a\nc', 'a\nb\nc')).toBe('b\n');
  });

  it('closes for a long paste, never for typing, even into a long text', () => {
    expect(closesBox('', lines(1000))).toBe(true);
    expect(closesBox(lines(1000), lines(1000).replace('\t5\n', '\t6\n'))).toBe(false);
    expect(closesBox(lines(1000), `${lines(1000)}\n`)).toBe(false);
    expect(closesBox(lines(1000), lines(1000).replace(/^[^\n]*/, lines(3)))).toBe(true);
    expect(closesBox('', lines(OPEN_BOX_LINES))).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.string({ maxLength: 5 }), (n, typed) => {
        const text = lines(n);
        // One key at a time: at most one new line in what was typed.
        const one = typed.replace(/\n/g, '') + (typed.includes('\n') ? '\n' : '');
        expect(closesBox(text, text + one)).toBe(false);
      }),
    );
  });
});

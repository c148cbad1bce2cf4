import { describe, expect, it } from 'vitest';
import { compactScale } from '../../../../src/assessments/components/AssessmentForm/compact-scale';

describe('compact scale', () => {
  it('takes a numbered 0 to 5 scale, keeping the words of the ends', () => {
    const points = [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: v === 0 ? '0 – not at all' : v === 5 ? '5 – fully' : String(v) }));
    expect(compactScale(points)).toEqual([
      { value: 0, number: '0', words: 'not at all' },
      { value: 1, number: '1', words: '' },
      { value: 2, number: '2', words: '' },
      { value: 3, number: '3', words: '' },
      { value: 4, number: '4', words: '' },
      { value: 5, number: '5', words: 'fully' },
    ]);
  });

  it('leaves word scales, mismatched numbers and long scales as ordinary radios', () => {
    expect(compactScale(['Strongly disagree', 'Disagree', 'Agree'].map((label, value) => ({ value, label })))).toBeNull();
    expect(compactScale([{ value: 0, label: '1' }, { value: 1, label: '2' }])).toBeNull();
    expect(compactScale(Array.from({ length: 11 }, (_, v) => ({ value: v, label: String(v) })))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { explainResults, listOf, nextSteps } from '../../../../src/assessments/results/results-text';

const zeroToFive = [0, 1, 2, 3, 4, 5].map((v) => ({ value: v, label: v === 0 ? '0 – not at all' : v === 5 ? '5 – fully' : String(v) }));
const agree = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'].map((label, i) => ({ value: i + 1, label }));
const names: Record<string, string> = { a: 'Open to new initiatives', b: 'Generate new ideas', c: 'Learn from outside', d: 'Recognise and reward' };
const nameOf = (id: string) => names[id]!;

describe('results in words', () => {
  it('names the highest and lowest answers and where they sit on the scale', () => {
    const words = explainResults({ answered: 4 }, [{ id: 'a', value: 4 }, { id: 'b', value: 1 }, { id: 'c', value: 4 }, { id: 'd', value: 2 }], zeroToFive, nameOf);
    expect(words).toEqual({
      spread: 'Your answers run from 1 to 4, on a scale from 0 – not at all to 5 – fully.',
      strongest: 'You gave your highest answer, 4, to Open to new initiatives and Learn from outside.',
      weakest: 'You gave your lowest answer, 1, to Generate new ideas.',
    });
  });

  it('says when the answers cover the whole scale, and speaks of shared answers as "the"', () => {
    const words = explainResults({ answered: 2 }, [{ id: 'a', value: 5 }, { id: 'b', value: 1 }], agree, nameOf, false);
    expect(words).toEqual({
      spread: 'The answers cover the whole scale, from Strongly disagree to Strongly agree.',
      strongest: 'The highest answer, Strongly agree, was given to Open to new initiatives.',
      weakest: 'The lowest answer, Strongly disagree, was given to Generate new ideas.',
    });
  });

  it('does not name strongest or weakest when every answer is the same', () => {
    expect(explainResults({ answered: 3 }, [{ id: 'a', value: 3 }, { id: 'b', value: 3 }, { id: 'c', value: 3 }], zeroToFive, nameOf)).toEqual({
      spread: 'Your answers are all 3, on a scale from 0 – not at all to 5 – fully.',
      strongest: '',
      weakest: '',
    });
    expect(explainResults({ answered: 1 }, [{ id: 'a', value: 0 }], zeroToFive, nameOf)?.spread).toBe('Your one answer is 0 – not at all, on a scale from 0 – not at all to 5 – fully.');
  });

  it('says nothing with nothing answered', () => {
    expect(explainResults({ answered: 0 }, [], zeroToFive, nameOf)).toBeNull();
  });

  it('invents no thresholds: no word judges a score', () => {
    const words = explainResults({ answered: 2 }, [{ id: 'a', value: 0 }, { id: 'b', value: 2 }], zeroToFive, nameOf)!;
    const all = [words.spread, words.strongest, words.weakest, ...nextSteps(true), ...nextSteps(false)].join(' ');
    expect(all).not.toMatch(/\b(good|poor|bad|low score|high score|excellent|weak|strong|average|ready|not ready)\b/i);
  });

  it('gives the source’s next step: discuss, agree actions, score again in three months', () => {
    const own = nextSteps(true).join(' ');
    expect(own).toMatch(/with your team/);
    expect(own).toMatch(/Agree together what you will do/);
    expect(own).toMatch(/again in about three months/);
    expect(own).toMatch(/snapshot/);
    expect(nextSteps(false).join(' ')).not.toMatch(/snapshot/);
  });

  it('lists names in plain English', () => {
    expect([listOf([]), listOf(['A']), listOf(['A', 'B']), listOf(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});

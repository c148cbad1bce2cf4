import { describe, expect, it } from 'vitest';
import { distance, headingsOf, searchPhrases, shouldOffer, suggest, vocabulary, words } from '../../../src/search/did-you-mean';

const phrases = searchPhrases([
  'Process mapping',
  'process map',
  'Stakeholder analysis',
  'stakeholder mapping',
  'Statistical process control',
  'Smoking cessation in Inner City Gloucestershire',
  'What it is',
  'PDSA cycles',
  'Driver diagrams',
]);
const vocab = vocabulary(phrases);

describe('did you mean', () => {
  it('makes a small sorted list of lower case phrases from titles, aliases and headings', () => {
    expect(phrases).toContain('process mapping');
    expect(phrases).toContain('smoking cessation in inner city gloucestershire');
    expect(phrases).toEqual([...phrases].sort());
    expect(headingsOf('# Title\n\n## What it is\ntext\n### How to *do* it ##\n#### Too deep')).toEqual(['What it is', 'How to do it']);
    expect(words('Café, “PDSA” cycles — team’s')).toEqual(['cafe', 'pdsa', 'cycles', 'team’s']);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(distance('procces', 'process')).toBe(2);
    expect(distance('prcoess', 'process')).toBe(1);
    expect(distance('mapping', 'mapping')).toBe(0);
  });

  it('corrects "procces mapping" and "procces" to process', () => {
    expect(suggest('procces mapping', vocab)).toEqual({ query: 'process mapping', isPhrase: true });
    expect(suggest('procces', vocab)).toEqual({ query: 'process', isPhrase: true });
    expect(suggest('Gloucestershre', vocab)).toEqual({ query: 'gloucestershire', isPhrase: true });
  });

  it('leaves known words, numbers and short words alone', () => {
    expect(suggest('process mapping', vocab)).toBeNull();
    expect(suggest('2024', vocab)).toBeNull();
    expect(suggest('pdza', vocab)).toEqual({ query: 'pdsa', isPhrase: true });
    expect(suggest('qix', vocab)).toBeNull();
    expect(suggest('zebra crossing', vocab)).toBeNull();
  });

  it('offers a correction when the search found little, or when it names something on the site', () => {
    expect(shouldOffer({ query: 'process', isPhrase: false }, 0)).toBe(true);
    expect(shouldOffer({ query: 'process mapping', isPhrase: true }, 12)).toBe(true);
    expect(shouldOffer({ query: 'drivers mapping', isPhrase: false }, 12)).toBe(false);
    expect(shouldOffer(null, 0)).toBe(false);
  });
});

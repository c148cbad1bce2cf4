import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToHtml } from 'satteri';
import { markdownText } from '../../../src/submission/front-matter';
import { previewParagraphs as preview } from '../../../src/submission/typography';

/**
 * The site's Markdown processor (satteri, with smart punctuation on, as
 * Astro's default `smartypants: true` sets it) renders the same text; the
 * preview must show the same characters.
 */
function built(text: string): string[] {
  const { html } = markdownToHtml(markdownText(text), { features: { gfm: true, smartPunctuation: true } });
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/\n/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}


describe('builtText (the preview’s typography)', () => {
  const cases = [
    'He said "hello" -- and \'bye\' --- then...',
    "It's the team's \"home first\" test",
    '<!-- a comment -->',
    "Rock 'n' roll in the '90s",
    '5\'10" tall',
    'Mixed "quotes \'inner\' here"',
    '-- at the start\n- a list item\n- another',
    'x----y x-----y x--------y',
    '"Unclosed and \' alone',
    'import this -- and export that',
    '"a" "b"\n\n"new paragraph"',
  ];
  it.each(cases)('matches the build for %j', (text) => {
    expect(preview(text)).toEqual(built(text));
  });

  // Two identical quote marks side by side ('' or "") are left out: the build pairs those in ways no reader types.
  it('matches the build for any mix of quotes, dashes, dots and words', () => {
    const piece = fc.constantFrom('a', 'b1', ' ', '"', "'", '-', '--', '.', '...', ',', '(', ')', '<', '!', '\n', '\n\n', '*');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')).filter((t) => !/''|""/.test(t)), (text) => {
        expect(preview(text)).toEqual(built(text));
      }),
      { numRuns: 1000 },
    );
  });
});

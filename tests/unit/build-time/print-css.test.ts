import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { movePrintRules, printOnly, splitPrintCss } from '../../../src/build-time/print-css';

describe('print rules leave the page’s inline CSS', () => {
  it('moves top-level @media print blocks and @page, in order, and leaves everything else as written', () => {
    const css = 'a{color:red}@media print{a{color:#000}}@media (min-width:40em){a{margin:0}}@page{margin:1cm}b{x:1}@media print and (orientation:landscape){b{y:2}}';
    expect(splitPrintCss(css)).toEqual({
      screen: 'a{color:red}@media (min-width:40em){a{margin:0}}b{x:1}',
      print: '@media print{a{color:#000}}@page{margin:1cm}@media print and (orientation:landscape){b{y:2}}',
    });
  });

  it('keeps rules that apply on a screen too, or inside another block', () => {
    for (const q of ['screen', 'all', 'print, screen', 'not print', 'screen and (min-width:1px)', 'printer']) expect(printOnly(q)).toBe(false);
    for (const q of ['print', 'only print', 'PRINT', 'print and (min-width:1px)', 'print,print']) expect(printOnly(q)).toBe(true);
    const nested = '@supports (display:grid){@media print{a{b:c}}}';
    expect(splitPrintCss(nested)).toEqual({ screen: nested, print: '' });
  });

  it('loses no rule: the screen part and the print part together hold every rule once', () => {
    const rule = fc.oneof(
      fc.constantFrom('a{b:c}', '.x{y:z}', '@media (min-width:1px){p{q:r}}', '@media screen{s{t:u}}'),
      fc.constantFrom('@media print{m{n:o}}', '@page{margin:0}', '@media only print{k{l:m}}'),
    );
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 12 }), (rules) => {
        const { screen, print } = splitPrintCss(rules.join(''));
        expect(screen).toBe(rules.filter((r) => !/^@(media (only )?print|page)/.test(r)).join(''));
        expect(print).toBe(rules.filter((r) => /^@(media (only )?print|page)/.test(r)).join(''));
      }),
    );
  });

  it('links the print stylesheet after the page’s styles, with media="print", only when there are print rules', () => {
    const page = '<html><head><style>a{b:c}@media print{a{d:e}}</style><script src="/x.js"></script></head><body><style>f{g:h}</style></body></html>';
    const moved = movePrintRules(page, (css) => `/_astro/print.${css.length}.css`);
    expect(moved.print).toBe('@media print{a{d:e}}');
    expect(moved.html).toBe('<html><head><style>a{b:c}</style><script src="/x.js"></script></head><body><style>f{g:h}</style><link rel="stylesheet" href="/_astro/print.20.css" media="print"></body></html>');
    const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const csp = (hash: string) => `<meta http-equiv="content-security-policy" content="style-src 'self' ${hash}">`;
    const withPolicy = movePrintRules(`<head>${csp(sha256('a{b:c}@page{x:y}'))}<style>a{b:c}@page{x:y}</style></head>`, () => '/p.css');
    expect(withPolicy.html).toBe(`<head>${csp(sha256('a{b:c}'))}<style>a{b:c}</style><link rel="stylesheet" href="/p.css" media="print"></head>`);
    const plain = '<html><head><style>a{b:c}</style></head></html>';
    expect(movePrintRules(plain, () => 'never')).toEqual({ html: plain, print: '' });
  });
});

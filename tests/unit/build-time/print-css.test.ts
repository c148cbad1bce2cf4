import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AstroIntegration } from 'astro';
import printCss, { movePrintRules, movePrintRulesWhileBuilding, printOnly, splitPrintCss } from '../../../src/build-time/print-css';

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

describe('moving print rules on a page’s bytes', () => {
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const utf8 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('gives the bytes of the page moved as text, whatever characters its styles hold', () => {
    // Curly quotes, accents, emoji and the replacement character: characters of 2, 3 and 4 UTF-8 bytes.
    const text = fc.array(fc.constantFrom('a', 'z', ' ', '’', 'é', '😀', '\uFFFD', '\u00A0'), { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
    const rule = fc.oneof(text.map((t) => `a{content:"${t}"}`), text.map((t) => `@media print{b{content:"${t}"}}`), text.map((t) => `@page{c:"${t}"}`));
    const sheet = fc.array(rule, { minLength: 1, maxLength: 5 }).map((r) => r.join(''));
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 3 }), text, (sheets, body) => {
        const html = `<head><meta http-equiv="content-security-policy" content="style-src 'self' ${sheets.map(hashOf).join(' ')}">${sheets.map((c) => `<style>${c}</style>`).join('')}</head><p>${body}</p>`;
        const asText = movePrintRules(html, (css) => `/p${css.length}.css`);
        const asBytes = movePrintRules(latin1(html), (css) => `/p${utf8(css).length}.css`, 'latin1');
        expect(utf8(asBytes.html)).toBe(asText.html);
        expect(utf8(asBytes.print)).toBe(asText.print);
      }),
    );
  });

  it('moves rules only while the site is being built, and writes each stylesheet once when it is done', async () => {
    const page = latin1('<head><style>a{b:"’"}@media print{a{c:d}}</style></head>');
    expect(movePrintRulesWhileBuilding(page)).toBe(page);
    const hooks = printCss().hooks as Required<AstroIntegration['hooks']>;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'print-css-'));
    try {
      await hooks['astro:config:done']({ config: { base: '/sub' } } as never);
      await hooks['astro:build:start']({} as never);
      const moved = movePrintRulesWhileBuilding(page);
      expect(movePrintRulesWhileBuilding(page)).toBe(moved);
      const href = /<link rel="stylesheet" href="\/sub\/_astro\/(print\.[0-9a-f]{10}\.css)" media="print">/.exec(moved);
      expect(utf8(moved)).toBe(`<head><style>a{b:"’"}</style>${href![0]}</head>`);
      await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`) } as never);
      expect(await readdir(path.join(dir, '_astro'))).toEqual([href![1]]);
      expect(await readFile(path.join(dir, '_astro', href![1]!), 'utf8')).toBe('@media print{a{c:d}}');
      expect(movePrintRulesWhileBuilding(page)).toBe(page);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cssStandIns, forgetStylesheets, hasStandIns, putBackStylesheets, standInFor } from '../../../src/build-time/css-stand-ins';
import { movePrintRules } from '../../../src/build-time/print-css';

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A rule with characters of 1 to 4 UTF-8 bytes. */
const rule = fc
  .array(fc.constantFrom('a', 'z', ' ', '’', 'é', '😀', '\u00A0'), { minLength: 1, maxLength: 6 })
  .chain((c) => fc.constantFrom(`a{content:"${c.join('')}"}`, `@media print{b{content:"${c.join('')}"}}`, `.x{y:"${c.join('')}"}`));
const sheet = fc.array(rule, { minLength: 1, maxLength: 4 }).map((r) => r.join(''));

describe('stylesheet stand-ins', () => {
  it('put back gives the stylesheets joined as Astro joins them, as text and as UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 1, maxLength: 4 }), (sheets) => {
        const joined = sheets.map(standInFor).join('');
        expect(hasStandIns(joined)).toBe(true);
        expect(joined.length).toBeLessThan(40 * sheets.length);
        expect(putBackStylesheets(joined)).toBe(sheets.join(''));
        expect(putBackStylesheets(joined, 'latin1')).toBe(latin1(sheets.join('')));
      }),
    );
  });

  it('gives one stand-in to one stylesheet, and different ones to different stylesheets', () => {
    expect(standInFor('a{b:c}')).toBe(standInFor('a{b:c}'));
    expect(standInFor('a{b:c}')).not.toBe(standInFor('a{b:d}'));
    expect(hasStandIns('a{b:c}/* a comment */')).toBe(false);
  });

  it('stops, naming it, at a stand-in it has no stylesheet for', () => {
    expect(() => putBackStylesheets('/*qi-css:0123456789abcdef0123*/')).toThrow(/No stylesheet for \/\*qi-css:0123456789abcdef0123\*\//);
  });

  it('swaps CSS files for stand-ins before Astro reads them, and puts back those no page took', () => {
    type Hook = { generateBundle: { handler: (options: unknown, bundle: unknown) => void } };
    const [swap, restore] = cssStandIns() as unknown as [Hook, Hook];
    const asset = (fileName: string, source: string | Uint8Array) => ({ type: 'asset', fileName, source });
    const bundle: Record<string, { type: string; fileName: string; source: string | Uint8Array }> = {
      taken: asset('_astro/a.css', 'a{b:"’"}/*$vite$:1*/'),
      kept: asset('_astro/b.css', 'c{d:e}/*$vite$:1*/'),
      imports: asset('_astro/c.css', '@import "x.css";f{g:h}'),
      empty: asset('_astro/d.css', '/*$vite$:1*/'),
      script: asset('_astro/e.js', 'x()'),
      bytes: asset('_astro/f.css', new Uint8Array([1])),
    };
    swap.generateBundle.handler({}, bundle);
    expect(bundle.taken!.source).toBe(standInFor('a{b:"’"}'));
    expect(bundle.kept!.source).toBe(standInFor('c{d:e}'));
    expect(bundle.imports!.source).toBe('@import "x.css";f{g:h}');
    // Vite takes its marker out of what is left; Astro then drops the empty file.
    expect(bundle.empty!.source).toBe('/*$vite$:1*/');
    expect(bundle.script!.source).toBe('x()');
    // Astro takes one file into pages (and out of the bundle); the other is written as a file, with its CSS.
    delete bundle.taken;
    restore.generateBundle.handler({}, bundle);
    expect(bundle.kept!.source).toBe('c{d:e}');
    expect(Object.values(bundle).some((f) => typeof f.source === 'string' && hasStandIns(f.source))).toBe(false);
  });

  it('are put back as print rules move, with the CSP hash of each changed <style> swapped', () => {
    const screen = 'a{b:"’"}';
    const print = '@media print{a{c:d}}';
    const stood = standInFor(screen + print) + standInFor('e{f:g}');
    const csp = (hash: string) => `<meta http-equiv="content-security-policy" content="style-src 'self' ${hash}">`;
    const page = `<head>${csp(hashOf(stood))}<style>${stood}</style><style>h{i:j}</style></head>`;
    const moved = movePrintRules(latin1(page), () => '/p.css', 'latin1');
    expect(moved.html).toBe(latin1(`<head>${csp(hashOf(`${screen}e{f:g}`))}<style>${screen}e{f:g}</style><style>h{i:j}</style><link rel="stylesheet" href="/p.css" media="print"></head>`));
    // With no print rules, the stylesheets still come back, under their own hash.
    const plain = standInFor('k{l:m}');
    expect(movePrintRules(`${csp(hashOf(plain))}<style>${plain}</style>`, () => 'never')).toEqual({ html: `${csp(hashOf('k{l:m}'))}<style>k{l:m}</style>`, print: '' });
  });

  it('are forgotten when the build is done', () => {
    const stood = standInFor('n{o:p}');
    forgetStylesheets();
    expect(() => putBackStylesheets(stood)).toThrow(/No stylesheet/);
  });
});

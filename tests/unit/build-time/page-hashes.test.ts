import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepOwnHashes } from '../../../src/build-time/page-hashes';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (styles: string[], listed: string[], scripts = `'wasm-unsafe-eval' ${sha256('run()')}`) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:; script-src 'self' ${scripts}; style-src 'self' ${listed.join(' ')}">${styles.map((s) => `<style>${s}</style>`).join('')}</head><body><script type="module">run()</script><script src="/x.js"></script></body></html>`;
const styleSrc = (html: string) => /style-src ([^";]*)/.exec(html)![1]!.trim().split(' ');

describe('each page keeps only its own style and script hashes', () => {
  it('drops the hashes of other pages’ styles and scripts and keeps its own and the rest of the policy', () => {
    const html = keepOwnHashes(page(['a{color:red}'], [sha256('a{color:red}'), sha256('b{color:blue}')], `'wasm-unsafe-eval' ${sha256('run()')} ${sha256('other()')}`));
    expect(styleSrc(html)).toEqual(["'self'", sha256('a{color:red}')]);
    expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('run()')};`);
    expect(html).toContain("default-src 'self';img-src 'self' data:;");
  });

  it('never adds a hash the policy did not list', () => {
    expect(styleSrc(keepOwnHashes(page(['a{}'], [])))).toEqual(["'self'"]);
  });

  it('leaves a page without a policy as it is', () => {
    expect(keepOwnHashes('<p>hi</p><style>a{}</style>')).toBe('<p>hi</p><style>a{}</style>');
  });

  it('for any styles and listed hashes, keeps exactly the listed hashes of styles on the page', () => {
    const css = fc.stringMatching(/^[a-z{}:;]{1,20}$/);
    fc.assert(
      fc.property(fc.array(css, { maxLength: 4 }), fc.array(css, { maxLength: 6 }), (onPage, others) => {
        const listed = [...new Set([...onPage, ...others])].map(sha256);
        const kept = styleSrc(keepOwnHashes(page(onPage, listed)));
        expect(new Set(kept)).toEqual(new Set(["'self'", ...onPage.map(sha256)]));
      }),
    );
  });
});

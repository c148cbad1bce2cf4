import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { APIContext } from 'astro';
import { keepOwnHashes, keepOwnHashesInBytes } from '../../../src/build-time/page-hashes';
import { onRequest } from '../../../src/build-time/page-hashes-middleware';

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

describe('trimming a page as bytes', () => {
  it('gives the bytes of the page trimmed as text, whatever characters its styles and scripts hold', () => {
    // Curly quotes, accents, emoji and the replacement character: characters of 2, 3 and 4 UTF-8 bytes.
    const css = fc.array(fc.constantFrom('a', 'z', '{', '}', ':', ';', ' ', '’', 'é', '😀', '\uFFFD', '\u00A0'), { minLength: 1, maxLength: 20 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(css, { maxLength: 4 }), fc.array(css, { maxLength: 6 }), (onPage, others) => {
        const listed = [...new Set([...onPage, ...others])].map(sha256);
        const html = page(onPage, listed);
        expect(Buffer.from(keepOwnHashesInBytes(Buffer.from(html, 'utf8'))).toString('utf8')).toBe(keepOwnHashes(html));
      }),
    );
  });

  it('leaves a page without a policy byte for byte as it was', () => {
    const bytes = Buffer.from('<p>’</p><style>a{}</style>', 'utf8');
    expect(Buffer.from(keepOwnHashesInBytes(bytes)).equals(bytes)).toBe(true);
  });
});

describe('the middleware that trims each page as it is rendered', () => {
  const run = (response: Response) => onRequest({} as APIContext, async () => response) as Promise<Response>;

  it('trims an HTML page and keeps its status and headers', async () => {
    const html = page(['a{content:"’"}'], [sha256('a{content:"’"}'), sha256('b{}')]);
    const out = await run(new Response(html, { status: 404, headers: { 'content-type': 'text/html', 'x-kept': 'yes' } }));
    expect(out.status).toBe(404);
    expect(out.headers.get('x-kept')).toBe('yes');
    expect(styleSrc(await out.text())).toEqual(["'self'", sha256('a{content:"’"}')]);
  });

  it('passes anything but HTML through untouched', async () => {
    const feed = new Response(page(['a{}'], [sha256('b{}')]), { headers: { 'content-type': 'application/xml' } });
    expect(await run(feed)).toBe(feed);
  });
});

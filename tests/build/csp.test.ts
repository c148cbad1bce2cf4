/**
 * The Content Security Policy on every built page: present before anything it
 * governs, no 'unsafe-inline' or 'unsafe-eval' for scripts, what Pagefind needs
 * ('wasm-unsafe-eval', a blob worker), and a hash for every inline script and
 * style. Markup the policy would block (event handler and style attributes,
 * javascript: URLs) fails here rather than silently in the browser.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, htmlFiles } from '../support';

export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), values);
  }
  return map;
}

const isJs = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What on a page the policy would block, or what makes the policy too weak. */
export function cspProblems(html: string): string[] {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  const metas = root.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} CSP meta tags (want 1)`];
  const policy = parsePolicy(metas[0]!.getAttribute('content') ?? '');

  // A meta policy governs only what comes after it.
  const head = root.querySelector('head');
  const runs = (el: HTMLElement) => el.rawTagName.toLowerCase() !== 'script' || isJs(el.getAttribute('type'));
  const governed = (head?.querySelectorAll('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"]') ?? []).filter(runs);
  const order = (el: HTMLElement) => head!.childNodes.indexOf(el);
  for (const el of governed) if (el.parentNode === head && order(el) < order(metas[0]!)) problems.push(`<${el.rawTagName}> comes before the CSP meta tag`);

  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  if (styleSrc.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
  if (!scriptSrc.includes("'wasm-unsafe-eval'")) problems.push("script-src lacks 'wasm-unsafe-eval' (Pagefind needs it)");
  const worker = policy.get('worker-src') ?? [];
  if (!worker.includes("'self'") || !worker.includes('blob:')) problems.push("worker-src lacks 'self' blob: (Pagefind needs it)");
  if (policy.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!policy.has('base-uri')) problems.push('no base-uri');

  for (const script of root.querySelectorAll('script')) {
    if (script.hasAttribute('src')) continue;
    if (!isJs(script.getAttribute('type'))) continue; // data blocks (JSON-LD) do not run
    if (!scriptSrc.includes(sha256(script.rawText))) problems.push(`inline script without a hash in script-src: ${script.rawText.slice(0, 60)}`);
  }
  for (const style of root.querySelectorAll('style')) {
    if (!styleSrc.includes(sha256(style.rawText))) problems.push(`inline style without a hash in style-src: ${style.rawText.slice(0, 60)}`);
  }
  // Each page lists only its own hashes: a hash of another page's style or script is bytes sent for nothing.
  const own = { 'script-src': new Set(root.querySelectorAll('script').map((e) => sha256(e.rawText))), 'style-src': new Set(root.querySelectorAll('style').map((e) => sha256(e.rawText))) };
  for (const [name, hashes] of Object.entries(own)) {
    for (const v of policy.get(name) ?? []) if (/^'sha(256|384|512)-/.test(v) && !hashes.has(v)) problems.push(`${name} lists ${v}, which is of nothing on this page`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of Object.keys(el.attributes)) {
      if (/^on[a-z]+$/i.test(attr)) problems.push(`<${el.rawTagName} ${attr}>: inline event handlers are blocked`);
      if (attr.toLowerCase() === 'style' && el.rawTagName.toLowerCase() !== 'svg' && !el.closest('svg')) problems.push(`<${el.rawTagName} style="${el.getAttribute('style')}">: style attributes are blocked`);
    }
    for (const a of ['href', 'src', 'action', 'formaction']) if (/^\s*javascript:/i.test(el.getAttribute(a) ?? '')) problems.push(`<${el.rawTagName} ${a}="javascript:…">`);
  }
  return problems;
}

describe('the CSP check', () => {
  const good = (extra = '', head = '') =>
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256('run()')}; style-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'">${head}</head><body><script type="module">run()</script>${extra}</body></html>`;

  it('passes a page with a hashed inline script', () => {
    expect(cspProblems(good())).toEqual([]);
  });

  it('fails unhashed inline scripts, handlers, style attributes, javascript: URLs and weak policies', () => {
    expect(cspProblems(good('<script>other()</script>'))).toHaveLength(1);
    expect(cspProblems(good('<button onclick="x()">x</button>'))).toHaveLength(1);
    expect(cspProblems(good('<p style="color:red">x</p>'))).toHaveLength(1);
    expect(cspProblems(good('<a href="javascript:void(0)">x</a>'))).toHaveLength(1);
    expect(cspProblems(good().replace("'wasm-unsafe-eval'", "'unsafe-inline'"))).toHaveLength(2);
    expect(cspProblems(good().replace(" blob:", ''))).toHaveLength(1);
    expect(cspProblems(good().replace(/<meta[^>]*>/, ''))).toEqual(['0 CSP meta tags (want 1)']);
    expect(cspProblems(good().replace("style-src 'self'", `style-src 'self' ${sha256('a{}')}`))).toEqual([`style-src lists ${sha256('a{}')}, which is of nothing on this page`]);
  });

  it('fails a stylesheet that comes before the policy, but not a data block', () => {
    expect(cspProblems(good().replace('<head>', '<head><link rel="stylesheet" href="/a.css">'))).toHaveLength(1);
    expect(cspProblems(good().replace('<head>', '<head><script type="application/ld+json">{}</script>'))).toEqual([]);
  });
});

describe('CSP on every built page', () => {
  const pages = htmlFiles();
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(20));
  it.each(pages)('%s', (file) => {
    const problems = cspProblems(readFileSync(path.join(distDir, file), 'utf8'));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('inline styles on every built page', () => {
  // The build renders pages with short stand-ins for their stylesheets and puts the CSS back as each page is written
  // (src/build-time/css-stand-ins.ts); one left behind would leave a page unstyled, with a valid hash for the stand-in.
  it('are the stylesheets themselves: no stand-in, or Vite marker, is left in a page or a CSS file', () => {
    const css = (readdirSync(path.join(distDir, '_astro')) as string[]).filter((f) => f.endsWith('.css')).map((f) => `_astro/${f}`);
    const left = [...htmlFiles(), ...css].filter((f) => /\/\*(qi-css|\$vite\$):/.test(readFileSync(path.join(distDir, f), 'utf8')));
    expect(left).toEqual([]);
    const home = parse(readFileSync(path.join(distDir, 'index.html'), 'utf8'), { blockTextElements: { style: true } });
    expect(home.querySelectorAll('style').map((s) => s.rawText).join('')).toMatch(/\.nhsuk-header\b/);
  });
});

describe('source', () => {
  it('has no is:inline scripts (they escape the hashed CSP and bundling)', () => {
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => f.endsWith('.astro'));
    const offenders = files.filter((f) => /<script\b[^>]*\bis:inline\b/.test(readFileSync(path.join('src', f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

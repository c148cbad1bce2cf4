/**
 * Print rules leave the CSS written into each page. A page's <style> blocks
 * rendering, and a content page's first visit must fit the first round trip of
 * a new connection; rules that only apply on paper do not need to be in it.
 * In a build, every top-level `@media print` block and `@page` rule moves,
 * in order, into one stylesheet per distinct set of print rules
 * (/_astro/print.<hash>.css), linked right after the page's styles with
 * media="print": the browser fetches it at low priority without holding up the
 * first paint, and it is there well before anyone prints. The CSP's style-src
 * already allows 'self'; the hash it lists for each <style> that changed is
 * replaced with the smaller <style>'s (after page-hashes has trimmed the
 * policy to the page's own hashes).
 *
 * The move is done in page-hashes' middleware as each page renders, on the
 * page's bytes, during a build only (the dev server's pages keep their print
 * rules); the stylesheets are written when the build is done. Reading and
 * rewriting every page after the build cost about 5 s for a thousand pages.
 * In a build, Astro renders each page with stand-ins for its stylesheets
 * (css-stand-ins.ts); they are put back here, in the same pass.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import type { AstroIntegration } from 'astro';
import { sha256, type Encoding } from './page-hashes';
import { cssStandIns, forgetStylesheets, hasStandIns, putBackStylesheets } from './css-stand-ins';

/** True when every query in a media query list is for print (so the block never applies on a screen). */
export const printOnly = (params: string): boolean => params.split(',').every((q) => /^\s*(only\s+)?print(\s|$)/i.test(q));

/**
 * Splits already made, by stylesheet: every page of a type carries the same
 * tens of KB of CSS, so each distinct one is parsed once. Emptied when it grows
 * large, so pages with styles of their own cannot fill memory.
 */
const splits = new Map<string, { screen: string; print: string }>();
const SPLITS_KEPT = 200;

/**
 * The CSS without its top-level print-only rules, and those rules, each in the
 * order it was written, with any stylesheet stand-ins put back first. With
 * 'latin1', `css` is UTF-8 bytes read a character per byte, and so are the
 * parts; it is parsed as the text it stands for.
 */
export function splitPrintCss(css: string, encoding: Encoding = 'utf8'): { screen: string; print: string } {
  // Keyed by the CSS as the page has it: with stand-ins, a few dozen bytes rather than tens of KB.
  const key = encoding === 'utf8' ? css : `latin1:${css}`;
  let split = splits.get(key);
  if (!split) {
    const full = hasStandIns(css) ? putBackStylesheets(css, encoding) : css;
    if (encoding === 'utf8') split = parsePrintCss(full);
    else {
      const text = parsePrintCss(Buffer.from(full, 'latin1').toString('utf8'));
      split = { screen: Buffer.from(text.screen, 'utf8').toString('latin1'), print: Buffer.from(text.print, 'utf8').toString('latin1') };
    }
    if (splits.size >= SPLITS_KEPT) splits.clear();
    splits.set(key, split);
  }
  return split;
}

function parsePrintCss(css: string): { screen: string; print: string } {
  const root = postcss.parse(css);
  const print: string[] = [];
  for (const node of [...root.nodes]) {
    if (node.type !== 'atrule') continue;
    if (node.name.toLowerCase() === 'page' || (node.name.toLowerCase() === 'media' && printOnly(node.params))) {
      print.push(node.toString());
      node.remove();
    }
  }
  // With nothing moved, the CSS exactly as written (not as PostCSS writes it back).
  return print.length ? { screen: root.toString(), print: print.join('') } : { screen: css, print: '' };
}

const CSP = /<meta http-equiv="content-security-policy" content="[^"]*"/i;
const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/**
 * The page with its print rules taken out of its <style> elements (and their
 * stylesheet stand-ins put back), and those rules (empty when it has none).
 * `href(css)` names the print stylesheet to link.
 * With 'latin1', the page is UTF-8 bytes read a character per byte, and so is
 * the CSS given back (every pattern here matches ASCII only).
 */
export function movePrintRules(html: string, href: (css: string) => string, encoding: Encoding = 'utf8'): { html: string; print: string } {
  const print: string[] = [];
  const hashes: [string, string][] = [];
  let out = html.replace(STYLE, (whole, open: string, css: string, close: string) => {
    const split = splitPrintCss(css, encoding);
    if (!split.print && !hasStandIns(css)) return whole;
    if (split.print) print.push(split.print);
    hashes.push([sha256(css, encoding), sha256(split.screen, encoding)]);
    return `${open}${split.screen}${close}`;
  });
  if (!hashes.length) return { html, print: '' };
  for (const [was, now] of hashes) out = out.replace(CSP, (meta) => meta.replaceAll(was, now));
  if (!print.length) return { html: out, print: '' };
  const css = print.join('');
  // After the page's last <style>, so the rules keep their place after every other rule in the cascade.
  const at = out.lastIndexOf('</style>') + '</style>'.length;
  return { html: `${out.slice(0, at)}<link rel="stylesheet" href="${href(css)}" media="print">${out.slice(at)}`, print: css };
}

/** The print stylesheets of the build under way, by file name (as latin1, like the pages they came from). */
type Sheets = { base: string; files: Map<string, string> };
// On globalThis: the middleware runs from the server bundle, a different copy of this module from the integration's.
const SHEETS = Symbol.for('qi-hub:print-css');
const building = globalThis as { [SHEETS]?: Sheets };

const nameOf = (css: string, encoding: Encoding) => `print.${createHash('sha256').update(css, encoding).digest('hex').slice(0, 10)}.css`;

/**
 * During a build, the page (UTF-8 bytes read as latin1) with its print rules
 * moved out, noting the stylesheet to write; otherwise the page as it is.
 */
export function movePrintRulesWhileBuilding(page: string): string {
  const sheets = building[SHEETS];
  if (!sheets) return page;
  return movePrintRules(
    page,
    (css) => {
      const name = nameOf(css, 'latin1');
      sheets.files.set(name, css);
      return `${sheets.base}_astro/${name}`;
    },
    'latin1',
  ).html;
}

export default function printCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'qi-hub:print-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [cssStandIns()] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        building[SHEETS] = { base, files: new Map() };
      },
      'astro:build:done': async ({ dir }) => {
        const sheets = building[SHEETS];
        delete building[SHEETS];
        forgetStylesheets();
        if (!sheets?.files.size) return;
        const root = path.join(fileURLToPath(dir), '_astro');
        await mkdir(root, { recursive: true });
        for (const [name, css] of sheets.files) await writeFile(path.join(root, name), css, 'latin1');
      },
    },
  };
}

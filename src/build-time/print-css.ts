/**
 * Print rules leave the CSS written into each page. A page's <style> blocks
 * rendering, and a content page's first visit must fit the first round trip of
 * a new connection; rules that only apply on paper do not need to be in it.
 * After the build, every top-level `@media print` block and `@page` rule moves,
 * in order, into one stylesheet per distinct set of print rules
 * (/_astro/print.<hash>.css), linked right after the page's styles with
 * media="print": the browser fetches it at low priority without holding up the
 * first paint, and it is there well before anyone prints. The CSP's style-src
 * already allows 'self'; the hash it lists for each <style> that changed is
 * replaced with the smaller <style>'s (page-hashes has already trimmed each
 * policy to the page's own hashes as the page rendered).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';
import { sha256 } from './page-hashes';

/** True when every query in a media query list is for print (so the block never applies on a screen). */
export const printOnly = (params: string): boolean => params.split(',').every((q) => /^\s*(only\s+)?print(\s|$)/i.test(q));

/**
 * Splits already made, by stylesheet: every page of a type carries the same
 * tens of KB of CSS, so each distinct one is parsed once. Emptied when it grows
 * large, so pages with styles of their own cannot fill memory.
 */
const splits = new Map<string, { screen: string; print: string }>();
const SPLITS_KEPT = 200;

/** The CSS without its top-level print-only rules, and those rules, each in the order it was written. */
export function splitPrintCss(css: string): { screen: string; print: string } {
  let split = splits.get(css);
  if (!split) {
    split = parsePrintCss(css);
    if (splits.size >= SPLITS_KEPT) splits.clear();
    splits.set(css, split);
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
  return { screen: root.toString(), print: print.join('') };
}

const CSP = /<meta http-equiv="content-security-policy" content="[^"]*"/i;
const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;

/**
 * The page with its print rules taken out of its <style> elements, and those
 * rules (empty when it has none). `href(css)` names the print stylesheet to link.
 */
export function movePrintRules(html: string, href: (css: string) => string): { html: string; print: string } {
  const print: string[] = [];
  const hashes: [string, string][] = [];
  let out = html.replace(STYLE, (whole, open: string, css: string, close: string) => {
    const split = splitPrintCss(css);
    if (!split.print) return whole;
    print.push(split.print);
    hashes.push([sha256(css), sha256(split.screen)]);
    return `${open}${split.screen}${close}`;
  });
  if (!print.length) return { html, print: '' };
  const css = print.join('');
  for (const [was, now] of hashes) out = out.replace(CSP, (meta) => meta.replaceAll(was, now));
  // After the page's last <style>, so the rules keep their place after every other rule in the cascade.
  const at = out.lastIndexOf('</style>') + '</style>'.length;
  return { html: `${out.slice(0, at)}<link rel="stylesheet" href="${href(css)}" media="print">${out.slice(at)}`, print: css };
}

export default function printCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'qi-hub:print-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const written = new Map<string, string>();
        const nameOf = (css: string) => `print.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
        await mkdir(path.join(root, '_astro'), { recursive: true });
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const moved = movePrintRules(html, (css) => `${base}_astro/${nameOf(css)}`);
          if (!moved.print) continue;
          const name = nameOf(moved.print);
          if (!written.has(name)) {
            await writeFile(path.join(root, '_astro', name), moved.print);
            written.set(name, file);
          }
          await writeFile(file, moved.html);
        }
      },
    },
  };
}

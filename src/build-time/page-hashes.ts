/**
 * Astro writes one Content Security Policy for the whole site into every page:
 * its style-src and script-src list the hash of every inline stylesheet and
 * script on every page, about 50 bytes each that do not compress. Since each
 * page's CSS is written into it, the list grew with the site, and a content page
 * no longer fit the first round trip. After the build each page keeps only the
 * hashes of its own <style> and <script> elements: the policy allows nothing
 * more than before, only less.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';

/** A CSP source for this inline text: 'sha256-…'. */
export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

const hashesOf = (html: string, tag: 'style' | 'script') =>
  new Set([...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => sha256(m[1]!)));

/** The page with its CSP's style-src and script-src trimmed to the hashes of the page's own inline styles and scripts. */
export function keepOwnHashes(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = { 'style-src': hashesOf(html, 'style'), 'script-src': hashesOf(html, 'script') };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      const mine = own[name?.toLowerCase() as keyof typeof own];
      if (!mine) return directive;
      return ` ${[name, ...values.filter((v) => !/^'sha(256|384|512)-/.test(v) || mine.has(v))].join(' ')}`;
    })
    .join(';');
  return html.replace(META, (_, start: string, _policy: string, end: string) => `${start}${policy.trimStart()}${end}`);
}

export default function pageHashes(): AstroIntegration {
  return {
    name: 'qi-hub:page-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const trimmed = keepOwnHashes(html);
          if (trimmed !== html) await writeFile(file, trimmed);
        }
      },
    },
  };
}

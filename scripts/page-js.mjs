// Measures the JavaScript one built page loads: inline scripts (Astro's island
// loader), bundled <script> modules, every island's component and renderer, and
// every module they import, followed transitively. Prints raw, gzip and brotli bytes,
// first for what loads with the page (scripts and client:load islands), then for
// everything it can load (client:visible islands too, and what they import).
// Usage: node scripts/page-js.mjs [distDir] pagePath...
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dist = 'dist', ...pages] = process.argv.slice(2);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * `only`: count just the islands whose client directive is in the list
 * (e.g. ['load'] for what loads with the page; 'visible' islands load later).
 */
export function pageJs(distDir, page, only) {
  let html = readFileSync(join(distDir, page.replace(/\/?$/, '/index.html')), 'utf8');
  if (only) html = html.replace(/<astro-island\b[^>]*>/g, (tag) => (only.includes(/\bclient="([^"]+)"/.exec(tag)?.[1]) ? tag : ''));
  const files = new Map();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => !/^\s*\{/.test(s)); // skip JSON data blocks
  const queue = [
    ...[...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ];
  for (const code of inline) for (const m of code.matchAll(/(?:import\(|from\s*)["']([^"']+\.js)["']/g)) queue.push(m[1]);
  while (queue.length) {
    const url = queue.shift();
    if (files.has(url)) continue;
    const path = join(distDir, url.replace(/^.*?\/_astro\//, '_astro/'));
    if (!existsSync(path)) continue;
    const code = readFileSync(path);
    files.set(url, code);
    for (const m of code.toString().matchAll(/(?:import\s*\(?|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(new URL(m[1], new URL(url, 'http://x/')).pathname);
    }
  }
  const parts = [...inline.map((s, i) => [`inline script ${i + 1}`, Buffer.from(s)]), ...files];
  const all = Buffer.concat(parts.map(([, b]) => b));
  return { parts: parts.map(([name, b]) => ({ name, raw: b.length, brotli: br(b) })), raw: all.length, gzip: gzipSync(all, { level: 9 }).length, brotli: br(all), brotliSum: parts.reduce((n, [, b]) => n + br(b), 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const page of pages) {
    for (const [label, only] of [['on load (scripts and client:load islands)', ['load']], ['everything the page can load', undefined]]) {
      const r = pageJs(dist, page, only);
      console.log(`${page}, ${label}: ${r.raw} B raw, ${r.gzip} B gzip, ${r.brotliSum} B brotli (file by file, as served)`);
      for (const p of r.parts) console.log(`  ${p.name}: ${p.raw} B raw, ${p.brotli} B brotli`);
    }
  }
}

#!/usr/bin/env node
/**
 * CSS per page type, against the targets: at most 10 KB brotli of CSS on a
 * content page and 13 KB on a page with a form, and a content page's first
 * visit (its HTML, with any CSS written into it, plus every stylesheet that
 * blocks rendering) within the 14.6 KB that arrives in the first round trip of
 * a new connection. `npm run bench` prints it; on its own:
 * `node scripts/bench-css.mjs [dist]` (default dist/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);
const CONTENT_CSS = 10 * 1024;
const FORM_CSS = 13 * 1024;
const ROUND_TRIP = 14.6 * 1024;

/** The first page in a section that is a page (not a redirect, not a form). */
function firstIn(dist, section) {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir)
    .sort()
    .find((n) => n !== 'submit' && existsSync(path.join(dir, n, 'index.html')) && !/http-equiv="refresh"/.test(readFileSync(path.join(dir, n, 'index.html'), 'utf8')));
  return name ? `/${section}/${name}/` : null;
}

/** Page types: [name, path, has a form]. */
function pageTypes(dist) {
  return [
    ['home', '/', false],
    ['content page (about)', '/about/', false],
    ['method list', '/methods/', false],
    ['method', firstIn(dist, 'methods'), false],
    ['method with figures', '/methods/run-charts/', false],
    ['course', firstIn(dist, 'training'), false],
    ['faculty', firstIn(dist, 'faculties'), false],
    ['poster', firstIn(dist, 'posters'), false],
    ['news item', firstIn(dist, 'news'), false],
    ['template', firstIn(dist, 'templates'), false],
    ['assessment list', '/assessments/', false],
    ['404', '/404.html', false],
    ['poster gallery', '/posters/', true],
    ['assessment', '/assessments/readiness-to-innovate/', true],
    ['search', '/search/', true],
    ['poster submission', '/posters/submit/', true],
    ['course submission', '/training/submit/', true],
    ['run chart tool', '/tools/run-chart/', true],
    ['portfolio review tool', '/tools/portfolio-review/', true],
  ].filter(([, p]) => p && existsSync(path.join(dist, p.replace(/^\//, ''), p.endsWith('/') ? 'index.html' : '')));
}

/**
 * What a page needs before it can render: its HTML (brotli), the CSS written into
 * it, and the stylesheets it links (each compressed on its own, as served). A
 * stylesheet linked with media="print" does not block rendering on a screen: it
 * counts in the page's CSS but not in its first visit.
 */
export function pageCss(dist, base, pagePath) {
  const file = path.join(dist, pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  const linked = [];
  const printOnly = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="stylesheet"/.test(m[0])) continue;
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    const p = href && new URL(href, `http://x${base}${pagePath.replace(/^\//, '')}`).pathname;
    if (p?.startsWith(base)) (/\bmedia="print"/.test(m[0]) ? printOnly : linked).push(readFileSync(path.join(dist, p.slice(base.length))));
  }
  const linkedBr = linked.reduce((n, b) => n + br(b), 0);
  const printBr = printOnly.reduce((n, b) => n + br(b), 0);
  return {
    html: br(Buffer.from(html)),
    // The page's CSS as it travels: the linked files, plus what the inline CSS adds to the compressed HTML.
    css: linkedBr + printBr + (inline ? br(Buffer.from(html)) - br(Buffer.from(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''))) : 0),
    cssRaw: inline.length + [...linked, ...printOnly].reduce((n, b) => n + b.length, 0),
    blockingFiles: linked.length,
    firstVisit: br(Buffer.from(html)) + linkedBr,
  };
}

/** Rows of a table: per page type, its CSS and first visit against the targets. */
export function cssReport(dist, base = '/') {
  const rows = [];
  let missed = 0;
  for (const [name, p, form] of pageTypes(dist)) {
    const c = pageCss(dist, base, p);
    const cssTarget = form ? FORM_CSS : CONTENT_CSS;
    const cssOk = c.css <= cssTarget;
    const tripOk = form || (c.firstVisit <= ROUND_TRIP && c.blockingFiles === 0);
    if (!cssOk || !tripOk) missed++;
    rows.push([
      `${name} ${p}`,
      kb(c.cssRaw),
      `${kb(c.css)} / ${kb(cssTarget)}`,
      cssOk ? 'met' : 'MISSED',
      c.blockingFiles,
      form ? `${kb(c.firstVisit)}` : `${kb(c.firstVisit)} / ${kb(ROUND_TRIP)}`,
      form ? '—' : tripOk ? 'met' : 'MISSED',
    ]);
  }
  return { head: ['page', 'CSS KB', 'CSS br KB / target', 'CSS', 'CSS files blocking', 'first visit br KB (HTML + blocking CSS)', 'one round trip'], rows, missed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { head, rows, missed } = cssReport(dist);
  const widths = head.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log([line(head), ...rows.map(line)].join('\n'));
  console.log(missed ? `CSS targets missed on ${missed} page types.` : 'CSS targets met on every page type.');
}

#!/usr/bin/env node
/**
 * Compares two builds of the site (two dist/ folders), to show that a change
 * meant to move code around changed nothing a reader gets:
 *
 *   node scripts/compare-builds.mjs <before-dist> <after-dist>
 *
 * 1. Every file but the hashed assets and the search index is compared as text
 *    (or bytes), after asset names lose their hashes (`/_astro/Name.<hash>.js` ->
 *    `/_astro/Name.js`) and CSP hashes and island uids are masked, since they
 *    follow the assets' bytes; spreadsheets are compared without the time of
 *    the build written into them.
 * 2. For every page, the bytes of JavaScript and CSS it loads are added up: the
 *    scripts, stylesheets and island components it names and everything they
 *    import statically ("first load"), then also what they import when used
 *    ("on use"). A page whose total grows is reported.
 *
 * Exits 1 when a page differs or loads more bytes. Node only, no dependencies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node scripts/compare-builds.mjs <before-dist> <after-dist>');
  process.exit(2);
}

const HASHED = /(_astro\/[^/"'\s)?#]+?)\.[A-Za-z0-9_-]{8}(\.(?:js|css|mjs|png|jpe?g|webp|avif|svg|gif|woff2?))/g;
const normalise = (text) =>
  text
    .replace(HASHED, '$1$2')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-…'")
    // An island's uid is a hash that takes in its component's hashed address.
    .replace(/<astro-island uid="[^"]+"/g, '<astro-island uid="…"');
const TEXT = /\.(html|xml|json|txt|css|js|mjs|svg|conf|webmanifest)$|(^|\/)_(headers|redirects)$/;

/**
 * A zip file (the .xlsx templates) with the time of each entry blanked: the
 * spreadsheets are written at build time and carry it, whatever their contents.
 */
function withoutZipTimes(bytes) {
  const out = Buffer.from(bytes);
  for (let i = 0; i + 16 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.fill(0, i + 10, i + 14);
    else if (sig === 0x02014b50) out.fill(0, i + 12, i + 16);
  }
  return out;
}

function files(dir, rel = '') {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, r) : [r];
  });
}

/** Files outside _astro/ and pagefind/ (the search index is rebuilt from the same pages), by name. */
function pages(dir) {
  return new Map(files(dir).filter((f) => !f.startsWith('_astro/') && !f.startsWith('pagefind/')).map((f) => [f, f]));
}

// 1. Everything but the hashed assets.
const a = pages(before);
const b = pages(after);
const differences = [];
for (const f of new Set([...a.keys(), ...b.keys()])) {
  if (!a.has(f) || !b.has(f)) {
    differences.push(`${f}: only in ${a.has(f) ? 'before' : 'after'}`);
    continue;
  }
  const x = readFileSync(path.join(before, f));
  const y = readFileSync(path.join(after, f));
  if (TEXT.test(f)) {
    const nx = normalise(x.toString('utf8'));
    const ny = normalise(y.toString('utf8'));
    if (nx !== ny) {
      let i = 0;
      while (nx[i] === ny[i]) i++;
      differences.push(`${f}: differs at character ${i}\n    before: …${nx.slice(Math.max(0, i - 60), i + 100)}…\n    after:  …${ny.slice(Math.max(0, i - 60), i + 100)}…`);
    }
  } else if (/\.(xlsx|zip)$/.test(f) ? !withoutZipTimes(x).equals(withoutZipTimes(y)) : !x.equals(y)) differences.push(`${f}: bytes differ`);
}

// 2. The JavaScript and CSS each page loads.
const imports = (code, dynamic) =>
  [...code.matchAll(dynamic ? /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g : /(?:\bimport|\bfrom)\s*["']([^"']+\.(?:js|mjs|css))["']/g)].map((m) => m[1]);

function loaded(dist, html, page) {
  const named = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*\shref="([^"]+\.(?:css|js))"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
    // Inline module scripts import assets too.
    ...[...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => imports(m[1], false).concat(imports(m[1], true))),
  ];
  const toFile = (ref, from) => {
    const clean = ref.split(/[?#]/)[0];
    const abs = clean.startsWith('/') ? clean : path.posix.join(path.posix.dirname(from), clean);
    const i = abs.indexOf('_astro/');
    return i >= 0 ? abs.slice(i) : null;
  };
  const seen = new Map();
  const walk = (file, onUse) => {
    if (!file || (seen.has(file) && (onUse || !seen.get(file)))) return;
    seen.set(file, onUse);
    let code;
    try {
      code = readFileSync(path.join(dist, file), 'utf8');
    } catch {
      return;
    }
    if (!file.endsWith('.js')) return;
    for (const r of imports(code, false)) walk(toFile(r, `/${file}`), onUse);
    for (const r of imports(code, true)) walk(toFile(r, `/${file}`), true);
  };
  for (const r of named) walk(toFile(r, `/${page}`), false);
  const sum = { js: 0, css: 0, jsOnUse: 0, cssOnUse: 0, files: {} };
  for (const [file, onUse] of seen) {
    let size = 0;
    try {
      size = statSync(path.join(dist, file)).size;
    } catch {
      continue;
    }
    const kind = file.endsWith('.css') ? 'css' : 'js';
    if (!onUse) sum[kind] += size;
    sum[`${kind}OnUse`] += size;
    sum.files[file.replace(/\.[A-Za-z0-9_-]{8}\./, '.')] = size;
  }
  return sum;
}

const grew = [];
const shrank = [];
for (const f of [...a.keys()].filter((f) => f.endsWith('.html') && b.has(f))) {
  const x = loaded(before, readFileSync(path.join(before, f), 'utf8'), f);
  const y = loaded(after, readFileSync(path.join(after, f), 'utf8'), f);
  const keys = ['js', 'css', 'jsOnUse', 'cssOnUse'];
  const change = keys.filter((k) => x[k] !== y[k]).map((k) => `${k} ${x[k]} -> ${y[k]}`);
  if (!change.length) continue;
  if (keys.some((k) => y[k] > x[k])) {
    const files = [...new Set([...Object.keys(x.files), ...Object.keys(y.files)])].filter((n) => x.files[n] !== y.files[n]);
    grew.push(`${f}: ${change.join(', ')}\n      ${files.map((n) => `${n} ${x.files[n] ?? '-'} -> ${y.files[n] ?? '-'}`).join('\n      ')}`);
  }
  else shrank.push(`${f}: ${change.join(', ')}`);
}

const assetsA = files(before).filter((f) => f.startsWith('_astro/')).length;
const assetsB = files(after).filter((f) => f.startsWith('_astro/')).length;
console.log(`Compared ${a.size} files (and ${assetsA} -> ${assetsB} assets in _astro/).`);
console.log(differences.length ? `\n${differences.length} files differ:\n  ${differences.join('\n  ')}` : 'Every file is the same apart from asset hashes.');
console.log(grew.length ? `\n${grew.length} pages load more bytes:\n  ${grew.join('\n  ')}` : 'No page loads more JavaScript or CSS.');
if (shrank.length) console.log(`\n${shrank.length} pages load fewer bytes:\n  ${shrank.join('\n  ')}`);
process.exit(differences.length || grew.length ? 1 : 0);

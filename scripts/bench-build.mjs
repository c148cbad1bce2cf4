#!/usr/bin/env node
/**
 * Build speed against a plain baseline, for `npm run bench` (and on its own:
 * `node scripts/bench-build.mjs [--quick] [--pages N]`).
 *
 * The baseline is what Astro and Pagefind cost with nothing of ours: a minimal
 * Astro project in a temporary folder with the same generated method pages
 * (the same .mdx files, so @astrojs/mdx renders them as ours does), each
 * rendered through one plain layout, then indexed by Pagefind in the same
 * process. The two builds take turns, twice each, and the faster of each pair
 * is compared, so a burst of load on a shared machine does not decide the ratio.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildProject, copyProject, projectRoot } from './project-copy.mjs';

/** Fills content/methods under `projectDir` with copies of the real methods until there are `count`. */
export function generateMethods(projectDir, count) {
  const dir = path.join(projectDir, 'content', 'methods');
  const sources = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort();
  const texts = sources.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  for (let i = 0; i < count - sources.length; i++) {
    const k = i % sources.length;
    const text = texts[k]
      .replace(/^title: (.*)$/m, (_, t) => `title: ${t.replace(/^["']|["']$/g, '')} (example ${i + 1})`)
      // Aliases are search synonyms; copies must not claim the originals' ones.
      .replace(/^aliases:\n(?:\s+- .*\n)+/m, '');
    writeFileSync(path.join(dir, `bench-${i + 1}-${sources[k]}`), text);
  }
}

const plainConfig = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

const index = {
  name: 'plain-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      const site = fileURLToPath(dir);
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site + 'pagefind' });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  output: 'static',
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), index],
});
`;

const plainCollections = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { methods: defineCollection({ loader: glob({ base: './content/methods', pattern: '*.mdx' }) }) };
`;

const plainLayout = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>
  <body><main data-pagefind-body><slot /></main></body>
</html>
`;

const plainPage = `---
import { getCollection, render } from 'astro:content';
import Plain from '../../layouts/Plain.astro';
export async function getStaticPaths() {
  return (await getCollection('methods')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Plain title={entry.data.title}><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></Plain>
`;

/** A minimal Astro project with `count` method pages; returns its folder and how to remove it. */
export async function plainProject(count) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qi-hub-plain-'));
  await cp(path.join(projectRoot, 'content', 'methods'), path.join(dir, 'content', 'methods'), { recursive: true });
  generateMethods(dir, count);
  await mkdir(path.join(dir, 'src', 'pages', 'methods'), { recursive: true });
  await mkdir(path.join(dir, 'src', 'layouts'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), plainConfig);
  await writeFile(path.join(dir, 'src', 'content.config.ts'), plainCollections);
  await writeFile(path.join(dir, 'src', 'layouts', 'Plain.astro'), plainLayout);
  await writeFile(path.join(dir, 'src', 'pages', 'methods', '[slug].astro'), plainPage);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function htmlPages(dist) {
  return (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}

/** Builds the plain baseline of `count` pages; the project is removed afterwards. */
export async function buildPlain(count) {
  const p = await plainProject(count);
  try {
    const b = await buildProject(p.dir, { config: 'astro.config.mjs', outDir: path.join(p.dir, 'dist') });
    return { seconds: b.seconds, cpuSeconds: b.cpuSeconds, peakMemoryMB: b.peakMemoryMB, pages: await htmlPages(path.join(p.dir, 'dist')) };
  } finally {
    await p.remove();
  }
}

/** Builds QI Hub with `count` method pages in a throwaway copy; `keep` returns the copy (and its dist) instead of removing it. */
export async function buildOurs(count, { keep = false } = {}) {
  const copy = await copyProject('qi-hub-bench-');
  try {
    if (count) generateMethods(copy.dir, count);
    const dist = path.join(copy.dir, 'dist');
    const b = await buildProject(copy.dir, { outDir: dist });
    const result = { seconds: b.seconds, cpuSeconds: b.cpuSeconds, peakMemoryMB: b.peakMemoryMB, pages: await htmlPages(dist), dist, remove: copy.remove };
    if (!keep) await copy.remove();
    return result;
  } catch (e) {
    await copy.remove();
    throw e;
  }
}

/**
 * Plain, ours, plain, ours: the faster of each pair. `ours` builds our side
 * (the bench passes one that also times a search query on the result).
 * @param {number} count
 * @param {(count: number) => Promise<{ seconds: number, cpuSeconds: number | null, peakMemoryMB: number | null }>} [ours]
 */
export async function compareWithPlain(count, ours = (n) => buildOurs(n)) {
  const plain = [];
  const mine = [];
  const label = count.toLocaleString('en-GB');
  for (let round = 1; round <= 2; round++) {
    process.stdout.write(`Building ${label} pages, round ${round} of 2: plain Astro and Pagefind… `);
    plain.push(await buildPlain(count));
    process.stdout.write(`${plain.at(-1).seconds.toFixed(1)} s; QI Hub… `);
    mine.push(await ours(count));
    console.log(`${mine.at(-1).seconds.toFixed(1)} s`);
  }
  const fastest = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const leastCpu = (runs) => Math.min(...runs.map((r) => r.cpuSeconds ?? Infinity));
  return { count, plain: fastest(plain), ours: fastest(mine), plainCpu: leastCpu(plain), oursCpu: leastCpu(mine), plainRuns: plain.map((r) => r.seconds), oursRuns: mine.map((r) => r.seconds) };
}

/** Rows for the build targets table: the 1,000-page ratio and the 10,000-page time and memory. */
export function buildTargetRows(comparison, big) {
  const rows = [];
  if (comparison) {
    const ratio = comparison.ours.seconds / comparison.plain.seconds;
    rows.push([
      `${comparison.count.toLocaleString('en-GB')} pages ≤ 1.5 × plain Astro + Pagefind`,
      `${comparison.ours.seconds.toFixed(1)} s / ${comparison.plain.seconds.toFixed(1)} s = ${ratio.toFixed(2)} ×`,
      ratio <= 1.5 ? 'met' : `MISSED by ${(ratio - 1.5).toFixed(2)} ×`,
    ]);
    if (Number.isFinite(comparison.oursCpu) && Number.isFinite(comparison.plainCpu)) {
      const cpu = comparison.oursCpu / comparison.plainCpu;
      rows.push(['(for reading the above: CPU time, user + system, less swayed by other work)', `${comparison.oursCpu.toFixed(1)} s / ${comparison.plainCpu.toFixed(1)} s = ${cpu.toFixed(2)} ×`, 'not a target']);
    }
  }
  if (big) {
    rows.push(['10,000 pages ≤ 180 s', `${big.seconds.toFixed(1)} s`, big.seconds <= 180 ? 'met' : `MISSED by ${(big.seconds - 180).toFixed(1)} s`]);
    const mb = big.peakMemoryMB;
    rows.push(['10,000 pages ≤ 6 GB peak memory', mb == null ? 'n/a (no /usr/bin/time)' : `${(mb / 1024).toFixed(2)} GB`, mb == null ? 'not measured' : mb <= 6 * 1024 ? 'met' : `MISSED by ${((mb - 6 * 1024) / 1024).toFixed(2)} GB`]);
  } else {
    rows.push(['10,000 pages ≤ 180 s and ≤ 6 GB', 'not measured (--quick)', 'not measured']);
  }
  return rows;
}

// Run on its own: the comparison and, without --quick, the 10,000-page build.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pagesArg = process.argv.indexOf('--pages');
  const count = pagesArg > 0 ? Number(process.argv[pagesArg + 1]) : 1000;
  const comparison = await compareWithPlain(count);
  console.log(`plain runs: ${comparison.plainRuns.map((s) => s.toFixed(1)).join(', ')} s; ours: ${comparison.oursRuns.map((s) => s.toFixed(1)).join(', ')} s; least CPU: plain ${comparison.plainCpu} s, ours ${comparison.oursCpu} s`);
  let big = null;
  if (!process.argv.includes('--quick')) {
    process.stdout.write('Building 10,000 pages… ');
    big = await buildOurs(10000);
    console.log(`${big.seconds.toFixed(1)} s, ${big.cpuSeconds ?? 'n/a'} s CPU, ${big.peakMemoryMB ?? 'n/a'} MB`);
  }
  for (const r of buildTargetRows(comparison, big)) console.log(r.join(' | '));
}

/**
 * Speed of the portfolio review's similarity suggestions (src/portfolio/similarity.ts)
 * on 5,000 invented projects: in Node, and in Chromium when it is installed,
 * because the tool runs in a person's browser. Part of `npm run bench`; run it
 * alone with `node scripts/portfolio-bench.mjs`.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { inventRegister } from './portfolio-register.mjs';

const COUNT = 5000;

async function bundle(format) {
  const out = await build({ entryPoints: [new URL('../src/portfolio/similarity.ts', import.meta.url).pathname], bundle: true, write: false, format, globalName: 'similarity', platform: 'neutral' });
  return out.outputFiles[0].text;
}

function median(list) {
  const s = [...list].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function similarityReport(chromePath) {
  const { projects, duplicates } = inventRegister(COUNT);
  const mod = await import(`data:text/javascript;base64,${Buffer.from(await bundle('esm')).toString('base64')}`);
  const times = [];
  let found = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const out = mod.suggestPairs(projects);
    times.push(performance.now() - t);
    found = out.length;
  }
  const rows = [[`Node ${process.version}`, median(times).toFixed(0), `${found} suggestions (the first 500), ${duplicates.length} duplicates planted`]];
  if (chromePath) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: chromePath });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: await bundle('iife') });
      const ms = await page.evaluate((list) => {
        const t = [];
        for (let run = 0; run < 3; run++) {
          const s = performance.now();
          globalThis.similarity.suggestPairs(list);
          t.push(performance.now() - s);
        }
        return t.sort((a, b) => a - b)[1];
      }, projects);
      rows.push(['Chromium', ms.toFixed(0), '']);
    } finally {
      await browser.close();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chrome = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const { loadavg } = await import('node:os');
  for (const r of await similarityReport(chrome)) console.log(`(load average ${loadavg()[0].toFixed(1)}) Portfolio similarity, ${COUNT.toLocaleString('en-GB')} projects, ${r[0]}: ${r[1]} ms (target < 2,000 ms) ${r[2] ? `${r[2]}` : ''}`);
}

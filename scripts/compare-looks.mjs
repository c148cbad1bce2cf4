#!/usr/bin/env node
/**
 * Whether a change to the CSS changed how the site looks: full-page screenshots
 * of every page type and the states scripts add classes for, at 320 px and
 * 1280 px, printed and without JavaScript, compared pixel by pixel.
 *
 *   node scripts/compare-looks.mjs capture <built dist> <folder> [name pattern]
 *   node scripts/compare-looks.mjs compare <folder before> <folder after>
 *
 * Capture the build before a change, then the build after it, then compare:
 * every shot that differs is listed with its number of changed pixels, and an
 * image of the changed pixels (in red) is written beside the "after" shots.
 * Run from the project folder (Chromium is /usr/bin/chromium or CHROMIUM_PATH).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { startServer } from './serve.mjs';

const at = '2025-01-01T10:00:00.000Z';
const readinessItems = ['open-to-new-initiatives', 'generate-new-ideas', 'learn-from-outside', 'time-to-review-performance', 'staff-empowered-to-intervene', 'support-when-ideas-fail', 'evaluate-new-initiatives', 'recognise-and-reward'];
const answered = {
  v: 1,
  instrument: 'readiness-to-innovate',
  updatedAt: at,
  answers: Object.fromEntries(readinessItems.map((id, i) => [id, { value: [4, 1, 3, 2, 5, 1, 0, 2][i], at }])),
  snapshots: [],
};

/** The first page in a section that is not a redirect. */
function firstIn(dist, section) {
  const dir = path.join(dist, section);
  const name = readdirSync(dir)
    .sort()
    .find((n) => existsSync(path.join(dir, n, 'index.html')) && !/http-equiv="refresh"/.test(readFileSync(path.join(dir, n, 'index.html'), 'utf8')) && n !== 'submit');
  return `/${section}/${name}/`;
}

/** Each shot: a name, a path, and what to do on the page before the screenshot. */
function shots(dist) {
  const wait = (selector) => (page) => page.locator(selector).first().waitFor();
  const islandsIn = (page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  // The answer controls hydrate when scrolled to: brought in, so every capture shows them.
  const portability = async (page) => {
    await page.getByTestId('portability').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const island = document.querySelector('astro-island[component-url*="Portability"]');
      return island && !island.hasAttribute('ssr');
    });
    await page.evaluate(() => window.scrollTo(0, 0));
  };
  const pages = [
    ['home', '/'],
    ['about', '/about/'],
    ['method-list', '/methods/'],
    ['method', firstIn(dist, 'methods')],
    ['method-figures', '/methods/run-charts/'],
    ['poster', firstIn(dist, 'posters')],
    ['poster-gallery', '/posters/', islandsIn],
    ['course', firstIn(dist, 'training')],
    ['news', firstIn(dist, 'news')],
    ['template', firstIn(dist, 'templates')],
    ['assessment-list', '/assessments/'],
    ['assessment-empty', '/assessments/readiness-to-innovate/', async (page) => {
      await wait('#assessment-form[data-loaded="true"]')(page);
      await portability(page);
    }],
    ['search-query', '/search/?q=process%20mapping', (page) => page.waitForFunction(() => /result/i.test(document.querySelector('[data-app-search-status]')?.textContent ?? ''))],
    ['submission', '/posters/submit/', islandsIn],
    ['run-chart', '/tools/run-chart/', islandsIn],
    ['portfolio-review', '/tools/portfolio-review/', islandsIn],
    ['404', '/404.html'],
  ];
  const list = [];
  for (const width of [320, 1280]) {
    for (const [name, at, settle] of pages) list.push({ name: `${name}-${width}`, path: at, width, settle });
    list.push({
      name: `assessment-answered-${width}`,
      path: '/assessments/readiness-to-innovate/',
      width,
      init: answered,
      settle: async (page) => {
        await page.locator('[data-testid=total]').first().waitFor();
        await portability(page);
      },
    });
    list.push({
      name: `submission-errors-${width}`,
      path: '/posters/submit/',
      width,
      settle: async (page) => {
        await islandsIn(page);
        await page.getByRole('button', { name: 'Check and preview' }).click();
        await page.getByTestId('error-summary').waitFor();
      },
    });
  }
  list.push({
    name: 'header-more-open-320',
    path: '/',
    width: 320,
    settle: async (page) => {
      await page.locator('.nhsuk-header__menu:not([hidden])').waitFor();
      await page.locator('.nhsuk-header__menu-toggle').click();
      await page.locator('.nhsuk-header__menu-list').waitFor();
    },
  });
  for (const [name, at] of [['home', '/'], ['search', '/search/?q=process%20mapping'], ['assessment', '/assessments/readiness-to-innovate/'], ['submission', '/posters/submit/']]) {
    list.push({ name: `nojs-${name}-320`, path: at, width: 320, noJs: true });
  }
  list.push({ name: 'print-assessment-answered', path: '/assessments/readiness-to-innovate/', width: 800, print: true, init: answered, settle: (page) => page.locator('[data-testid=total]').first().waitFor() });
  list.push({ name: 'print-method', path: firstIn(dist, 'methods'), width: 800, print: true });
  return list;
}

async function capture(dist, out, only) {
  mkdirSync(out, { recursive: true });
  const server = await startServer({ dir: dist });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  try {
    for (const shot of shots(dist).filter((s) => !only || new RegExp(only).test(s.name))) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: 800 }, javaScriptEnabled: !shot.noJs, reducedMotion: 'reduce', deviceScaleFactor: 1 });
      const page = await context.newPage();
      if (shot.init) await page.addInitScript((r) => localStorage.setItem(`qi-hub:answers:${r.instrument}`, JSON.stringify(r)), shot.init);
      if (shot.print) await page.emulateMedia({ media: 'print' });
      await page.goto(new URL(shot.path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
      if (!shot.noJs) await page.waitForFunction(() => document.readyState === 'complete');
      if (shot.settle) await shot.settle(page);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
      await context.close();
      process.stdout.write('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nShots in ${out}`);
}

function compare(before, after) {
  let differing = 0;
  const names = readdirSync(before).filter((n) => n.endsWith('.png') && !n.endsWith('.diff.png')).sort();
  for (const name of names) {
    const file = path.join(after, name);
    if (!existsSync(file)) {
      console.log(`${name}: missing after`);
      differing++;
      continue;
    }
    const a = PNG.sync.read(readFileSync(path.join(before, name)));
    const b = PNG.sync.read(readFileSync(file));
    if (a.width !== b.width || a.height !== b.height) {
      console.log(`${name}: size ${a.width}x${a.height} before, ${b.width}x${b.height} after`);
      differing++;
      continue;
    }
    const diff = new PNG({ width: a.width, height: a.height });
    let changed = 0;
    let top = Infinity;
    for (let i = 0; i < a.data.length; i += 4) {
      const same = a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2] && a.data[i + 3] === b.data[i + 3];
      diff.data[i] = same ? b.data[i] >> 2 : 255;
      diff.data[i + 1] = same ? b.data[i + 1] >> 2 : 0;
      diff.data[i + 2] = same ? b.data[i + 2] >> 2 : 0;
      diff.data[i + 3] = 255;
      if (!same) {
        changed++;
        top = Math.min(top, Math.floor(i / 4 / a.width));
      }
    }
    if (changed) {
      differing++;
      console.log(`${name}: ${changed} pixels differ (first at y=${top})`);
      writeFileSync(path.join(after, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
    }
  }
  console.log(`${names.length} shots compared, ${differing} differ.`);
  return differing;
}

const [command, first, second, only] = process.argv.slice(2);
if (command === 'capture' && first && second) await capture(path.resolve(first), path.resolve(second), only);
else if (command === 'compare' && first && second) process.exitCode = compare(path.resolve(first), path.resolve(second)) ? 1 : 0;
else {
  console.error('Use: compare-looks.mjs capture <dist> <folder>, or compare-looks.mjs compare <folder before> <folder after>');
  process.exitCode = 2;
}

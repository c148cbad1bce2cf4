// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/build-time/pagefind.ts';
import preactWithoutBabel from './src/build-time/preact-without-babel.ts';
import deployConfig from './src/build-time/host-files/integration.ts';
import posterFiles from './src/build-time/poster-files/integration.ts';
import siteOrigin from './src/build-time/site-origin.ts';
import clientAnswers from './src/build-time/client-answers.ts';
import scriptIslands from './src/build-time/script-islands.ts';
import { unusedCss } from './src/build-time/unused-css.ts';
import pageHashes from './src/build-time/page-hashes.ts';
import { staticReachOf } from './src/build-time/static-reach.ts';
import printCss from './src/build-time/print-css.ts';
import { preloadHelper } from './src/build-time/preload-helper.ts';
import { site } from './src/site/config/site.ts';
import { devOrigin, resolveOrigin } from './src/site/config/origin.ts';
import { cspDirectives } from './src/site/config/security.ts';

// The origin every absolute address is written with. A production build with
// none stops in the site-origin integration; dev and check use the dev server's.
const origin = resolveOrigin(process.env);

export default defineConfig({
  site: origin?.url ?? devOrigin,
  base: site.base,
  output: 'static',
  trailingSlash: 'always',
  // Every page's CSS is written into it (Astro adds each <style>'s hash to the CSP), so a
  // first visit renders from the HTML alone, in one round trip, with nothing to wait for.
  // In a build Astro works on short stand-ins for the stylesheets, put back as each page is
  // written (src/build-time/css-stand-ins.ts, registered by print-css).
  // Pages render four at a time: a page's rendering spends much of its time waiting (on content, images,
  // writing the file), which another page's rendering now fills: the 1,000-page build renders its pages
  // in 6.6 to 7.6 s rather than 10 s on a quiet 2-core machine. Our per-page work (page-hashes' middleware, print-css) is synchronous
  // per page and keeps only caches between pages, so pages may render in any order.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  // Two content entries with one id (e.g. two posters with the same slug), or two
  // pages at one URL, fail the build naming both files instead of one silently winning.
  prerenderConflictBehavior: 'error',
  // Shiki writes inline styles, which the CSP forbids; content has no code to highlight.
  markdown: { syntaxHighlight: false },
  // Preact as @astrojs/preact sets it up, but with Vite compiling the islands' JSX rather than Babel
  // (src/build-time/preact-without-babel.ts). Only the islands (.tsx) hold JSX, and only they are Preact's.
  integrations: [siteOrigin(origin), posterFiles(), mdx(), preactWithoutBabel({ include: [/\.tsx$/] }), scriptIslands(), clientAnswers(), printCss(), pageHashes(), pagefind(), deployConfig()],
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    // A smaller helper around import() than Vite's: every page's CSS is in the page, so no
    // chunk has a stylesheet to preload; and no preload of what the importer has loaded already
    // (src/build-time/preload-helper.ts).
    plugins: [...preloadHelper()],
    // Astro starts every compiled .mdx module with its own "use astro:head-inject" directive, which it reads
    // before bundling; Rolldown then warns, with a code frame, that it drops the directive from the bundle. That
    // is one warning of about ten lines per .mdx file (1,000 of them in a 1,000-page build), and nothing to act on.
    // The only directives here are Astro's: Preact islands have no "use client".
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
    css: { preprocessorOptions: { scss: { quietDeps: true } }, postcss: { plugins: [unusedCss()] } },
    // Fewer, larger browser chunks (to keep each page's JavaScript small): each file is compressed on its own,
    // so what an assessment page runs at load (the store, nanostores' atom and map, the small storage
    // entry) goes in one file, and Preact with its hooks, JSX runtime and Astro renderer in another
    // (with nanostores' listenKeys, which @nanostores/preact uses: in the storage file it would make
    // every page with an island fetch that file). The full record
    // reader (storage/parse-record.ts, record-salvage.ts) stays out: it loads on demand. The helper
    // Vite wraps around import() gets a file of its own: left to itself it lands in one of those two,
    // and then every page with an on-demand import fetches that file too (Preact at load, or the store).
    // Client build only.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // What the document store (charts) shares with the answer record: the guarded localStorage wrapper and
                  // the time check. Inside the answer-storage group it made the chart page fetch the whole answer record
                  // reader (5 KB brotli) for 1.5 KB it runs. One file, not two: every page that loads one loads the other,
                  // and a second file cost about 50 bytes brotli more (its own header and one more import).
                  { name: 'guarded-storage', test: /src[\\/](storage[\\/](guarded|kept-aside)|schemas[\\/]iso-time)\.ts$/, priority: 1 },
                  // Everything of ours the assessment form's script imports statically (the store, storage), and
                  // nanostores' atom and map. Follows the import graph, so a new file there needs no edit here.
                  {
                    name: staticReachOf(
                      'src/assessments/scripts/assessment-form.ts',
                      'answer-storage',
                      /node_modules[\\/]nanostores[\\/](atom|map)[\\/]index\.js$/,
                    ),
                  },
                  // What the results, fault cards and import change records with (snapshots, start again, reset):
                  // one file, not one per module, loaded with the first of them. With them, what a record holds
                  // now (current-answers.ts), which the results and export read too.
                  { name: 'record-actions', test: /src[\\/]assessments[\\/]record[\\/](actions[\\/]|current-answers\.ts$)/ },
                  // The whole answers storage (storage/index.ts) with the full record reader it puts in place (repair.ts):
                  // one file, not a second one of a few bytes that every importer of the whole storage lists to preload.
                  { name: 'repair', test: /src[\\/]assessments[\\/]record[\\/]storage[\\/](index|repair)\.ts$/ },
                  // First (highest priority), or the storage group takes the helper in as one of its dependencies.
                  { name: 'load-on-demand', test: /vite[\\/]preload-helper(\.js)?$/, priority: 10 },
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact|@nanostores[\\/]preact)[\\/]/ },
                ],
              },
            },
          },
        },
      },
    },
  },
});

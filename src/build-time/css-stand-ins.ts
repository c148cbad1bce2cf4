/**
 * Every page's CSS is written into it (build.inlineStylesheets 'always'), and
 * for every page Astro joins the page's stylesheets into one string of about
 * 74 KB, hashes it for the CSP and encodes the page, CSS and all, as UTF-8:
 * about 3 ms a page, the same work again and again on the same few stylesheets.
 *
 * So in a build Astro is handed a stand-in for each stylesheet instead, a CSS
 * comment naming it (`/*qi-css:<hash>*\/`), and does that work on a few dozen
 * bytes. print-css puts the stylesheets back as each page renders, in
 * page-hashes' middleware, where it already splits each distinct set of them
 * once and swaps the CSP hash of each <style> it changes: the pages written are
 * the same bytes as before.
 *
 * The stand-ins replace the CSS files' contents before Astro's own
 * generateBundle decides which to write into pages; any file still in the
 * bundle after every plugin has run (one no page takes in) gets its CSS back,
 * so no stand-in is ever written to a file.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { Encoding } from './page-hashes';

/** A stylesheet, as text and as its UTF-8 bytes read a character per byte. */
type Sheet = Record<Encoding, string>;

// On globalThis: the middleware runs from the server bundle, a different copy of this module from the integration's.
const SHEETS = Symbol.for('qi-hub:css-stand-ins');
const store = globalThis as { [SHEETS]?: Map<string, Sheet> };
const sheets = () => (store[SHEETS] ??= new Map());

/**
 * Vite ends each CSS file with this comment and takes it out in its own
 * generateBundle, which runs after this one: taken out here, as Vite does, so
 * the stylesheet put back is what Vite would have given Astro.
 */
const VITE_MARKER = /\/\*\$vite\$:\d+\*\//;

const STAND_IN = /\/\*qi-css:[0-9a-f]{20}\*\//g;
const ONLY_STAND_IN = /^\/\*qi-css:[0-9a-f]{20}\*\/$/;

/** Whether `css` (a <style>'s text) holds stand-ins to put back. */
export const hasStandIns = (css: string): boolean => css.includes('/*qi-css:');

/** The stand-in for a stylesheet, which is remembered until the build is done. */
export function standInFor(css: string): string {
  const standIn = `/*qi-css:${createHash('sha256').update(css, 'utf8').digest('hex').slice(0, 20)}*/`;
  const known = sheets().get(standIn);
  if (known && known.utf8 !== css) throw new Error(`Two stylesheets share the stand-in ${standIn}`);
  if (!known) sheets().set(standIn, { utf8: css, latin1: Buffer.from(css, 'utf8').toString('latin1') });
  return standIn;
}

/**
 * `css` with each stand-in replaced by its stylesheet (with 'latin1', as UTF-8
 * bytes read a character per byte). A stand-in with no stylesheet stops the
 * build rather than ship a page without its CSS.
 */
export function putBackStylesheets(css: string, encoding: Encoding = 'utf8'): string {
  return css.replace(STAND_IN, (standIn) => {
    const sheet = sheets().get(standIn);
    if (!sheet) throw new Error(`No stylesheet for ${standIn}: was it made in another build?`);
    return sheet[encoding];
  });
}

/** Forgets the stylesheets of the build that is done. */
export const forgetStylesheets = (): void => void store[SHEETS]?.clear();

/** The Vite plugins that swap each CSS file's contents for a stand-in, and put back those of files left in the bundle. */
export function cssStandIns(): Plugin[] {
  return [
    {
      name: 'qi-hub:css-stand-ins',
      apply: 'build',
      generateBundle: {
        // Before Astro reads the CSS to write it into pages (its plugin comes before ours in the list).
        order: 'pre',
        handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || !file.fileName.endsWith('.css') || typeof file.source !== 'string') continue;
            const css = file.source.replace(VITE_MARKER, '');
            // Astro drops an empty file, and never joins a stylesheet with @import to another: left as they are.
            if (!css || css.includes('@import')) continue;
            file.source = standInFor(css);
          }
        },
      },
    },
    {
      name: 'qi-hub:css-stand-ins-restore',
      apply: 'build',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type === 'asset' && typeof file.source === 'string' && ONLY_STAND_IN.test(file.source)) file.source = putBackStylesheets(file.source);
          }
        },
      },
    },
  ];
}

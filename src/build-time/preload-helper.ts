/**
 * A smaller stand-in for the helper Vite wraps around every dynamic import()
 * in the client build (`__vitePreload`, from the virtual module
 * `\0vite/preload-helper.js`). Vite's helper preloads the JavaScript a lazy
 * chunk imports and also loads, and waits for, the CSS files it names: about
 * 0.8 KB brotli, fetched at load by every page with an on-demand import (the
 * assessment form's script among them). Here every page's CSS is written into
 * the page (astro.config.mjs, build.inlineStylesheets 'always'), so no chunk
 * ever names a CSS file; this helper keeps the rest of the contract:
 *
 * - `__vitePreload(load, deps, importerUrl?)` returns what `load()` (the real
 *   import()) returns;
 * - each JavaScript dependency Vite lists is preloaded once, with
 *   `<link rel="modulepreload">`, so a lazy chunk's own imports download at
 *   the same time as it rather than after it;
 * - a failed import fires the cancelable `vite:preloadError` event on window
 *   with the error as `payload`, and rethrows unless a listener cancelled it.
 *
 * Left out, on purpose: CSS (never named, and the build stops if one is: see
 * `preloadHelperGuard`), the `rel="preload"` fallback for browsers without
 * modulepreload (they ignore the link and fetch the module when it is
 * imported, as they would without any hint) and the CSP nonce copied from a
 * `<meta property="csp-nonce">` (the site's policy allows scripts from 'self'
 * and lists hashes; it has no nonce).
 *
 * Each import's preload list also leaves out the chunks its importer imports
 * statically (`notYetLoaded`): they are loaded before the importer runs. It
 * is written where the import is, as a plain array (`inlinePreloadLists`).
 *
 * Because the virtual module's id is Vite's internal name, the plugin checks
 * each client build that it really supplied the helper (see
 * `preloadHelperGuard`): if Vite renames the module or stops wrapping
 * import(), the build fails instead of silently shipping Vite's own helper.
 */
import type { Plugin, ResolvedConfig } from 'vite';

/** The virtual module Vite 8 imports `__vitePreload` from (its `preloadHelperId`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper module's source. `base` is the build's base path (what Vite
 * prefixes to each dependency it lists). With a relative base, or with
 * `experimental.renderBuiltUrl`, Vite lists dependencies relative to the
 * importing chunk and passes that chunk's URL as the third argument, so they
 * are resolved against it instead (as Vite's helper does).
 */
export function preloadHelperSource(base: string, relativeToImporter: boolean): string {
  const url = relativeToImporter ? 'new URL(d, i).href' : `new URL(${JSON.stringify(base)} + d, import.meta.url).href`;
  return `const seen = new Set();
export const __vitePreload = (load, deps, i) => {
  for (const d of deps || []) {
    const href = ${url};
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.appendChild(link);
  }
  return load().catch((error) => {
    const event = new Event("vite:preloadError", { cancelable: true });
    event.payload = error;
    if (dispatchEvent(event)) throw error;
  });
};
`;
}

/** What the guard needs to know of one output chunk. */
export interface ChunkFacts {
  fileName: string;
  code: string;
  dynamicImports: readonly string[];
}

/**
 * Why the build must stop, or null when all is well. `served` says whether
 * this plugin's load hook supplied the helper in this build.
 */
export function preloadHelperGuard(served: boolean, chunks: readonly ChunkFacts[]): string | null {
  const lazy = chunks.find((c) => c.dynamicImports.length > 0);
  if (lazy && !served)
    return (
      `${lazy.fileName} loads code with import(), but Vite never asked for ${JSON.stringify(PRELOAD_HELPER_ID)}, ` +
      'so its own preload helper may be in the build instead of ours. Vite has probably renamed its preload helper module: ' +
      'find its new id (preloadHelperId in node_modules/vite/dist/node/chunks/) and update PRELOAD_HELPER_ID in src/build-time/preload-helper.ts.'
    );
  // Vite's helper, and not ours, has this message (it survives minifying).
  const viteOwn = chunks.find((c) => c.code.includes('Unable to preload CSS'));
  if (viteOwn) return `${viteOwn.fileName} holds Vite's own preload helper: another plugin supplied ${JSON.stringify(PRELOAD_HELPER_ID)} before ours.`;
  // The dependency lists Vite writes into each chunk: this helper preloads only JavaScript.
  for (const c of chunks) {
    const list = /const __vite__mapDeps=.*?m\.f=\[([^\]]*)\]/.exec(c.code)?.[1];
    const css = list && /"[^"]*\.css(\?[^"]*)?"/.exec(list)?.[0];
    if (css)
      return `${c.fileName} would preload the stylesheet ${css}, which the site's preload helper does not load (it expects every page's CSS written into the page).`;
  }
  return null;
}

/**
 * The chunks a dynamic import still needs preloaded: Vite lists every chunk the
 * imported one depends on, including those its importer (`host`) imports
 * statically, directly or not. Those ran before the importer did, so they are
 * loaded already; listing them costs bytes in the importer and preloads nothing.
 * `staticImports` gives a chunk's static imports (file names, as in `deps`).
 */
export function notYetLoaded(deps: readonly string[], host: string, staticImports: (fileName: string) => readonly string[] | undefined): string[] {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    for (const next of staticImports(file) ?? []) {
      if (loaded.has(next)) continue;
      loaded.add(next);
      visit(next);
    }
  };
  visit(host);
  return deps.filter((dep) => !loaded.has(dep));
}

/**
 * Each import's preload list written in place. Vite writes a chunk's
 * dependency file names once, in a `__vite__mapDeps` function at its top, and
 * each import() picks its list from them by index (`__vite__mapDeps([0,1])`).
 * That function costs about 45 bytes brotli in every chunk that has one, more
 * than repeating a name saves: the chunks an assessment page runs at load have
 * one import() each with a list, so there each name would be written once
 * either way. Here each list becomes a plain array of the same names, which
 * the helper receives as before. Code not in the form Vite writes (a list
 * built at run time, as with `experimental.renderBuiltUrl`) is left as it is.
 */
export function inlinePreloadLists(code: string): string {
  const header = /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[.*?\])\)\)\)=>i\.map\(i=>d\[i\]\);\n/.exec(code);
  if (!header) return code;
  let files: unknown;
  try {
    files = JSON.parse(header[1]!);
  } catch {
    return code;
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) return code;
  let whole = true;
  const body = code.slice(header[0].length).replace(/__vite__mapDeps\(\[(\d+(?:,\d+)*)\]\)/g, (_call, list: string) => {
    const names = list.split(',').map((i) => files[Number(i)] as string | undefined);
    if (names.some((n) => n === undefined)) whole = false;
    return JSON.stringify(names);
  });
  return whole && !body.includes('__vite__mapDeps') ? body : code;
}

/**
 * The Vite plugins: one supplies the helper to the client build and trims
 * each import's preload list; the other runs the guard on the finished output,
 * then writes each list in place.
 */
export function preloadHelper(): Plugin[] {
  let config: ResolvedConfig;
  let served = false;
  // The client bundle, kept so preload lists can be trimmed while Vite writes them (after this plugin's generateBundle).
  let bundle: Record<string, { type: string; imports?: readonly string[] }> | undefined;
  const staticImports = (fileName: string) => {
    const chunk = bundle?.[fileName];
    return chunk?.type === 'chunk' ? chunk.imports : undefined;
  };
  return [
    {
      name: 'qi-hub:preload-helper',
      apply: 'build',
      // Before Vite's own import analysis, which otherwise resolves and loads the same id.
      enforce: 'pre',
      applyToEnvironment: (environment) => environment.config.consumer === 'client',
      config: () => ({
        build: {
          // Without the bundle (should Vite ever ask before generateBundle), every dependency stays: nothing is lost but bytes.
          // The imported chunk itself stays listed, though import() fetches it at once: left out (tried on 2 December 2026),
          // it saved 4 bytes and cost Lighthouse's total blocking time on an answered assessment page (performance 93 to 94,
          // against 97 to 100 with it), as the browser no longer prepares the chunk alongside its preloaded imports.
          modulePreload: { resolveDependencies: (_file: string, deps: string[], { hostId }: { hostId: string }) => notYetLoaded(deps, hostId, staticImports) },
        },
      }),
      configResolved(resolved) {
        config = resolved;
      },
      buildStart() {
        served = false;
        bundle = undefined;
      },
      resolveId(id) {
        return id === PRELOAD_HELPER_ID ? id : null;
      },
      load(id) {
        if (id !== PRELOAD_HELPER_ID) return null;
        served = true;
        const relative = config.base === './' || config.base === '' || !!config.experimental.renderBuiltUrl;
        return preloadHelperSource(config.base, relative);
      },
      generateBundle: {
        order: 'pre',
        handler(_options, output) {
          bundle = output;
        },
      },
    },
    {
      name: 'qi-hub:preload-helper-guard',
      apply: 'build',
      applyToEnvironment: (environment) => environment.config.consumer === 'client',
      // After Vite has written each chunk's dependency list.
      generateBundle: {
        order: 'post',
        handler(_options, output) {
          const chunks = Object.values(output).flatMap((o) =>
            o.type === 'chunk' ? [{ fileName: o.fileName, code: o.code, dynamicImports: o.dynamicImports }] : [],
          );
          const problem = preloadHelperGuard(served, chunks);
          if (problem) this.error(problem);
          // Once checked. A chunk with a source map keeps Vite's form, so its map stays true.
          for (const o of Object.values(output)) if (o.type === 'chunk' && !o.map) o.code = inlinePreloadLists(o.code);
        },
      },
    },
  ];
}

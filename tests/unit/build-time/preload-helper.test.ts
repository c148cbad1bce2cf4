import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Plugin } from 'vite';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inlinePreloadLists, notYetLoaded, PRELOAD_HELPER_ID, preloadHelper, preloadHelperGuard, preloadHelperSource } from '../../../src/build-time/preload-helper';

type Preload = (load: () => Promise<unknown>, deps?: string[] | void, importer?: string) => Promise<unknown>;

/** A stand-in for the few parts of the DOM the helper touches: the links it appends, and window's events. */
function fakeDom() {
  const links: Record<string, string>[] = [];
  const events: Event[] = [];
  let cancel = false;
  vi.stubGlobal('document', {
    createElement: (tag: string) => ({ tag }),
    head: { appendChild: (link: Record<string, string>) => links.push(link) },
  });
  vi.stubGlobal('dispatchEvent', (e: Event) => {
    events.push(e);
    if (cancel) e.preventDefault();
    return !e.defaultPrevented;
  });
  return { links, events, cancelNext: () => (cancel = true) };
}

let work: string;
let count = 0;
/** Imports the helper's source as the browser would: as a module file, with its own import.meta.url. */
async function helper(base: string, relative = false): Promise<{ preload: Preload; url: string }> {
  const file = path.join(work, `helper-${count++}.mjs`);
  writeFileSync(file, preloadHelperSource(base, relative));
  const url = pathToFileURL(file).href;
  const m = (await import(/* @vite-ignore */ url)) as { __vitePreload: Preload };
  return { preload: m.__vitePreload, url };
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'qi-preload-helper-'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(work, { recursive: true, force: true });
});

describe('the preload helper', () => {
  it('returns what the import returns, with no dependencies to preload', async () => {
    const dom = fakeDom();
    const { preload } = await helper('/');
    const module = { answer: 42 };
    await expect(preload(() => Promise.resolve(module), void 0)).resolves.toBe(module);
    await expect(preload(() => Promise.resolve(module), [])).resolves.toBe(module);
    expect(dom.links).toEqual([]);
  });

  it('preloads each JavaScript dependency once, under the base path, as a module', async () => {
    const dom = fakeDom();
    const { preload, url } = await helper('/qi-hub/');
    await preload(() => Promise.resolve(1), ['_astro/a.js', '_astro/b.js']);
    await preload(() => Promise.resolve(2), ['_astro/b.js', '_astro/c.js']);
    const href = (f: string) => new URL(`/qi-hub/${f}`, url).href;
    expect(dom.links).toEqual(
      ['_astro/a.js', '_astro/b.js', '_astro/c.js'].map((f) => ({ tag: 'link', rel: 'modulepreload', crossOrigin: '', href: href(f) })),
    );
  });

  it('resolves dependencies against the importing chunk when Vite passes it (relative base)', async () => {
    const dom = fakeDom();
    const { preload } = await helper('./', true);
    await preload(() => Promise.resolve(1), ['./b.js', '../x/c.js'], 'https://example.org/site/_astro/a.js');
    expect(dom.links.map((l) => l.href)).toEqual(['https://example.org/site/_astro/b.js', 'https://example.org/site/x/c.js']);
  });

  it('starts the import without waiting for the preloads', async () => {
    fakeDom();
    const { preload } = await helper('/');
    const load = vi.fn(() => Promise.resolve('m'));
    const result = preload(load, ['_astro/a.js']);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(result).resolves.toBe('m');
  });

  it('reports a failed import as vite:preloadError and rethrows it, unless a listener cancels it', async () => {
    const dom = fakeDom();
    const { preload } = await helper('/');
    const error = new Error('offline');
    await expect(preload(() => Promise.reject(error), [])).rejects.toBe(error);
    expect(dom.events).toHaveLength(1);
    expect(dom.events[0]!.type).toBe('vite:preloadError');
    expect(dom.events[0]!.cancelable).toBe(true);
    expect((dom.events[0] as Event & { payload: unknown }).payload).toBe(error);
    dom.cancelNext();
    await expect(preload(() => Promise.reject(error), [])).resolves.toBeUndefined();
  });

  it('preloads every distinct dependency exactly once, whatever the order of the imports', async () => {
    const dep = fc.constantFrom('_astro/a.js', '_astro/b.js', '_astro/c.js', '_astro/d.js');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(dep, { maxLength: 4 }), { maxLength: 6 }), async (calls) => {
        const dom = fakeDom();
        const { preload } = await helper('/');
        for (const deps of calls) await preload(() => Promise.resolve(0), deps);
        const wanted = [...new Set(calls.flat())];
        expect(dom.links.map((l) => new URL(l.href!).pathname)).toEqual(wanted.map((d) => `/${d}`));
      }),
      { numRuns: 30 },
    );
  });
});

describe('preloadHelperGuard', () => {
  const chunk = (fileName: string, code = '', dynamicImports: string[] = []) => ({ fileName, code, dynamicImports });

  it('passes a build whose helper is ours and whose lazy chunks preload only JavaScript', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\nimport("./a.js")';
    expect(preloadHelperGuard(true, [chunk('page.js', code, ['a.js']), chunk('a.js')])).toBeNull();
    // No import() at all: nothing asks for the helper, and nothing is wrong.
    expect(preloadHelperGuard(false, [chunk('page.js')])).toBeNull();
  });

  it('fails when code loads with import() but the helper was never asked for (Vite renamed it)', () => {
    expect(preloadHelperGuard(false, [chunk('page.js', '', ['a.js'])])).toMatch(/page\.js loads code with import\(\).*PRELOAD_HELPER_ID/s);
  });

  it("fails when Vite's own helper is in the output", () => {
    const vite = 'throw Error(`Unable to preload CSS for ${c}`)';
    expect(preloadHelperGuard(true, [chunk('load-on-demand.js', vite)])).toMatch(/Vite's own preload helper/);
  });

  it('fails when a chunk would preload a stylesheet', () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/a.css"])))=>i.map(i=>d[i]);';
    expect(preloadHelperGuard(true, [chunk('page.js', code, ['a.js'])])).toMatch(/page\.js would preload the stylesheet "_astro\/a\.css"/);
  });
});

describe('notYetLoaded', () => {
  const graph: Record<string, string[]> = {
    'page.js': ['store.js', 'helper.js'],
    'store.js': ['time.js', 'helper.js'],
    'lazy.js': ['store.js', 'extra.js'],
    'extra.js': ['more.js'],
  };
  const imports = (f: string) => graph[f];

  it('leaves out what the importer imports statically, directly or not, and keeps the rest in order', () => {
    expect(notYetLoaded(['lazy.js', 'store.js', 'time.js', 'helper.js', 'extra.js', 'more.js'], 'page.js', imports)).toEqual(['lazy.js', 'extra.js', 'more.js']);
  });

  it('keeps everything when the importer is unknown (no bundle yet)', () => {
    expect(notYetLoaded(['a.js', 'b.js'], 'page.js', () => undefined)).toEqual(['a.js', 'b.js']);
  });

  it('keeps exactly the dependencies outside the static closure, whatever the graph, cycles included', () => {
    const file = fc.constantFrom('a.js', 'b.js', 'c.js', 'd.js', 'e.js');
    fc.assert(
      fc.property(fc.dictionary(file, fc.array(file, { maxLength: 3 })), file, fc.array(file, { maxLength: 5 }), (g, host, deps) => {
        const closure = new Set<string>();
        const stack = [...(g[host] ?? [])];
        while (stack.length) {
          const f = stack.pop()!;
          if (!closure.has(f)) closure.add(f), stack.push(...(g[f] ?? []));
        }
        expect(notYetLoaded(deps, host, (f) => g[f])).toEqual(deps.filter((d) => !closure.has(d)));
      }),
    );
  });
});

describe('inlinePreloadLists', () => {
  // As Vite 8 writes them (vite:build-import-analysis), minified.
  const header = (files: string[]) => `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(files)})))=>i.map(i=>d[i]);\n`;

  it('writes each list in place, with the same names in the same order, and drops the lookup', () => {
    const code =
      header(['_astro/a.1.js', '_astro/b.2.js', '_astro/c.3.js']) +
      'import{t as p}from"./p.js";p(()=>import("./a.1.js"),__vite__mapDeps([0,1]));p(()=>import("./c.3.js"),__vite__mapDeps([2,1]));';
    expect(inlinePreloadLists(code)).toBe(
      'import{t as p}from"./p.js";p(()=>import("./a.1.js"),["_astro/a.1.js","_astro/b.2.js"]);p(()=>import("./c.3.js"),["_astro/c.3.js","_astro/b.2.js"]);',
    );
  });

  it('gives the helper the lists the lookup gave', () => {
    const files = ['_astro/a.js', '_astro/b.js', "_astro/q'\".js"];
    const calls = '[__vite__mapDeps([0]),__vite__mapDeps([2,0,1]),__vite__mapDeps([1])]';
    const before = new Function(`${header(files)}return ${calls};`)() as unknown;
    const after = new Function(`return ${inlinePreloadLists(header(files) + calls)};`)() as unknown;
    expect(after).toEqual(before);
  });

  it('leaves alone code without the lookup, or with a lookup not in the form Vite writes', () => {
    expect(inlinePreloadLists('p(()=>import("./a.js"),[])')).toBe('p(()=>import("./a.js"),[])');
    // experimental.renderBuiltUrl: names built at run time.
    const runtime = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[window.base+"a.js"])))=>i.map(i=>d[i]);\np(()=>import("./a.js"),__vite__mapDeps([0]));';
    expect(inlinePreloadLists(runtime)).toBe(runtime);
    const outOfRange = header(['_astro/a.js']) + 'p(()=>import("./a.js"),__vite__mapDeps([0,1]));';
    expect(inlinePreloadLists(outOfRange)).toBe(outOfRange);
    const otherUse = header(['_astro/a.js']) + 'globalThis.x=__vite__mapDeps;';
    expect(inlinePreloadLists(otherUse)).toBe(otherUse);
  });
});

describe('the plugins', () => {
  const [plugin, guard] = preloadHelper() as [Plugin, Plugin];
  const call = <T>(hook: unknown, ...args: unknown[]): T => {
    const fn = typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => T }).handler;
    return fn.apply({ error: (m: string) => { throw new Error(m); } }, args) as T;
  };

  it('run in builds, the helper before Vite, for the browser environment only', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
    const env = (consumer: string) => ({ config: { consumer } }) as never;
    for (const p of [plugin, guard]) {
      expect(call(p.applyToEnvironment, env('client'))).toBe(true);
      expect(call(p.applyToEnvironment, env('server'))).toBe(false);
    }
  });

  it("supply Vite's helper module with the build's base path, and nothing else", () => {
    call(plugin.configResolved, { base: '/qi-hub/', experimental: {} });
    call(plugin.buildStart);
    expect(call(plugin.resolveId, PRELOAD_HELPER_ID)).toBe(PRELOAD_HELPER_ID);
    expect(call(plugin.resolveId, 'vite/other.js')).toBeNull();
    expect(call(plugin.load, 'src/a.ts')).toBeNull();
    expect(call(plugin.load, PRELOAD_HELPER_ID)).toBe(preloadHelperSource('/qi-hub/', false));
  });

  it('trim preload lists with the bundle Vite is writing', () => {
    const { build } = call<{ build: { modulePreload: { resolveDependencies: (f: string, d: string[], c: { hostId: string }) => string[] } } }>(plugin.config);
    const resolve = (deps: string[]) => build.modulePreload.resolveDependencies('lazy.js', deps, { hostId: 'page.js' });
    call(plugin.buildStart);
    expect(resolve(['lazy.js', 'store.js'])).toEqual(['lazy.js', 'store.js']);
    call(plugin.generateBundle, {}, { 'page.js': { type: 'chunk', imports: ['store.js'] }, 'store.js': { type: 'chunk', imports: [] } });
    expect(resolve(['lazy.js', 'store.js'])).toEqual(['lazy.js']);
  });

  it('write the preload lists in place once the output is checked, except in chunks with a source map', () => {
    call(plugin.buildStart);
    call(plugin.load, PRELOAD_HELPER_ID);
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/b.js"])))=>i.map(i=>d[i]);\np(()=>import("./b.js"),__vite__mapDeps([0]));';
    const bundle = {
      'a.js': { type: 'chunk', fileName: 'a.js', code, dynamicImports: ['b.js'], map: null },
      'c.js': { type: 'chunk', fileName: 'c.js', code, dynamicImports: ['b.js'], map: { mappings: '' } },
    };
    call(guard.generateBundle, {}, bundle);
    expect(bundle['a.js'].code).toBe('p(()=>import("./b.js"),["_astro/b.js"]);');
    expect(bundle['c.js'].code).toBe(code);
  });

  it('stop the build when the helper was not asked for and code loads with import()', () => {
    call(plugin.buildStart);
    const bundle = { 'a.js': { type: 'chunk', fileName: 'a.js', code: '', dynamicImports: ['b.js'] } };
    expect(() => call(guard.generateBundle, {}, bundle)).toThrow(/Vite has probably renamed/);
  });
});

// The plugin relies on the name Vite gives its helper module: this fails at once (without a build) if an
// upgrade of Vite changes it. The build's own guard (above) catches it too.
it("names the module Vite's installed version imports the helper from", () => {
  const chunks = path.join(process.cwd(), 'node_modules/vite/dist/node/chunks');
  const ids = readdirSync(chunks)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(path.join(chunks, f), 'utf8').matchAll(/const preloadHelperId = "(.*?)";/g)].map((m) => m[1]!))
    // The source writes the NUL byte as \0.
    .map((id) => id.replace(/^\\0/, '\0'));
  expect(ids).toEqual([PRELOAD_HELPER_ID]);
});

// inlinePreloadLists reads the lookup in the form the installed Vite writes it: this fails at once if an upgrade changes it
// (the lists would then stay as Vite wrote them, which costs bytes but breaks nothing).
it('reads the preload lookup in the form Vite writes it', () => {
  const chunks = path.join(process.cwd(), 'node_modules/vite/dist/node/chunks');
  const forms = readdirSync(chunks)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(path.join(chunks, f), 'utf8').matchAll(/const mapDepsCode = `(.*?)\$\{/g)].map((m) => m[1]!));
  expect(forms).toEqual(['const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=']);
});

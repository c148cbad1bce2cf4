import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { staticReachOf, type ModuleLookup } from '../../../src/build-time/static-reach';

/** A lookup over a map of module id to its static importers. */
const graph = (importers: Record<string, string[]>): ModuleLookup => (id) => (id in importers ? { importers: importers[id]! } : null);
const ctx = (importers: Record<string, string[]>) => ({ getModuleInfo: graph(importers) });

const ROOT = '/repo/src/page/form.ts';

describe('staticReachOf', () => {
  const links = {
    [ROOT]: ['/repo/src/page.astro?script'],
    '/repo/src/store.ts': [ROOT],
    '/repo/src/storage/save.ts': ['/repo/src/store.ts'],
    // Reached only by an island, never by the form.
    '/repo/src/islands/Results.tsx': [],
    '/repo/src/results/score.ts': ['/repo/src/islands/Results.tsx'],
    // Shared: the form reaches it through the store, an island imports it too.
    '/repo/src/record.ts': ['/repo/src/islands/Results.tsx', '/repo/src/store.ts'],
    '/repo/node_modules/lib/index.js': ['/repo/src/store.ts', '/repo/src/islands/Results.tsx'],
    '/repo/node_modules/lib/small.js': ['/repo/node_modules/lib/index.js'],
    '/repo/node_modules/lib/extra.js': ['/repo/node_modules/lib/index.js'],
  };
  const name = staticReachOf('src/page/form.ts', 'load', /node_modules\/lib\/small\.js$/);

  it('names every module of ours the root imports statically, directly or not', () => {
    expect(name('/repo/src/store.ts', ctx(links))).toBe('load');
    expect(name('/repo/src/storage/save.ts', ctx(links))).toBe('load');
    expect(name('/repo/src/record.ts', ctx(links))).toBe('load');
  });

  it('leaves out the root itself, modules it does not reach, and unknown modules', () => {
    expect(name(ROOT, ctx(links))).toBeNull();
    expect(name('/repo/src/results/score.ts', ctx(links))).toBeNull();
    expect(name('/repo/src/islands/Results.tsx', ctx(links))).toBeNull();
    expect(name('/repo/src/nowhere.ts', ctx(links))).toBeNull();
  });

  it('takes in a package file only when the pattern names it', () => {
    expect(name('/repo/node_modules/lib/small.js', ctx(links))).toBe('load');
    expect(name('/repo/node_modules/lib/extra.js', ctx(links))).toBeNull();
    expect(name('/repo/node_modules/lib/index.js', ctx(links))).toBeNull();
  });

  it('matches Windows paths', () => {
    const win = { 'C:\\repo\\src\\store.ts': ['C:\\repo\\src\\page\\form.ts'] };
    expect(name('C:\\repo\\src\\store.ts', ctx(win))).toBe('load');
  });

  it('agrees with a plain search over any graph, cycles included', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `/repo/src/${x}.ts`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 14 }), (edges) => {
        // Edge [from, to]: module `from` imports module `to`; module a is the root.
        const importers: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
        for (const [from, to] of edges) importers[ids[to]!]!.push(ids[from]!);
        const reached = new Set<string>();
        const walk = (i: number) => {
          for (const [from, to] of edges) {
            if (from === i && !reached.has(ids[to]!)) {
              reached.add(ids[to]!);
              walk(to);
            }
          }
        };
        walk(0);
        const rule = staticReachOf('src/a.ts', 'load');
        // One rule asked about every module in turn, as Rolldown does, so remembered answers are exercised.
        for (const id of ids.slice(1)) expect(rule(id, ctx(importers))).toBe(reached.has(id) ? 'load' : null);
      }),
    );
  });
});

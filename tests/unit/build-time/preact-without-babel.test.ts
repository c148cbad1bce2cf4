import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Plugin } from 'vite';
import preactWithoutBabel, { optionsModule } from '../../../src/build-time/preact-without-babel';

/** The value a module of the form `export default <expression>;` exports. */
const exported = (code: string): unknown => new Function(`return (${code.replace(/^export default /, '').replace(/;\s*$/, '')});`)();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Runs the integration's setup as Astro would for `command`, and returns what it registered. */
function setUp(command: 'dev' | 'build') {
  const renderers: { name: string; clientEntrypoint?: unknown; serverEntrypoint?: unknown }[] = [];
  const plugins: Plugin[] = [];
  const optimized: string[] = [];
  const hook = preactWithoutBabel({ include: [/\.tsx$/] }).hooks['astro:config:setup']!;
  // Only what the hook uses; the rest of Astro's setup parameters do not matter here.
  (hook as (p: unknown) => void)({
    command,
    addRenderer: (r: (typeof renderers)[number]) => renderers.push(r),
    updateConfig: (c: { vite: { plugins: (Plugin | Plugin[])[]; optimizeDeps: { include: string[] } } }) => {
      plugins.push(...c.vite.plugins.flat());
      optimized.push(...c.vite.optimizeDeps.include);
    },
  });
  return { renderers, plugins, optimized };
}

describe('Preact without Babel', () => {
  it('tells the server renderer the same include patterns it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, anchored) => {
        const include = parts.map((p) => new RegExp(`${escape(p)}${anchored ? '$' : ''}`));
        const back = exported(optionsModule(include)) as { include: RegExp[] };
        expect(back.include.map(String)).toEqual(include.map(String));
      }),
    );
  });

  it('registers @astrojs/preact’s own renderer, so islands hydrate as before', () => {
    expect(setUp('build').renderers).toEqual([{ name: '@astrojs/preact', clientEntrypoint: '@astrojs/preact/client.js', serverEntrypoint: '@astrojs/preact/server.js' }]);
    expect(setUp('dev').renderers[0]?.clientEntrypoint).toBe('@astrojs/preact/client-dev.js');
    expect(setUp('build').optimized).toContain('@astrojs/preact/server.js');
  });

  /** The Oxc JSX options a plugin's config hook sets (called as Rolldown-based Vite calls it). */
  const oxcJsx = (plugin: Plugin) => (plugin.config as (this: unknown) => { oxc?: { jsx?: unknown } }).call({ meta: { rolldownVersion: 'any' } }).oxc?.jsx;

  it('in dev, asks Vite (Oxc) to compile JSX with Preact’s automatic runtime through the preset, and leaves islands to it rather than to Babel', async () => {
    const { plugins } = setUp('dev');
    const jsx = plugins.find((p) => p.name === 'vite:preact-jsx')!;
    expect(oxcJsx(jsx)).toEqual({ runtime: 'automatic', importSource: 'preact' });
    (jsx.configResolved as (c: unknown) => void)({ root: '/', isProduction: false, plugins });
    const transformed = await (jsx.transform as (code: string, id: string) => Promise<unknown>)('export const A = () => <p />;', '/src/A.tsx');
    expect(transformed).toBeUndefined();
  });

  it('in a build, gives Oxc the same JSX options as the preset does, and registers none of the preset’s plugins (so the preset and Babel are never loaded)', async () => {
    const { plugins } = setUp('build');
    const preset = (await import('@preact/preset-vite')).preact({ include: [/\.tsx$/], reactAliasesEnabled: false, prefreshEnabled: false });
    const presetJsx = preset.flat().find((p) => p.name === 'vite:preact-jsx')!;
    const ours = plugins.filter((p) => p.config && oxcJsx(p));
    expect(ours.map(oxcJsx)).toEqual([oxcJsx(presetJsx)]);
    expect(plugins.some((p) => p.name.startsWith('vite:preact') || p.name.startsWith('preact:') || p.transform)).toBe(false);
  });

  it('runs Prefresh (hot reload) in dev only', () => {
    expect(setUp('dev').plugins.some((p) => p.name === 'prefresh')).toBe(true);
    expect(setUp('build').plugins.some((p) => p.name === 'prefresh')).toBe(false);
  });
});

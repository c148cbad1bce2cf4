/**
 * @astrojs/preact, less Babel. That integration always hands @preact/preset-vite
 * a `babel` option (only to set Babel's working folder), and the preset takes
 * any `babel` option as "compile JSX with Babel": every island (.tsx) then goes
 * through Babel in each build environment (client and server) before Vite
 * compiles it again to strip the TypeScript. Without the option the preset lets
 * Vite's own compiler (Oxc) do the JSX too, with Preact's automatic runtime
 * (importSource 'preact', as tsconfig.json says), in the one pass it makes anyway.
 *
 * What @astrojs/preact sets up is kept, for the options this site uses (no
 * `compat`, no `devtools`): the same renderer (so islands hydrate as before),
 * the virtual module telling its server renderer which files are Preact's
 * (`include`), and the dependencies Vite pre-bundles. Prefresh (hot reload of
 * islands) runs in dev only, as before.
 *
 * In a build, all the preset does without Babel is set Oxc's JSX options (its
 * other plugins, Prefresh and the devtools, act in dev only), so a build sets
 * those options itself and never loads the preset: importing it loads Babel,
 * Prefresh and a prerenderer, about 0.2 s before every build could start.
 * In dev it is loaded with require: Astro loads this file through Vite's
 * module runner, which is closed by the time the hook runs, so an import()
 * here fails.
 */
import { createRequire } from 'node:module';
import { getRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const OPTIONS = 'astro:preact:opts';
const RESOLVED_OPTIONS = `\0${OPTIONS}`;

/** The module @astrojs/preact/server.js imports to learn which components it renders: `{ include }`. */
export function optionsModule(include: readonly RegExp[]): string {
  return `export default { include: [${include.map(String).join(', ')}] };\n`;
}

function optionsPlugin(include: readonly RegExp[]): Plugin {
  return {
    name: 'qi-hub:preact-options',
    resolveId: { filter: { id: new RegExp(`^${OPTIONS}$`) }, handler: () => RESOLVED_OPTIONS },
    load: { filter: { id: new RegExp(`^\\0${OPTIONS}$`) }, handler: () => ({ code: optionsModule(include) }) },
  };
}

/** As @astrojs/preact does: Preact and its client renderer are pre-bundled for the dev server's browser side. */
function clientDependencies(): Plugin {
  return {
    name: 'qi-hub:preact-client-dependencies',
    configEnvironment(name) {
      if (name !== 'client') return;
      return { optimizeDeps: { include: ['@astrojs/preact/client.js', 'preact', 'preact/jsx-runtime', 'preact/hooks', '@astrojs/preact > @preact/signals'] } };
    },
  };
}

/** @preact/preset-vite, loaded when first asked for (its CommonJS build: see above). */
const presetVite = (): typeof import('@preact/preset-vite') => createRequire(import.meta.url)('@preact/preset-vite');

/** The JSX options @preact/preset-vite gives Oxc when Babel is off: Preact's automatic runtime. */
const preactJsx = { runtime: 'automatic', importSource: 'preact' } as const;

/** What the preset does in a build without Babel: JSX compiled by Oxc with Preact's automatic runtime. */
function jsxPlugin(): Plugin {
  return { name: 'qi-hub:preact-jsx', config: () => ({ oxc: { jsx: preactJsx } }) };
}

export default function preactWithoutBabel({ include }: { include: RegExp[] }): AstroIntegration {
  return {
    name: 'qi-hub:preact-without-babel',
    hooks: {
      'astro:config:setup': ({ addRenderer, updateConfig, command }) => {
        addRenderer(getRenderer(command === 'dev'));
        // No `babel` key at all: its mere presence turns Babel on.
        const jsx = command === 'dev' ? presetVite().preact({ include, reactAliasesEnabled: false, prefreshEnabled: true }) : [jsxPlugin()];
        updateConfig({
          vite: {
            optimizeDeps: { include: ['@astrojs/preact/server.js'] },
            plugins: [...jsx, optionsPlugin(include), clientDependencies()],
          },
        });
      },
    },
  };
}

/**
 * A page script as an island: `<Script client:painted />` fetches and runs a
 * plain script (no framework) when an island directive says so, instead of as
 * soon as the page is parsed, as a `<script>` in a page does. The browser
 * fetches a page's module scripts while it is still drawing the page, and
 * Lighthouse's estimate of the largest paint counts every request finished
 * before that paint as one it needed (see afterFirstPaint), so a script the
 * first screen does not need is better fetched through `client:painted`.
 *
 * The server renders nothing for it (server-renderer.ts); in the browser Astro imports
 * the island's module when the directive fires, and importing it runs the script.
 */

/**
 * What a script island module exports by default: to Astro (and its types) a component
 * with no props, which the server renderer claims by its mark and never calls.
 */
export interface ScriptIsland {
  (): null;
  readonly scriptIsland: true;
}

/**
 * Makes `run` a script island: the default export of a module a page renders with a client
 * directive. On the server it is the marked component the server renderer claims; in the
 * browser the module is imported when the directive says so, and this runs the script then.
 * The renderer has no browser half, so Astro fetches nothing else: the form's script is counted
 * to the byte (its first load has a budget, scripts/bench-js.mjs), and a renderer file cost bytes there.
 */
export function scriptIsland(run: () => void): ScriptIsland {
  if (import.meta.env.SSR) return Object.assign(() => null, { scriptIsland: true as const });
  run();
  // With no browser renderer, Astro's browser side imports the module and never uses its export.
  return run as unknown as ScriptIsland;
}

/** Whether a component is a script island (read by the server renderer, where components of any kind arrive). */
export const isScriptIsland = (component: unknown): component is ScriptIsland =>
  typeof component === 'function' && (component as Partial<ScriptIsland>).scriptIsland === true;

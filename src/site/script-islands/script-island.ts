/**
 * A page script as an island: `<Script client:painted />` fetches and runs a
 * plain script (no framework) when an island directive says so, instead of as
 * soon as the page is parsed, as a `<script>` in a page does. The browser
 * fetches a page's module scripts while it is still drawing the page, and
 * Lighthouse's estimate of the largest paint counts every request finished
 * before that paint as one it needed (see afterFirstPaint), so a script the
 * first screen does not need is better fetched through `client:painted`.
 *
 * The server renders nothing for it (server-renderer.ts); in the browser the island's
 * module is imported and its `run` called with the island's element (browser-renderer.ts).
 */
export type ScriptIslandRun = (island: HTMLElement) => void | Promise<void>;

/**
 * What a script island module exports by default: to Astro (and its types) a component
 * with no props that renders nothing, carrying the script to run and a mark so only this renderer takes it.
 */
export interface ScriptIsland {
  (): null;
  readonly scriptIsland: true;
  readonly run: ScriptIslandRun;
}

/** Makes `run` a script island: the default export of a module a page renders with a client directive. */
export const scriptIsland = (run: ScriptIslandRun): ScriptIsland => Object.assign(() => null, { scriptIsland: true as const, run });

/** Whether a component is a script island (read by the server renderer, where components of any kind arrive). */
export const isScriptIsland = (component: unknown): component is ScriptIsland =>
  typeof component === 'function' && (component as Partial<ScriptIsland>).scriptIsland === true;

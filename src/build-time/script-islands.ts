/**
 * Adds the renderer for script islands: plain page scripts loaded through a client directive
 * (src/site/script-islands/). Server only: in the browser, importing an island's module runs it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function scriptIslands(): AstroIntegration {
  return {
    name: 'qi-hub:script-islands',
    hooks: {
      'astro:config:setup': ({ addRenderer }) => {
        addRenderer({
          name: 'qi-hub:script-island',
          serverEntrypoint: fileURLToPath(new URL('../site/script-islands/server-renderer.ts', import.meta.url)),
        });
      },
    },
  };
}

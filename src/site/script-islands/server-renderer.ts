/** The server half of the script-island renderer (script-island.ts): claims script islands only, and renders nothing for them. */
import type { NamedSSRLoadedRendererValue } from 'astro';
import { isScriptIsland } from './script-island';

const renderer: NamedSSRLoadedRendererValue = {
  name: 'qi-hub:script-island',
  check: async (component) => isScriptIsland(component),
  renderToStaticMarkup: async () => ({ html: '' }),
};

export default renderer;

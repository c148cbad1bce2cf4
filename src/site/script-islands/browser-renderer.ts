/** The browser half of the script-island renderer (script-island.ts): "hydrating" an island runs its script. */
import type { ScriptIsland } from './script-island';

export default (island: HTMLElement) => async (script: ScriptIsland) => {
  await script.run(island);
};

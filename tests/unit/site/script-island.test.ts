/**
 * Script islands (src/site/script-islands/): the server renderer claims only
 * functions made with scriptIsland and renders nothing for them, and the
 * script does not run on the server (in the browser, importing the module runs
 * it: the assessment browser tests cover that).
 */
import { describe, expect, it } from 'vitest';
import { isScriptIsland, scriptIsland } from '../../../src/site/script-islands/script-island';
import renderer from '../../../src/site/script-islands/server-renderer';

const check = (component: unknown) => renderer.check.call(undefined as never, component, {}, {}, undefined as never);

describe('script islands', () => {
  it('are claimed by the server renderer, which renders them as nothing', async () => {
    const island = scriptIsland(() => {});
    expect(isScriptIsland(island)).toBe(true);
    expect(await check(island)).toBe(true);
    expect(await renderer.renderToStaticMarkup.call(undefined as never, island, {}, {}, undefined as never)).toEqual({ html: '' });
  });

  it('leave every other component to other renderers', async () => {
    const preactLike = () => ({ type: 'p', props: {} });
    for (const other of [preactLike, class {}, { scriptIsland: true }, 'scriptIsland', null, undefined]) {
      expect(isScriptIsland(other)).toBe(false);
      expect(await check(other)).toBe(false);
    }
  });

  it('do not run their script on the server, where pages are rendered', () => {
    let ran = 0;
    expect(import.meta.env.SSR).toBe(true);
    const island = scriptIsland(() => ran++);
    expect(isScriptIsland(island)).toBe(true);
    expect(ran).toBe(0);
  });
});

/**
 * Script islands (src/site/script-islands/): the server renderer claims only
 * functions made with scriptIsland and renders nothing for them, and the
 * browser renderer runs the script with the island's element, finishing when it does.
 */
import { describe, expect, it } from 'vitest';
import { isScriptIsland, scriptIsland } from '../../../src/site/script-islands/script-island';
import renderer from '../../../src/site/script-islands/server-renderer';
import hydrator from '../../../src/site/script-islands/browser-renderer';

const check = (component: unknown) => renderer.check.call(undefined as never, component, {}, {}, undefined as never);

describe('script islands', () => {
  it('are claimed by the server renderer, which renders them as nothing', async () => {
    const island = scriptIsland(() => {});
    expect(isScriptIsland(island)).toBe(true);
    expect(await check(island)).toBe(true);
    expect(island()).toBeNull();
    expect(await renderer.renderToStaticMarkup.call(undefined as never, island, {}, {}, undefined as never)).toEqual({ html: '' });
  });

  it('leave every other component to other renderers', async () => {
    const preactLike = () => ({ type: 'p', props: {} });
    for (const other of [preactLike, class {}, { scriptIsland: true }, 'scriptIsland', null, undefined]) {
      expect(isScriptIsland(other)).toBe(false);
      expect(await check(other)).toBe(false);
    }
  });

  it('run their script with the island element in the browser, and finish when it has', async () => {
    const element = { id: 'island' } as unknown as HTMLElement;
    const seen: unknown[] = [];
    let finish = () => {};
    const running = new Promise<void>((resolve) => (finish = resolve));
    const hydrate = hydrator(element)(
      scriptIsland(async (island) => {
        seen.push(island);
        await running;
        seen.push('done');
      }),
    );
    let hydrated = false;
    void hydrate.then(() => (hydrated = true));
    await Promise.resolve();
    expect(seen).toEqual([element]);
    expect(hydrated).toBe(false);
    finish();
    await hydrate;
    expect(seen).toEqual([element, 'done']);
  });
});

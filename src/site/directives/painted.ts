/**
 * `client:painted`: hydrates an island as soon as the page's first paint is on
 * screen, a little later than client:load. For an island that starts its own work at once
 * (the portfolio review's loader watches for the tool being reached, the assessment form's
 * script saves answers) but draws nothing the first screen needs: its code is fetched after
 * the first paint instead of while the page is being drawn (see afterFirstPaint).
 *
 * If the code cannot be fetched (the connection dropped; Astro has already tried twice), the
 * island stays unhydrated, marked `ssr`. It is tried again when the connection comes back or
 * the person next acts on the page, so an answer given meanwhile is saved without a reload
 * (the form's script keeps what was chosen before it ran).
 */
import type { ClientDirective } from 'astro';
import { afterFirstPaint } from '../browser/after-first-paint';

const AGAIN = ['online', 'change', 'pointerdown', 'keydown'] as const;

const painted: ClientDirective = async (load, _options, island) => {
  await afterFirstPaint();
  const start = async () => (await load())();
  await start();
  if (!island.hasAttribute('ssr')) return;
  let trying = false;
  const again = async () => {
    if (trying) return;
    trying = true;
    await start();
    trying = false;
    if (!island.hasAttribute('ssr')) for (const type of AGAIN) removeEventListener(type, again, true);
  };
  for (const type of AGAIN) addEventListener(type, again, true);
};

export default painted;

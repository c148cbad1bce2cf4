/**
 * `client:painted`: hydrates an island as soon as the page's first paint is on
 * screen, a little later than client:load. For an island that starts its own work at once
 * (the portfolio review's loader watches for the tool being reached) but draws
 * nothing the first screen needs: its code is fetched after the first paint
 * instead of while the page is being drawn (see afterFirstPaint).
 */
import type { ClientDirective } from 'astro';
import { afterFirstPaint } from '../browser/after-first-paint';

const painted: ClientDirective = async (load) => {
  await afterFirstPaint();
  const hydrate = await load();
  await hydrate();
};

export default painted;

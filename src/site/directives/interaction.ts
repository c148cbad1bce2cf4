/**
 * `client:interaction`: hydrates an island when it scrolls into view, or as
 * soon as someone points at it or moves focus into it, whichever comes first.
 * Its server-rendered controls are on the page from the start, so Tab reaches
 * them in order before any code has loaded; a button pressed while the code is
 * still on its way is pressed again once the island has hydrated (hydration
 * keeps the server's elements, so the same button then has its handler).
 */
import type { ClientDirective } from 'astro';
import { clearNotHydrated, hydrated, showNotHydrated } from './not-hydrated';

/** Said at the top of the island when its code could not be fetched. */
export const PART_NOT_LOADED =
  'This part of the page could not be loaded. It will be tried again when your connection comes back, or when you press a button here. Your answers are not affected.';

const interaction: ClientDirective = (load, _opts, el) => {
  let hydrating: Promise<void> | undefined;
  let done = false;
  let pressed: HTMLElement | null = null;

  const start = () => {
    hydrating ??= (async () => {
      const hydrate = await load();
      clearNotHydrated(el);
      await hydrate();
      // The code could not be fetched: say so; the connection coming back, or the next press of a button here,
      // tries again (this press is not passed on).
      if (!hydrated(el)) {
        hydrating = undefined;
        pressed = null;
        addEventListener('online', () => void start(), { once: true });
        return showNotHydrated(el, PART_NOT_LOADED);
      }
      visible.disconnect();
      done = true;
      el.removeEventListener('click', hold, true);
      const again = pressed;
      pressed = null;
      if (again?.isConnected) again.click();
    })();
    return hydrating;
  };

  // A press on a button before hydration has finished would do nothing: hold it, and press it again after.
  const hold = (e: Event) => {
    if (done) return;
    const button = (e.target as Element | null)?.closest('button');
    if (!button || !el.contains(button)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    pressed = button;
    void start();
  };
  el.addEventListener('click', hold, true);
  for (const type of ['focusin', 'pointerover', 'pointerdown', 'touchstart']) el.addEventListener(type, () => void start(), { once: true, passive: true });

  // An island's element has display: contents, so its children are what scroll into view.
  const visible = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void start());
  for (const child of el.children) visible.observe(child);
};

export default interaction;

/**
 * For the site's client directives: whether an island really came to life, and
 * a note on the page when it did not. Astro's loader catches a failed fetch of
 * an island's code itself (it retries once, logs and hydrates nothing), so the
 * directive cannot see the failure from load(); an island that hydrated has
 * lost its `ssr` attribute, and one that did not still has it.
 */

const MARK = 'data-app-not-hydrated';

/** True once Astro has hydrated the island. */
export const hydrated = (island: HTMLElement): boolean => !island.hasAttribute('ssr');

/** Says `words` at the top of the island (once, however often it fails), where a screen reader hears it. */
export function showNotHydrated(island: HTMLElement, words: string): void {
  let note = island.querySelector<HTMLElement>(`[${MARK}]`);
  if (!note) {
    note = document.createElement('p');
    note.setAttribute(MARK, '');
    note.setAttribute('role', 'status');
    note.className = 'nhsuk-body app-not-hydrated';
    island.prepend(note);
  }
  note.textContent = words;
}

/** Takes the note away before hydrating: Preact adopts the server's elements, and the note is not one of them. */
export function clearNotHydrated(island: HTMLElement): void {
  island.querySelector(`[${MARK}]`)?.remove();
}

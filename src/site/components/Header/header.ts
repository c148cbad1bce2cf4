/**
 * The header's "More" menu, as NHS.UK frontend's header draws it: the menu
 * items that do not fit on one line move into a list under a "More" button.
 * Written here, without NHS.UK frontend's script, because every page loads it
 * and that script (with its configuration framework) is about four times the
 * size for the same job. It uses NHS.UK's markup and classes, so NHS.UK's
 * styles draw it, and follows its keyboard rules, with one addition: Escape
 * closes the menu and puts focus back on the "More" button, never on <body>.
 *
 * Until this runs, the header styles keep the menu to one clipped line (when
 * scripting is on), so folding the items moves nothing on the page.
 */

/** Set on <body> once the menu is folded: the header styles stop clipping the line. */
export const READY_CLASS = 'app-header-ready';

export function startHeader(root: ParentNode = document): void {
  // NHS.UK's styles keep the menu to one line only for browsers that run its components.
  document.body.classList.add('nhsuk-frontend-supported');
  const nav = root.querySelector<HTMLElement>('.nhsuk-header__navigation');
  const list = nav?.querySelector<HTMLElement>('.nhsuk-header__navigation-list');
  const menu = nav?.querySelector<HTMLElement>('.nhsuk-header__menu');
  const toggle = menu?.querySelector<HTMLButtonElement>('.nhsuk-header__menu-toggle');
  if (!nav || !list || !menu || !toggle) return;
  const items = [...list.querySelectorAll<HTMLElement>(':scope > .nhsuk-header__navigation-item')];
  const menuList = document.createElement('ul');
  menuList.className = 'nhsuk-header__menu-list';
  menuList.hidden = true;
  menu.append(menuList);
  let open = false;

  const setOpen = (next: boolean) => {
    open = next;
    menuList.hidden = !next;
    toggle.setAttribute('aria-expanded', String(next));
    // The list is drawn over the page; the border makes room for it, as NHS.UK's script does.
    if (next) nav.style.setProperty('border-bottom-width', `${menuList.offsetHeight}px`);
    else nav.style.removeProperty('border-bottom-width');
  };

  const fold = () => {
    for (const item of items) list.insertBefore(item, menu);
    menu.hidden = true;
    const width = list.clientWidth;
    const rights: number[] = [];
    let right = 0;
    for (const item of items) rights.push((right += item.offsetWidth));
    if (right <= width) {
      if (open) setOpen(false);
    } else {
      menu.hidden = false;
      const room = width - menu.offsetWidth;
      items.forEach((item, i) => rights[i]! > room && menuList.append(item));
      if (open) setOpen(true);
    }
    document.body.classList.add(READY_CLASS);
  };

  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    setOpen(!open);
  });
  document.addEventListener('keydown', (event) => {
    if (!open || event.key !== 'Escape') return;
    const inside = nav.contains(document.activeElement);
    setOpen(false);
    if (inside) toggle.focus();
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (open && target && (!nav.contains(target) || (target.closest('a') && menuList.contains(target)))) setOpen(false);
  });
  // Tabbing out of the menu closes it, so an open list never covers the page being read.
  nav.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !nav.contains(next)) setOpen(false);
  });
  root.querySelector('.nhsuk-header')?.addEventListener('submit', () => open && setOpen(false));
  addEventListener('pageshow', (event) => event.persisted && open && setOpen(false));

  let frame = 0;
  const refold = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fold);
  };
  // Text-only zoom changes the items' widths without resizing the window.
  new ResizeObserver(refold).observe(list);
  fold();
}

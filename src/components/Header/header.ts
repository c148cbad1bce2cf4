/**
 * Starts NHS.UK frontend's header script, which folds the menu items that do
 * not fit into "More". NHS.UK frontend's components run only when the body
 * says the browser is supported; its page template sets that class with an
 * inline script, which our CSP does not allow, so it is set here (this module
 * runs only in browsers that support modules, which is NHS.UK's own test).
 */
import { Header } from 'nhsuk-frontend/dist/nhsuk/components/header/header.mjs';

export function startHeader(): void {
  document.body.classList.add('nhsuk-frontend-supported');
  const root = document.querySelector('[data-module="nhsuk-header"]');
  if (root) new Header(root);
}

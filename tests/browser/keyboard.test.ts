/**
 * Keyboard use on every page type: Tab reaches every interactive element (one
 * radio per group, as browsers do), each shows a visible focus indicator (its
 * computed style, or its label's or content's, changes on focus), and each
 * works from the keyboard (Enter on links; Enter and Space on buttons and
 * summaries; Space on checkboxes and radios; typing in text fields).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useContext } from './support';
import { pageTypes } from './page-types';

const context = useContext();

interface Target {
  id: string;
  tag: string;
  type: string;
  name: string;
  label: string;
  baseline: string;
}

/** Marks every visible interactive element and records how it looks unfocused. */
async function markTargets(page: Page): Promise<Target[]> {
  // Open every disclosure so what is inside is checked too, and give content drawn on opening (the toggle event) a frame to appear.
  await page.evaluate(async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
  return page.evaluate(() => {
    const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line', 'border-top-color', 'border-top-width'];
    const styleOf = (el: Element, pseudo?: string) => {
      const cs = getComputedStyle(el, pseudo);
      return props.map((p) => cs.getPropertyValue(p)).join('|');
    };
    // The indicator may be drawn on the element, its pseudo-elements, its label (NHS.UK radios and checkboxes) or its content (summary text).
    const look = (el: Element) => {
      const parts = [el, ...((el as HTMLInputElement).labels ?? []), ...Array.from(el.querySelectorAll('*')).slice(0, 6)];
      return parts.map((p) => [styleOf(p), styleOf(p, '::before'), styleOf(p, '::after')].join('/')).join(';');
    };
    (window as unknown as { __look: typeof look }).__look = look;
    const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
    const els = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    return els.map((el, i) => {
      el.dataset.kb = String(i);
      return {
        id: String(i),
        tag: el.tagName.toLowerCase(),
        type: (el as HTMLInputElement).type ?? '',
        name: (el as HTMLInputElement).name ?? '',
        label: (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.id).trim().replace(/\s+/g, ' ').slice(0, 50) || el.outerHTML.slice(0, 80),
        baseline: look(el),
      };
    });
  });
}

/** Tabs through the page from the top; returns the focus order and how each element looked focused. */
async function tabThrough(page: Page, limit: number): Promise<{ id: string; look: string }[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const visited: { id: string; look: string }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      return { id: el.dataset.kb ?? `unmarked:${el.outerHTML.slice(0, 80)}`, look: (window as unknown as { __look: (e: Element) => string }).__look(el) };
    });
    if (!now || visited.some((v) => v.id === now.id)) break;
    visited.push(now);
  }
  return visited;
}

/** Which keys must activate an element, and how to tell they did. */
function keysFor(t: Target): string[] {
  if (t.tag === 'a' || t.tag === 'area') return ['Enter'];
  if (t.tag === 'button' || t.tag === 'summary' || (t.tag === 'input' && /^(submit|button|reset|image)$/.test(t.type))) return ['Enter', 'Space'];
  if (t.tag === 'input' && /^(checkbox|radio)$/.test(t.type)) return ['Space'];
  return [];
}
const isTextField = (t: Target) => t.tag === 'textarea' || (t.tag === 'input' && /^(text|search|email|url|tel|number|password)$/.test(t.type));

async function operable(page: Page, t: Target): Promise<string[]> {
  const failures: string[] = [];
  const sel = `[data-kb="${t.id}"]`;
  if ((await page.locator(sel).count()) === 0) return failures;
  // Space on a radio that is already chosen does nothing in any browser: there is nothing to activate.
  if (t.type === 'radio' && (await page.isChecked(sel))) return failures;
  for (const key of keysFor(t)) {
    await page.evaluate(() => ((window as unknown as { __clicks: string[] }).__clicks = []));
    await page.focus(sel);
    await page.keyboard.press(key);
    const clicks = await page.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks);
    if (!clicks.includes(t.id)) failures.push(`${t.tag} "${t.label}": ${key} does not activate it`);
  }
  if (isTextField(t)) {
    await page.focus(sel);
    const before = await page.inputValue(sel);
    await page.keyboard.type('7');
    if ((await page.inputValue(sel)) === before) failures.push(`${t.tag} "${t.label}": typing does nothing`);
    await page.fill(sel, before);
  }
  return failures;
}

describe('keyboard', () => {
  for (const path of pageTypes()) {
    it(`reaches, shows focus on and operates everything on ${path}`, async () => {
      const { page } = await openPage(context.current, path);
      await page.waitForLoadState('networkidle');
      // A tool that loads as it comes near view (the portfolio review): bring it in first, so the
      // elements counted are the ones a person tabbing through meets.
      const loading = page.getByTestId('portfolio-loading');
      if (await loading.count()) {
        await loading.scrollIntoViewIfNeeded();
        await loading.waitFor({ state: 'detached' });
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      // Keys become clicks; stop each one before it navigates or changes the page.
      await page.evaluate(() => {
        (window as unknown as { __clicks: string[] }).__clicks = [];
        document.addEventListener(
          'click',
          (e) => {
            const hit = (e.target as Element).closest<HTMLElement>('[data-kb]');
            if (hit) (window as unknown as { __clicks: string[] }).__clicks.push(hit.dataset.kb!);
            e.preventDefault();
            e.stopPropagation();
          },
          true,
        );
      });
      const targets = await markTargets(page);
      expect(targets.length, 'interactive elements').toBeGreaterThan(3);
      const visited = await tabThrough(page, targets.length + 10);
      const reached = new Set(visited.map((v) => v.id));

      // A radio group is one Tab stop.
      const groupReached = (t: Target) => targets.some((o) => o.tag === 'input' && o.type === 'radio' && o.name === t.name && reached.has(o.id));
      const unreached = targets.filter((t) => !reached.has(t.id) && !(t.type === 'radio' && groupReached(t)));
      expect(unreached.map((t) => `${t.tag} "${t.label}"`), 'not reachable by Tab').toEqual([]);
      expect(visited.filter((v) => v.id.startsWith('unmarked')).map((v) => v.id), 'focus went to something not interactive').toEqual([]);

      const noIndicator = visited.filter((v) => v.look === targets.find((t) => t.id === v.id)?.baseline);
      expect(noIndicator.map((v) => targets.find((t) => t.id === v.id)!).map((t) => `${t.tag} "${t.label}"`), 'no visible focus indicator').toEqual([]);

      const failures: string[] = [];
      for (const t of targets) failures.push(...(await operable(page, t)));
      expect(failures).toEqual([]);
      await page.close();
    });
  }

  it('tells a link whose focus style changes nothing from one that shows focus (the check can fail)', async () => {
    const { page } = await openPage(context.current, '/');
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('a.kb-plain, a.kb-plain:focus, a.kb-plain:focus-visible { outline: none !important; box-shadow: none !important; background: none !important; color: rgb(1, 2, 3) !important; text-decoration: underline !important; }');
      document.adoptedStyleSheets = [sheet];
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<a class="kb-plain" href="#maincontent">plain</a> <a href="#maincontent">styled</a>');
    });
    await markTargets(page);
    const changes = await page.evaluate(() => {
      const look = (window as unknown as { __look: (e: Element) => string }).__look;
      return Array.from(document.querySelectorAll<HTMLElement>('main > a[href="#maincontent"]')).map((el) => {
        const before = look(el);
        el.focus();
        const after = look(el);
        el.blur();
        return before !== after;
      });
    });
    expect(changes).toEqual([false, true]);
    await page.close();
  });
});

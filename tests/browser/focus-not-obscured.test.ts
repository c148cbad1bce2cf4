/**
 * WCAG 2.2 2.4.11 Focus Not Obscured on an assessment page: the sticky save
 * status never covers the control that has focus, tabbing down the form and
 * back up, at normal text size on a phone, at 200% text size (the browser's
 * own text size, which em media queries follow) and at 200% zoom on a laptop
 * (a 640 x 400 CSS pixel viewport).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { url, useContext } from './support';

const cases = [
  { name: 'a phone at normal text size', viewport: { width: 390, height: 844 }, text: 16 },
  { name: 'a phone at 200% text size', viewport: { width: 390, height: 844 }, text: 32 },
  { name: 'a laptop at 200% text size', viewport: { width: 1280, height: 800 }, text: 32 },
  { name: 'a laptop at 200% zoom', viewport: { width: 640, height: 400 }, text: 16 },
];

/** Where the focused control and the status box overlap on screen, if they do. */
const hidden = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const status = document.querySelector('.app-assessment-status');
    if (!el || el === document.body || !status || !el.closest('#assessment-form')) return null;
    // A radio is drawn by its label: the whole control is what must stay in view.
    const target = el.closest('.nhsuk-radios__item, .app-scale__item, label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null) ?? el;
    const a = target.getBoundingClientRect();
    const b = status.getBoundingClientRect();
    const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return overlap > 0 && a.right > b.left && a.left < b.right ? `${el.id || el.tagName} under the status by ${Math.round(overlap)}px` : null;
  });

describe('focus is never hidden by the save status', () => {
  const shared = useContext();

  for (const c of cases) {
    it(`on ${c.name}`, async () => {
      const page = await shared.current.newPage();
      await page.setViewportSize(c.viewport);
      const cdp = await shared.current.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: c.text } });
      await page.goto(url('/assessments/readiness-to-innovate/'));
      await page.waitForSelector('#assessment-form[data-loaded]', { state: 'attached' });
      await page.locator('#assessment-form input').first().focus();
      const found: string[] = [];
      let inForm = 0;
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press(key);
          const problem = await hidden(page);
          if (problem) found.push(`${key}: ${problem}`);
          if (await page.evaluate(() => !!document.activeElement?.closest('#assessment-form'))) inForm++;
        }
      }
      expect(inForm).toBeGreaterThan(10);
      expect(found).toEqual([]);
      await page.close();
    });
  }
});

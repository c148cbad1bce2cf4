/**
 * Method figures on a 320 px wide screen: no sideways scrolling, even with
 * the data tables open, and no figure text (the worked examples' charts too)
 * rendered smaller than 12 px.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useContext } from './support';

const context = useContext();
const pages = ['run-charts', 'spc-charts', 'pareto-charts', 'demand-and-capacity', 'process-mapping', 'stakeholder-analysis', 'measurement-for-improvement', 'model-for-improvement', 'pdsa-cycles'];

describe('method figures at 320 px', () => {
  it.each(pages)('%s fits the screen and its text is 12 px or more', async (id) => {
    const { page, problems } = await openPage(context.current, `/methods/${id}/`);
    try {
      await page.setViewportSize({ width: 320, height: 640 });
      const result = await page.evaluate(() => {
        for (const d of document.querySelectorAll('.app-method-figure details')) (d as HTMLDetailsElement).open = true;
        const sizes = Array.from(document.querySelectorAll<SVGSVGElement>('.app-method-figure svg')).flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll('text')).map((t) => Number(t.getAttribute('font-size')) * scale);
        });
        return { smallest: Math.min(...sizes) };
      });
      expect(result.smallest).toBeGreaterThanOrEqual(12);
      // The NHS.UK header folds its menu after the resize event, so wait for the page to settle rather than read it at once.
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

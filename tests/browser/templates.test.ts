/**
 * Each blank template prints on one sheet of A4, in the orientation it asks
 * for, without the site's header and footer.
 */
import { describe, expect, it } from 'vitest';
import { templates } from '../../src/methods/templates/catalogue';
import { openPage, useContext } from './support';

const context = useContext();

/** Pages in a PDF, and the size of the first (in points). */
function pdfPages(pdf: Buffer): { count: number; box: number[] } {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  const box = (text.match(/\/MediaBox\s*\[([^\]]+)\]/)?.[1] ?? '').trim().split(/\s+/).map(Number);
  return { count, box };
}

describe('blank templates in print', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s prints on one A4 page', async (id, t) => {
    const { page, problems } = await openPage(context.current, `/templates/${id}/`);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.nhsuk-header').isVisible()).toBe(false);
      const { count, box } = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
      expect(count).toBe(1);
      // A4 is 595 x 842 points; landscape swaps them.
      const [w, h] = [Math.round(box[2]! - box[0]!), Math.round(box[3]! - box[1]!)];
      expect(t.landscape ? [w, h] : [h, w]).toEqual([842, 595].map((v) => expect.closeTo(v, 0) as unknown as number));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * Every method page in the build has its figure: an SVG image with a text
 * alternative, a caption naming the figure, and, for charts, the
 * illustration label, a summary and the data as a table. Run `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support';
import { ILLUSTRATION_LABEL } from '../../src/methods/components/MethodFigure/types';

const methods = readdirSync(path.resolve('content/methods'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('method figures in the build', () => {
  it('there are method pages to check', () => {
    expect(methods.length).toBeGreaterThan(10);
  });

  it.each(methods)('%s has a figure with a text alternative and a caption', (id) => {
    const html = parse(readFileSync(path.join(distDir, 'methods', id, 'index.html'), 'utf8'));
    // The method's own figure; a worked example's chart sits inside .app-worked-example.
    const blocks = html.querySelectorAll('main .app-method-figure').filter((b) => !b.closest('.app-worked-example'));
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    const figure = block.querySelector('figure')!;
    const svg = figure.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect((svg?.getAttribute('aria-label') ?? '').length).toBeGreaterThan(60);
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+ [\d.]+$/);
    expect(svg?.querySelectorAll('text').length).toBeGreaterThan(0);
    expect(svg?.toString()).not.toMatch(/\sstyle=/);
    const caption = figure.querySelector('figcaption');
    expect(caption?.text.trim().length).toBeGreaterThan(20);
    expect(figure.getAttribute('aria-labelledby')).toBe(caption?.getAttribute('id'));
    const table = block.querySelector('table');
    if (table) {
      expect(figure.text).toContain(ILLUSTRATION_LABEL);
      expect(block.querySelector('.app-method-figure__summary')?.text.trim()).toBeTruthy();
      expect(table.querySelector('caption')?.text.trim()).toBeTruthy();
      expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(2);
    }
  });

  it('the chart figures have their data', () => {
    for (const id of ['run-charts', 'spc-charts', 'pareto-charts', 'demand-and-capacity']) {
      const html = parse(readFileSync(path.join(distDir, 'methods', id, 'index.html'), 'utf8'));
      expect(html.querySelector('.app-method-figure table'), id).not.toBeNull();
    }
  });
});

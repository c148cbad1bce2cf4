import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { figures } from '../../../src/methods/components/MethodFigure/figures';
import { MIN_RENDERED_TEXT, NARROWEST_COLUMN } from '../../../src/methods/components/MethodFigure/svg';

const methods = readdirSync(path.resolve('content/methods'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('method figures', () => {
  it('every method has a figure, and every figure a method', () => {
    expect(methods.length).toBeGreaterThan(10);
    expect(Object.keys(figures).sort()).toEqual([...methods].sort());
  });

  describe.each(Object.entries(figures))('%s', (_, figure) => {
    it('has a caption and a text alternative', () => {
      expect(figure.caption.length).toBeGreaterThan(20);
      expect(figure.alt.length).toBeGreaterThan(60);
      expect(figure.alt).not.toMatch(/undefined|NaN/);
      expect(figure.summary ?? '').not.toMatch(/undefined|NaN/);
    });

    it('uses no inline styles or scripts (the CSP forbids them)', () => {
      expect(figure.body).not.toMatch(/\sstyle=|<style|<script|\son[a-z]+=/i);
    });

    it(`renders no text below ${MIN_RENDERED_TEXT} px on a 320 px screen`, () => {
      const scale = NARROWEST_COLUMN / figure.width;
      const sizes = [...figure.body.matchAll(/<text\b[^>]*\sfont-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      const texts = figure.body.match(/<text\b/g)?.length ?? 0;
      expect(texts).toBeGreaterThan(0);
      expect(sizes.length).toBe(texts); // every text says its size
      expect(Math.min(...sizes) * scale).toBeGreaterThanOrEqual(MIN_RENDERED_TEXT);
    });

    it('keeps its drawing inside its viewBox', () => {
      const xs = [...figure.body.matchAll(/\s(?:x|x1|x2|cx)="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
      const ys = [...figure.body.matchAll(/\s(?:y|y1|y2|cy)="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(figure.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(figure.height);
    });

    it('if it shows data, is labelled an illustration and has the data as a table and a summary', () => {
      if (!figure.table) return;
      expect(figure.illustration).toBe(true);
      expect(figure.summary).toBeTruthy();
      expect(figure.table.rows.length).toBeGreaterThan(2);
      for (const row of figure.table.rows) expect(row.length).toBe(figure.table.head.length);
    });
  });

  it('the run chart and SPC figures show what the rules find', () => {
    expect(figures['run-charts']!.summary).toMatch(/12 points in a row are above the median/);
    expect(figures['spc-charts']!.summary).toMatch(/9 points in a row are below the mean/);
    expect(figures['spc-charts']!.table!.rows.filter((r) => r[2] === 'Special cause: improvement')).toHaveLength(9);
  });
});

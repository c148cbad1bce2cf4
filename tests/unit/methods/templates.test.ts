import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { templates, templatesFor } from '../../../src/methods/templates/catalogue';
import { spreadsheetSheets } from '../../../src/methods/templates/spreadsheet';
import { drawing } from '../../../src/methods/templates/diagrams';

const methods = new Set(readdirSync(path.resolve('content/methods')).map((f) => f.replace(/\.mdx$/, '')));

describe('template catalogue', () => {
  it('ids are unique and safe in a URL', () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s names methods that exist and has something to fill in', (_, t) => {
    expect(t.methods.length).toBeGreaterThan(0);
    for (const m of t.methods) expect(methods.has(m), m).toBe(true);
    expect(t.sections.length).toBeGreaterThan(0);
    expect(t.header.length).toBeGreaterThan(0);
  });

  it('finds the templates for a method', () => {
    expect(templatesFor('run-charts').map((t) => t.id)).toEqual(['measurement-plan', 'run-chart-data-sheet']);
    expect(templatesFor('action-learning-sets')).toEqual([]);
  });

  it('the spreadsheets have a bold, frozen heading row and instructions', () => {
    const data = templates.find((t) => t.id === 'run-chart-data-sheet')!;
    const [sheet, notes] = spreadsheetSheets(data.title, data.spreadsheet!);
    expect(sheet!.sheet).toBe('Data');
    expect(sheet!.data).toEqual([[{ value: 'Date', fontWeight: 'bold' }, { value: 'Value', fontWeight: 'bold' }, { value: 'Notes', fontWeight: 'bold' }]]);
    expect(sheet!.stickyRowsCount).toBe(1);
    expect(sheet!.dateFormat).toBe('dd/mm/yyyy');
    expect(notes!.sheet).toBe('How to use');
    expect(notes!.data.flat().map((c) => c.value).join(' ')).toMatch(/day\/month\/year/);
    const plan = templates.find((t) => t.id === 'measurement-plan')!;
    const [, planNotes] = spreadsheetSheets(plan.title, plan.spreadsheet!);
    expect(planNotes!.data.flat().map((c) => c.value)).toContain('Type: write one of Outcome, Process, Balancing.');
  });

  it('the blank diagrams have a text alternative and no inline styles', () => {
    for (const d of ['fishbone', 'stakeholder-grid', 'driver-diagram', 'process-symbols'] as const) {
      const drawn = drawing(d);
      expect(drawn.alt.length).toBeGreaterThan(40);
      expect(drawn.body).not.toMatch(/\sstyle=/);
    }
  });
});

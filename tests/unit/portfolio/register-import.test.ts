import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/site/lib/csv';
import { guessMapping, readRegister, splitTags } from '../../../src/portfolio/register-import';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/portfolio/${name}`, import.meta.url), 'utf8');

describe('guessMapping', () => {
  it('maps common register headings to fields, each column once', () => {
    expect(guessMapping(['Project name', 'Objective', 'Directorate', 'Project lead', 'Status', 'Start', 'Measures', 'Themes'])).toEqual({
      title: 0, aim: 1, directorate: 2, lead: 3, status: 4, start: 5, measures: 6, tags: 7,
    });
    expect(guessMapping(['Ref', 'Project title', 'Aim'])).toEqual({ title: 1, aim: 2 });
    expect(guessMapping(['a', 'b'])).toEqual({});
  });
});

describe('readRegister', () => {
  it('reads good rows and lists bad ones by their spreadsheet row number', () => {
    const csv = readCsv(fixture('register-with-bad-rows.csv'));
    if (!csv.ok) throw new Error(csv.error);
    const { projects, problems } = readRegister(csv.rows, guessMapping(csv.header));
    expect(projects.map((p) => p.title)).toEqual(['Falls prevention on Larch ward', 'Safer handovers in the Wren team', 'Carers passport on Hazel ward']);
    expect(projects[0]!.tags).toEqual(['falls', 'safety']);
    expect(problems).toEqual([{ row: 3, message: 'Row 3 has no title, so it was not imported.' }]);
    expect(new Set(projects.map((p) => p.id)).size).toBe(3);
  });

  it('asks for a title column before reading anything', () => {
    expect(readRegister([['x']], {}).problems[0]!.message).toMatch(/title/);
  });

  it('refuses an over-long cell with the row and field named, and keeps the other rows', () => {
    const { projects, problems } = readRegister([['ok'], ['x'.repeat(301)]], { title: 0 });
    expect(projects).toHaveLength(1);
    expect(problems[0]!.message).toBe('Row 3: the title is longer than 300 characters, so the row was not imported.');
  });

  it('does not reuse ids already in the review', () => {
    const taken = new Set(Array.from({ length: 50 }, (_, i) => `id${i}`));
    const { projects } = readRegister([['a'], ['b']], { title: 0 }, taken);
    for (const p of projects) expect(taken.has(p.id)).toBe(false);
  });

  it('reads the invented register in full', () => {
    const csv = readCsv(fixture('invented-register.csv'));
    if (!csv.ok) throw new Error(csv.error);
    const { projects, problems } = readRegister(csv.rows, guessMapping(csv.header));
    expect(problems).toEqual([]);
    expect(projects).toHaveLength(360);
  });

  it('splits tags on semicolons or commas, without repeats', () => {
    expect(splitTags('a; b, a ,, c')).toEqual(['a', 'b', 'c']);
  });
});

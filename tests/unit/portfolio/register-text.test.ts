import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRegister, NOT_A_REGISTER } from '../../../src/portfolio/register-text';
import { fieldProblem, guessMapping, looksLikeOurExport, noTitleMessage, readRegister } from '../../../src/portfolio/register-import';
import { projectsCsv } from '../../../src/portfolio/review-file';
import { readCsv } from '../../../src/site/lib/csv';
import { emptyReview } from '../../../src/portfolio/model';

// "Café résumé" with curly quotes, as Excel on Windows saves it (Windows-1252 bytes).
const windows1252 = Uint8Array.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]);

describe('decodeRegister', () => {
  it('reads a Windows-1252 file as Windows-1252 and says so', () => {
    expect(decodeRegister(windows1252, 'old.csv')).toEqual({ ok: true, text: 'Title\nCafé résumé “ok”\n', encoding: 'windows-1252' });
  });

  it('reads UTF-8 as UTF-8, whatever it holds', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).filter((t) => !t.includes('\0')), (text) => {
      const read = decodeRegister(new TextEncoder().encode(`Title\n${text}`), 'x.csv');
      expect(read).toEqual({ ok: true, text: `Title\n${text}`, encoding: 'utf-8' });
    }));
  });

  it('refuses a picture or other binary file by name', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeRegister(png, 'register.csv')).toMatchObject({ ok: false, error: expect.stringContaining(`register.csv ${NOT_A_REGISTER}: it looks like a PNG picture`) });
    expect(decodeRegister(Uint8Array.from([1, 0, 2]), 'r.csv')).toMatchObject({ ok: false, error: expect.stringContaining(NOT_A_REGISTER) });
    expect(decodeRegister(new Uint8Array(), 'r.csv')).toEqual({ ok: false, error: 'r.csv is empty.' });
  });
});

describe('a register with no title column', () => {
  it('names the columns found, so the person can choose', () => {
    const header = ['Date', 'Ward', 'Falls'];
    expect(guessMapping(header).title).toBeUndefined();
    expect(noTitleMessage(header)).toContain('The columns in this file are: Date, Ward, Falls.');
  });
});

describe('limits on a project’s fields', () => {
  it('keeps a row whose status is long, as real registers write them', () => {
    const status = 'On hold pending the outcome of the estates review and new funding';
    expect(status.length).toBeGreaterThan(40);
    const { projects, problems } = readRegister([['Falls audit', status]], { title: 0, status: 1 });
    expect(problems).toEqual([]);
    expect(projects[0]!.status).toBe(status);
  });

  it('says which field is too long and by how much', () => {
    expect(fieldProblem('status', 'x'.repeat(201))).toBe('Status must be 200 characters or fewer. It is 1 too long.');
    expect(fieldProblem('status', 'x'.repeat(200))).toBeNull();
    expect(fieldProblem('title', '  ')).toBe('Enter the project’s title.');
  });
});

describe('the projects CSV this tool downloads', () => {
  it('is recognised when imported as a register, so the page can say what it leaves out', () => {
    const r = { ...emptyReview(), projects: [{ id: 'aaaa', title: 'A', aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [], goals: [] }] };
    const csv = readCsv(projectsCsv(r));
    expect(csv.ok && looksLikeOurExport(csv.header)).toBe(true);
    expect(looksLikeOurExport(['Title', 'Decision'])).toBe(false);
  });
});

import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTemplateFile, steadyZip, templateDownloads, templateFile, templatesWith } from '../../../src/build-time/template-files';
import { templates } from '../../../src/methods/templates/catalogue';
import type { BlankTemplate } from '../../../src/methods/templates/catalogue';
import { templateDocument } from '../../../src/methods/templates/document';
import { drawing, stakeholderSquares } from '../../../src/methods/templates/diagrams';

const documents = templatesWith(templates, 'document');
const named = (list: BlankTemplate[]) => list.map((t) => [t.id, t] as const);

/** Every prompt the printable page shows, read from the catalogue entry. */
function prompts(t: BlankTemplate): string[] {
  return [
    t.title,
    t.summary,
    ...t.header,
    ...t.sections.flatMap((s) => [
      ...(s.heading ? [s.heading] : []),
      ...(s.kind === 'fields' ? s.fields.flatMap((f) => [f.label, ...(f.hint ? [f.hint] : [])]) : []),
      ...(s.kind === 'table' ? [...(s.numbered ? ['No.'] : []), ...s.columns] : []),
      ...(s.kind === 'diagram' && s.hint ? [s.hint] : []),
      ...(s.kind === 'diagram' && s.diagram === 'stakeholder-grid' ? [...stakeholderSquares.rows, ...stakeholderSquares.columns, ...stakeholderSquares.names.flat()] : []),
      ...(s.kind === 'diagram' && s.diagram === 'process-symbols' ? [drawing(s.diagram).alt] : []),
    ]),
  ];
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph in word/document.xml, its runs joined. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));

afterEach(() => vi.useRealTimers());

describe('editable Word documents', () => {
  it('are made for the records written in words, not for the diagrams or the data sheets', () => {
    expect(documents.map((t) => t.id).sort()).toEqual(['five-whys', 'pdsa-record', 'process-map', 'project-charter', 'stakeholder-grid']);
  });

  it.each(named(documents))('%s: a valid zip whose word/document.xml has every prompt of the template, each as a paragraph of its own', async (_, t) => {
    const files = unzipSync(await templateFile(t, 'document'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    const text = paragraphs(strFromU8(files['word/document.xml']!));
    for (const prompt of prompts(t)) expect(text, prompt).toContain(prompt);
  });

  it.each(named(documents))('%s: title and language set, A4, Arial, no time of making', async (_, t) => {
    const files = unzipSync(await templateFile(t, 'document'));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain(`<dc:title>${t.title}</dc:title>`);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).not.toMatch(/dcterms:(created|modified)/);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    expect(styles).toMatch(/w:ascii="Arial"/);
    expect(strFromU8(files['word/document.xml']!)).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it.each(named(documents))('%s: another reader (mammoth) finds real headings, one level at a time, and a header row on every table', async (_, t) => {
    const html = parse((await mammoth.convertToHtml({ buffer: Buffer.from(await templateFile(t, 'document')) })).value);
    expect(html.querySelectorAll('h1').map((h) => h.text)).toEqual([t.title]);
    const levels = html.querySelectorAll('h1, h2, h3').map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => i > 0 && expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
    const headed = t.sections.filter((s) => s.heading).map((s) => s.heading);
    expect(html.querySelectorAll('h2').map((h) => h.text)).toEqual(expect.arrayContaining(headed));
    const tables = html.querySelectorAll('table');
    expect(tables.length).toBe(1 + t.sections.filter((s) => s.kind === 'table' || (s.kind === 'diagram' && s.diagram === 'stakeholder-grid')).length);
    for (const table of tables) expect(table.querySelectorAll('thead th').length).toBeGreaterThan(0);
    expect(tables[0]!.querySelectorAll('th').map((th) => th.text)).toEqual(t.header);
  });

  it.each(named(documents))('%s: the same bytes whenever it is made', async (_, t) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    const first = await makeTemplateFile(t, 'document');
    vi.setSystemTime(new Date('2031-07-08T19:58:37Z'));
    const second = await makeTemplateFile(t, 'document');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('a diagram with no written form is refused with a message that says why', () => {
    const fishbone = templates.find((t) => t.id === 'fishbone')!;
    expect(() => templateDocument({ ...fishbone, document: true })).toThrow(/fishbone diagram has no written form/);
  });
});

describe('editable spreadsheets', () => {
  it.each(named(templatesWith(templates, 'spreadsheet')))('%s: the same bytes whenever it is made', async (_, t) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    const first = await makeTemplateFile(t, 'spreadsheet');
    vi.setSystemTime(new Date('2031-07-08T19:58:37Z'));
    expect(Buffer.from(await makeTemplateFile(t, 'spreadsheet')).equals(Buffer.from(first))).toBe(true);
    expect(Object.keys(unzipSync(first))).toContain('xl/workbook.xml');
  });
});

describe('steadyZip', () => {
  const entries = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_/]{0,20}\.xml$/), fc.string({ maxLength: 200 }), { minKeys: 1, maxKeys: 6 });
  const when = fc.date({ min: new Date(1981, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true });

  it('keeps every entry, in order, with its content, and gives the same bytes whenever the zip was made and repacked', () => {
    fc.assert(
      fc.property(entries, when, when, (files, a, b) => {
        const input = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(a);
        const one = steadyZip(zipSync(input, { mtime: a }));
        vi.setSystemTime(b);
        const two = steadyZip(zipSync(input, { mtime: b }));
        vi.useRealTimers();
        expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
        const out = unzipSync(one);
        expect(Object.keys(out)).toEqual(Object.keys(input));
        for (const [k, v] of Object.entries(files)) expect(strFromU8(out[k]!)).toBe(v);
      }),
    );
  });

  it('drops the created and modified times from the properties and adds the language once', () => {
    const core = '<cp:coreProperties><dc:title>T</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T01:02:03.000Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T01:02:03.000Z</dcterms:modified></cp:coreProperties>';
    const once = steadyZip(zipSync({ 'docProps/core.xml': strToU8(core) }), 'en-GB');
    const twice = steadyZip(once, 'en-GB');
    expect(strFromU8(unzipSync(twice)['docProps/core.xml']!)).toBe('<cp:coreProperties><dc:title>T</dc:title><dc:language>en-GB</dc:language></cp:coreProperties>');
  });
});

describe('download links', () => {
  it('say what the file is, its type and its size in KB', async () => {
    const pdsa = templates.find((t) => t.id === 'pdsa-record')!;
    const size = (await templateFile(pdsa, 'document')).byteLength;
    expect(await templateDownloads(pdsa)).toEqual([{ path: '/templates/pdsa-record.docx', text: `Download the PDSA cycle record as a Word document (DOCX, ${Math.ceil(size / 1000)} KB)` }]);
    const charter = templates.find((t) => t.id === 'project-charter')!;
    expect((await templateDownloads(charter))[0]!.text).toMatch(/^Download the project charter as a Word document \(DOCX, \d+ KB\)$/);
    const plan = templates.find((t) => t.id === 'measurement-plan')!;
    expect((await templateDownloads(plan)).map((d) => d.path)).toEqual(['/templates/measurement-plan.xlsx']);
    expect(await templateDownloads(templates.find((t) => t.id === 'fishbone')!)).toEqual([]);
  });

  it('a template without the file asked for is refused', () => {
    expect(() => makeTemplateFile(templates.find((t) => t.id === 'fishbone')!, 'document')).toThrow('The fishbone template has no document.');
  });
});

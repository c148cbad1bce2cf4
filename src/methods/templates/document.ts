/**
 * The editable Word document of a template, as a `docx` Document: the same
 * title, headings, prompts and blank fields as the printable page, read from
 * the same catalogue entry. A4, Arial, real headings (Heading 1 to 3), tables
 * with a repeating header row, and the document's title and language set, so
 * Word's and LibreOffice's accessibility checkers and screen readers find
 * the structure.
 */
import { BorderStyle, Document, HeadingLevel, HeightRule, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun } from 'docx';
import type { IParagraphOptions } from 'docx';
import type { BlankTemplate, DiagramSection, FieldsSection, Section, TableSection } from './catalogue';
import { colour } from '../components/MethodFigure/svg';
import { drawing, stakeholderSquares } from './diagrams';

/** Word's colours are hex without the hash. */
const hex = (c: string) => c.slice(1).toUpperCase();
const TEXT = hex(colour.text);
const BLUE = hex(colour.blue);
const SECONDARY = '4C6272';
const PALE = hex(colour.paleBlue);

// Sizes in twentieths of a point (twips): A4 with 18 mm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1020;
const rowHeight = 480;

const line = { style: BorderStyle.SINGLE, size: 6, color: hex(colour.darkGrey) };
const box = { top: line, bottom: line, left: line, right: line };

const p = (text: string, options: IParagraphOptions = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });
const blank = () => new Paragraph({});

const heading = (text: string, level: 2 | 3) => p(text, { heading: level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 });
const hint = (text: string) => new Paragraph({ style: 'Hint', children: [new TextRun(text)] });

/**
 * A box to write in, one empty paragraph for each line and one more: Word and
 * LibreOffice join neighbouring paragraphs with the same borders into one
 * box, which grows as people type.
 */
const writingBox = (lines: number) => Array.from({ length: lines + 1 }, () => new Paragraph({ border: box, spacing: { after: 0 } }));

const cell = (children: Paragraph[], width: number, header = false) =>
  new TableCell({ children, width: { size: width, type: 'dxa' }, ...(header ? { shading: { fill: PALE, type: 'clear', color: 'auto' } } : {}) });

const headerCell = (text: string, width: number) => cell([new Paragraph({ children: [new TextRun({ text, bold: true })] })], width, true);

/**
 * A table whose first row is its header row: marked so, it repeats on each
 * page and screen readers announce it. An empty paragraph follows, or Word
 * would join it to a table that comes next.
 */
function table(columns: string[], body: TableCell[][], widths: number[], height = rowHeight) {
  const t = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: 'dxa' },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => headerCell(c, widths[i]!)) }),
      ...body.map((cells) => new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.ATLEAST }, children: cells })),
    ],
  });
  return [t, blank()];
}

const even = (n: number, width: number) => Array.from({ length: n }, () => Math.floor(width / n));

function fields(section: FieldsSection, level: 2 | 3) {
  return section.fields.flatMap((f) => [heading(f.label, level), ...(f.hint ? [hint(f.hint)] : []), ...writingBox(f.lines)]);
}

function blankTable(section: TableSection, width: number) {
  const number = section.numbered ? 900 : 0;
  const widths = [...(number ? [number] : []), ...even(section.columns.length, width - number)];
  const columns = [...(number ? ['No.'] : []), ...section.columns];
  const rows = Array.from({ length: section.rows }, (_, r) => [
    ...(number ? [cell([p(String(r + 1))], number)] : []),
    ...section.columns.map((_, c) => cell([blank()], widths[c + (number ? 1 : 0)]!)),
  ]);
  return table(columns, rows, widths);
}

/** Diagrams become what can be written in words: the stakeholder grid a table of its four squares, the process symbols their description. */
function diagram(section: DiagramSection, width: number) {
  const before = section.hint ? [hint(section.hint)] : [];
  if (section.diagram === 'process-symbols') return [...before, p(drawing(section.diagram).alt)];
  if (section.diagram === 'stakeholder-grid') {
    const { rows, columns, names } = stakeholderSquares;
    const widths = [2200, ...even(2, width - 2200)];
    const body = rows.map((r, i) => [
      headerCell(r, widths[0]!),
      ...names[i]!.map((name, c) => cell([new Paragraph({ children: [new TextRun({ text: name, bold: true })] }), blank()], widths[c + 1]!)),
    ]);
    return [...before, ...table(['Influence and interest', ...columns], body, widths, 2600)];
  }
  throw new Error(`The ${section.diagram} diagram has no written form for a Word document; leave "document" off its template.`);
}

function section(s: Section, width: number) {
  const head = s.heading ? [heading(s.heading, 2)] : [];
  // A field's label is a heading one level under its section's, so no level is skipped.
  if (s.kind === 'fields') return [...head, ...fields(s, s.heading ? 3 : 2)];
  if (s.kind === 'table') return [...head, ...blankTable(s, width)];
  return [...head, ...diagram(s, width)];
}

export function templateDocument(t: BlankTemplate): Document {
  const page = t.landscape ? { width: A4.height, height: A4.width } : A4;
  const width = page.width - 2 * MARGIN;
  const header = table(t.header, [t.header.map((_, i) => cell([blank()], even(t.header.length, width)[i]!))], even(t.header.length, width));
  return new Document({
    title: t.title,
    subject: t.summary,
    creator: 'QI Hub',
    lastModifiedBy: 'QI Hub',
    keywords: 'quality improvement, template',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, color: TEXT, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Arial', size: 36, bold: true, color: BLUE }, paragraph: { spacing: { after: 160 } } },
        heading2: { run: { font: 'Arial', size: 28, bold: true, color: TEXT }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading3: { run: { font: 'Arial', size: 22, bold: true, color: TEXT }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [{ id: 'Hint', name: 'Hint', basedOn: 'Normal', next: 'Normal', run: { color: SECONDARY }, paragraph: { spacing: { after: 60 }, keepNext: true } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: t.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [p(t.title, { heading: HeadingLevel.HEADING_1 }), p(t.summary), ...header, ...t.sections.flatMap((s) => section(s, width))],
      },
    ],
  });
}

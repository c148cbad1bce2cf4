/**
 * The editable files of the blank templates, written at build: a spreadsheet
 * (XLSX, `write-excel-file`) for data and a Word document (DOCX, `docx`) for a
 * record. Each is made once a build and shared by its endpoint and by the
 * pages that link to it with its size. The same catalogue gives the same
 * bytes on every build: see `steadyZip`.
 */
import { Packer } from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { kilobytes } from '../site/lib/format';
import { documentPath, spreadsheetPath } from '../methods/templates/catalogue';
import type { BlankTemplate } from '../methods/templates/catalogue';
import { templateDocument } from '../methods/templates/document';
import { spreadsheetSheets } from '../methods/templates/spreadsheet';

/** One time for every file in the zip, in local time, so the bytes do not depend on the build machine's time zone either. */
const FIXED_TIME = new Date(1980, 0, 1);

/**
 * The same zip with nothing that depends on when it was made: both libraries
 * stamp each entry with the current time and write the current time into
 * docProps/core.xml as created and modified. The entries keep their order
 * and their content; the times are dropped from the properties (Word and
 * LibreOffice then show none) and every entry gets FIXED_TIME. When
 * `language` is given it is written into the properties as the document's
 * language.
 */
export function steadyZip(zip: Uint8Array, language?: string): Uint8Array<ArrayBuffer> {
  const files = unzipSync(zip);
  const core = files['docProps/core.xml'];
  if (core) {
    let xml = strFromU8(core).replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');
    if (language && !xml.includes('<dc:language>')) xml = xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  return new Uint8Array(zipSync(files, { mtime: FIXED_TIME }));
}

export type FileKind = 'spreadsheet' | 'document';

const kinds = {
  spreadsheet: {
    has: (t: BlankTemplate) => Boolean(t.spreadsheet),
    path: spreadsheetPath,
    what: 'a spreadsheet',
    type: 'XLSX',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    make: async (t: BlankTemplate) => steadyZip(new Uint8Array(await writeExcelFile(spreadsheetSheets(t.title, t.spreadsheet!)).toBuffer())),
  },
  document: {
    has: (t: BlankTemplate) => Boolean(t.document),
    path: documentPath,
    what: 'a Word document',
    type: 'DOCX',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: async (t: BlankTemplate) => steadyZip(new Uint8Array(await Packer.toBuffer(templateDocument(t))), 'en-GB'),
  },
} satisfies Record<FileKind, unknown>;

export const fileMime = (kind: FileKind) => kinds[kind].mime;

/** Makes a template's file afresh. */
export function makeTemplateFile(t: BlankTemplate, kind: FileKind): Promise<Uint8Array<ArrayBuffer>> {
  if (!kinds[kind].has(t)) throw new Error(`The ${t.id} template has no ${kind}.`);
  return kinds[kind].make(t);
}

const made = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The bytes of a template's file, made on first use in a build and then shared by its endpoint and the pages that give its size. */
export function templateFile(t: BlankTemplate, kind: FileKind): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${t.id} ${kind}`;
  if (!made.has(key)) made.set(key, makeTemplateFile(t, kind));
  return made.get(key)!;
}

export const templatesWith = (templates: BlankTemplate[], kind: FileKind) => templates.filter(kinds[kind].has);

export interface TemplateDownload {
  /** The file's path on the site, without the base path. */
  path: string;
  /** "Download the PDSA cycle record as a Word document (DOCX, 9 KB)". */
  text: string;
}

/** "PDSA cycle record", "project charter": the title without "template", in a sentence's case. */
const inSentence = (t: BlankTemplate) => t.title.replace(/ template$/, '').replace(/^[A-Z][a-z]/, (s) => s.toLowerCase());

/** The links to a template's editable files, each saying its type and size. */
export async function templateDownloads(t: BlankTemplate): Promise<TemplateDownload[]> {
  const out: TemplateDownload[] = [];
  for (const kind of Object.keys(kinds) as FileKind[]) {
    const k = kinds[kind];
    if (!k.has(t)) continue;
    const size = (await templateFile(t, kind)).byteLength;
    out.push({ path: k.path(t), text: `Download the ${inSentence(t)} as ${k.what} (${k.type}, ${kilobytes(size)})` });
  }
  return out;
}

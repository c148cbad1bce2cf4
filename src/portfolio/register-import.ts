/**
 * Reading a project register that a directorate already keeps (a CSV file, or
 * rows pasted from a spreadsheet) into projects. The person maps columns to
 * fields; a first guess comes from the header words. Rows that cannot be read
 * are listed with their row number and the reason, and the rest come in.
 */
import { FIELD_LIMITS, makeId, projectSchema, type Project } from './model';

export const registerFields = ['title', 'aim', 'directorate', 'lead', 'status', 'start', 'measures', 'tags'] as const;
export type RegisterField = (typeof registerFields)[number];
export const fieldLabels: Record<RegisterField, string> = {
  title: 'Title',
  aim: 'Aim',
  directorate: 'Team or directorate',
  lead: 'Lead',
  status: 'Status',
  start: 'Start date',
  measures: 'Measures',
  tags: 'Tags',
};

/** Column index for each field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<RegisterField, number>>;

/** Header words that suggest each field, most telling first. */
const hints: Record<RegisterField, RegExp> = {
  title: /title|project name|^name$|^project$/i,
  aim: /aim|objective|purpose|description|summary/i,
  directorate: /directorate|division|team|service|department|care group/i,
  lead: /lead|owner|manager|sponsor|contact/i,
  status: /status|stage|phase/i,
  start: /start|began|date/i,
  measures: /measure|metric|outcome|indicator|kpi/i,
  tags: /tag|theme|topic|categor|keyword/i,
};

/** A first guess at the mapping from the header: each column goes to at most one field, each field to at most one column. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of registerFields) {
    const col = header.findIndex((h, i) => !used.has(i) && hints[field].test(h.trim()));
    if (col >= 0) {
      mapping[field] = col;
      used.add(col);
    }
  }
  return mapping;
}

export interface RowProblem {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export interface RegisterRead {
  projects: Project[];
  problems: RowProblem[];
}

const limits: Record<Exclude<RegisterField, 'tags'>, number> = FIELD_LIMITS;

/** Why a field as typed cannot be kept (too long), or null. The same limits as an imported register. */
export function fieldProblem(field: RegisterField, value: string): string | null {
  if (field === 'title' && !value.trim()) return 'Enter the project’s title.';
  if (field === 'tags') return null;
  const max = limits[field];
  const over = value.trim().length - max;
  return over > 0 ? `${fieldLabels[field]} must be ${max.toLocaleString('en-GB')} characters or fewer. It is ${over.toLocaleString('en-GB')} too long.` : null;
}

/** Said when no column is mapped to the title: which columns the file has, so the person can choose. */
export function noTitleMessage(header: readonly string[]): string {
  const named = header.map((h, i) => h.trim() || `Column ${i + 1}`);
  return `No column is chosen as the title. The columns in this file are: ${named.join(', ')}. Choose the column that holds each project’s title, or check that this is your project register.`;
}

/** The headings of the projects CSV this tool downloads, which a register import reads only in part. */
export const EXPORT_ONLY_COLUMNS = ['Goals served', 'Decision', 'Merge into', 'Reason', 'Relations'] as const;

/** True when the header is the projects CSV downloaded from this tool (its decisions cannot come back from it). */
export function looksLikeOurExport(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim()));
  return EXPORT_ONLY_COLUMNS.every((c) => names.has(c));
}

/** Tags written in one cell, split on semicolons or commas. */
export const splitTags = (cell: string) => [...new Set(cell.split(/[;,]/).map((t) => t.trim().slice(0, 60)).filter(Boolean))].slice(0, 30);

export function readRegister(rows: readonly (readonly string[])[], mapping: ColumnMapping, takenIds: ReadonlySet<string> = new Set()): RegisterRead {
  const projects: Project[] = [];
  const problems: RowProblem[] = [];
  const taken = new Set(takenIds);
  // The page asks for the title column before it offers to import; this is the last guard.
  if (mapping.title === undefined) return { projects, problems: [{ row: 1, message: 'Choose the column that holds each project’s title.' }] };
  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (field: RegisterField) => {
      const col = mapping[field];
      return col === undefined ? '' : (cells[col] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) return;
    const title = cell('title');
    if (!title) {
      problems.push({ row, message: `Row ${row} has no title, so it was not imported.` });
      return;
    }
    const tooLong = (Object.entries(limits) as [Exclude<RegisterField, 'tags'>, number][]).find(([field, max]) => cell(field).length > max);
    if (tooLong) {
      problems.push({ row, message: `Row ${row}: the ${fieldLabels[tooLong[0]].toLowerCase()} is longer than ${tooLong[1]} characters, so the row was not imported.` });
      return;
    }
    const id = makeId(taken);
    taken.add(id);
    const parsed = projectSchema.safeParse({
      id,
      title,
      aim: cell('aim'),
      directorate: cell('directorate'),
      lead: cell('lead'),
      status: cell('status'),
      start: cell('start'),
      measures: cell('measures'),
      tags: splitTags(cell('tags')),
      goals: [],
    });
    if (parsed.success) projects.push(parsed.data);
    else problems.push({ row, message: `Row ${row} could not be read: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.` });
  });
  return { projects, problems };
}

/** "The same project" for an import: the same title and team, ignoring case and spacing. */
const sameProjectKey = (title: string, team: string) => `${title.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${team.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** Splits imported projects into those new to the review and those it already holds (same title and team). */
export function splitRepeats(incoming: readonly Project[], existing: readonly Pick<Project, 'title' | 'directorate'>[]): { fresh: Project[]; repeats: Project[] } {
  const held = new Set(existing.map((p) => sameProjectKey(p.title, p.directorate)));
  const fresh: Project[] = [];
  const repeats: Project[] = [];
  for (const p of incoming) (held.has(sameProjectKey(p.title, p.directorate)) ? repeats : fresh).push(p);
  return { fresh, repeats };
}

/** True when the text is a JSON document (such as this tool's review file) rather than rows of a register. */
export const looksLikeJson = (name: string, text: string) => /\.json$/i.test(name) || /^\s*[[{]/.test(text);

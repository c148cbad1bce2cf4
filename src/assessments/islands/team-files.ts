/**
 * The team view's exported files, read in this browser: each is checked as an
 * import is (size, text, JSON or CSV made by export), and its scores become
 * people in the team view. Nothing is stored or sent.
 */
import type { Instrument } from '../instrument';
import { participantFromRecord, type Participant } from '../team';

export interface ReadFiles {
  incoming: Participant[];
  /** Files that could not be added, each with why. */
  found: string[];
  /** Answers left out of files that were added. */
  left: string[];
}

export async function readTeamFiles(list: File[], catalogue: readonly Instrument[]): Promise<ReadFiles> {
  const [{ checkSize, decodeText, checkImport }, { readCsv }] = await Promise.all([import('../transfer/import'), import('../../site/lib/csv')]);
  const incoming: Participant[] = [];
  const found: string[] = [];
  const left: string[] = [];
  for (const file of list) {
    const size = checkSize(file.size);
    if (size) {
      found.push(`${file.name}: ${size}`);
      continue;
    }
    const text = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!text.ok) {
      found.push(`${file.name}: ${text.error}`);
      continue;
    }
    const checked = checkImport(text.text, catalogue, readCsv);
    if (!checked.ok) {
      found.push(`${file.name}: ${checked.errors.join(' ')}`);
      continue;
    }
    left.push(...checked.warnings.map((w) => `${file.name}: ${w}`));
    const before = incoming.length;
    for (const i of checked.instruments) {
      const p = participantFromRecord(i.record, file.name);
      if (p) incoming.push(p);
    }
    if (incoming.length === before) found.push(`${file.name}: it has no scores in it.`);
  }
  return { incoming, found, left };
}

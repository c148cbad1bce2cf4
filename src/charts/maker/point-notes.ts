/**
 * The Note column of the chart's table and its CSV: recalculation markers,
 * screened moving ranges and the person's notes. Apart from transfer.ts so
 * the table does not load the import and export code with the page.
 */
import type { Evaluated } from './evaluate';

/** A run chart point that is part of a shift or trend. */
export const SIGNAL_NOTE = 'Part of a shift or trend';

/** Limits recalculated from this point: said in the Note column of the table and the CSV. */
export const REBASE_NOTE = 'Limits recalculated from here';

/** A point whose moving range was left out of the limits. */
export const SCREENED_NOTE = 'Moving range left out of the limits (at or above the screening limit)';

/** Each point's note as the table shows it: the recalculation marker and screened moving ranges (SPC), and the person's notes, joined by "; ". */
export function pointNotes(ev: Evaluated): string[] {
  const notes: string[][] = ev.points.map(() => []);
  if (ev.spc) {
    for (const i of ev.rebaseAt) notes[i]?.push(REBASE_NOTE);
    // A screening limit of 0 means every value is the same: nothing was an outlier, there was simply no variation.
    for (const p of ev.spc.periods) if (p.screeningLimit > 0) for (const i of p.screenedOut) notes[i]?.push(SCREENED_NOTE);
  }
  for (const a of ev.annotations) notes[a.at]?.push(a.text);
  return notes.map((n) => n.join('; '));
}


import type { Figure, WorkedExampleData } from '../types';

/**
 * A worked example whose numbers the method's figure already charts: the same
 * summary and table, shown with the example's text. The caption says which
 * copy it is, so the page's two table regions have different names.
 */
export function fromFigure(figure: Figure): WorkedExampleData {
  if (!figure.table || !figure.summary) throw new Error(`The figure "${figure.caption}" has no data to show as a worked example.`);
  return { summary: `${figure.summary} The chart at the top of this page draws these numbers.`, table: { ...figure.table, caption: `${figure.table.caption}: the worked example` } };
}

import type { Figure, WorkedExampleData } from '../types';

/** A worked example whose numbers the method's figure already charts: the same summary and table, shown with the example's text. */
export function fromFigure(figure: Figure): WorkedExampleData {
  if (!figure.table || !figure.summary) throw new Error(`The figure "${figure.caption}" has no data to show as a worked example.`);
  return { summary: figure.summary, table: figure.table };
}

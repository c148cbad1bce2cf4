/** What a method figure is: a picture, what it shows in words, and for charts, the data. */
export interface FigureTable {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}

export interface Figure {
  /** Read by screen readers in place of the picture: what it shows, fully. */
  alt: string;
  /** Shown under the picture. */
  caption: string;
  /** The viewBox. */
  width: number;
  height: number;
  /** SVG markup inside the svg element (from ./svg helpers: no style attributes). */
  body: string;
  /** The figure shows invented data: it is labelled as an illustration. */
  illustration?: boolean;
  /** A sentence or two saying what a chart shows, shown beside it. */
  summary?: string;
  /** The chart's data. */
  table?: FigureTable;
}

/** A worked example's numbers, shown under the example's text on the method page. */
export interface WorkedExampleData {
  /** What the numbers show, in a sentence or two, worked out from them. */
  summary: string;
  table: FigureTable;
  /** A chart of the same numbers, when the method's own figure does not already draw them. */
  chart?: Figure;
}

export const ILLUSTRATION_LABEL = 'An illustration, not data from a real service.';

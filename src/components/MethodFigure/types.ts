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

export const ILLUSTRATION_LABEL = 'Illustration: invented data, not a real service.';

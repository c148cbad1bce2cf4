/** NHS identity colours the chart uses, as presentation attributes so a downloaded SVG or PNG looks the same as the page. */
export const COLOURS = {
  text: '#212b32',
  grid: '#d8dde0',
  axis: '#4c6272',
  line: '#768692',
  point: '#425563',
  blue: '#005eb8',
  orange: '#ed8b00',
  purple: '#330072',
  green: '#007f3b',
  signal: '#ed8b00',
} as const;

export const FONT = 'Frutiger W01, Arial, sans-serif';

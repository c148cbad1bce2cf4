import { colour, el, text, LARGE_TEXT } from '../svg';

/** The Plan, Do, Study, Act wheel: Act and Plan on top, Study and Do below, read clockwise from Plan. */
/** Small wheels (labels: false) leave the words out: they would not fit. */
export function pdsaWheel(cx: number, cy: number, r: number, size = LARGE_TEXT, labels = true): string {
  const quarter = (a0: number, a1: number, fill: string) => {
    const p = (a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
    return el('path', { d: `M${cx},${cy} L${p(a0)} A${r},${r} 0 0 1 ${p(a1)} z`, fill, stroke: colour.white, 'stroke-width': 3 });
  };
  const q = Math.PI / 2;
  const off = r * 0.45;
  return (
    quarter(-q, 0, colour.blue) + // Plan, top right
    quarter(0, q, colour.darkBlue) + // Do, bottom right
    quarter(q, 2 * q, colour.blue) + // Study, bottom left
    quarter(2 * q, 3 * q, colour.darkBlue) + // Act, top left
    (labels ? words(cx, cy, off, size) : '')
  );
}

function words(cx: number, cy: number, off: number, size: number): string {
  return (
    text(cx + off, cy - off + size / 3, 'Plan', { anchor: 'middle', weight: 'bold', fill: colour.white, size }) +
    text(cx + off, cy + off + size / 3, 'Do', { anchor: 'middle', weight: 'bold', fill: colour.white, size }) +
    text(cx - off, cy + off + size / 3, 'Study', { anchor: 'middle', weight: 'bold', fill: colour.white, size }) +
    text(cx - off, cy - off + size / 3, 'Act', { anchor: 'middle', weight: 'bold', fill: colour.white, size })
  );
}

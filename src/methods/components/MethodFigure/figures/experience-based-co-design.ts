import { arrow, arrowMarker, box, colour, WIDTH, type BoxOptions } from '../svg';
import type { Figure } from '../types';

// The stages on the page: staff and patients first apart, then together.
const M = 'ebcd-arrow';
const HALF = (WIDTH - 16 - 12) / 2;
const staff: BoxOptions = { stroke: colour.blue, background: colour.paleBlue };
const patients: BoxOptions = { stroke: colour.darkGreen, background: colour.white, strokeWidth: 3 };
const together: BoxOptions = { stroke: colour.darkBlue, background: colour.darkBlue, fill: colour.white, weight: 'bold' };

let body = arrowMarker(M);
let y = 8;
function pair(left: string, right: string) {
  const l = box(8, y, HALF, left, staff);
  const r = box(8 + HALF + 12, y, HALF, right, patients);
  const h = Math.max(l.height, r.height);
  body += l.svg + r.svg;
  return h;
}
function whole(label: string, o: BoxOptions) {
  const b = box(8, y, WIDTH - 16, label, o);
  body += b.svg;
  return b.height;
}
const down = (x: number) => arrow(x, y - 20, x, y - 2, M);

let h = pair('Staff share their experiences', 'Patients and carers share theirs, often on film');
y += h + 22;
body += down(8 + HALF / 2) + down(8 + HALF + 12 + HALF / 2);
h = whole('Find the touchpoints: the moments that shape experience', { stroke: colour.blue });
y += h + 22;
body += down(8 + HALF / 2) + down(8 + HALF + 12 + HALF / 2);
h = pair('Staff event: agree priorities', 'Patient and carer event: agree priorities');
y += h + 22;
body += down(8 + HALF / 2) + down(8 + HALF + 12 + HALF / 2);
h = whole('Joint event: patients, carers and staff share priorities as equal partners', together);
y += h + 22;
body += down(WIDTH / 2);
h = whole('Small co-design groups design and test changes', together);
y += h + 22;
body += down(WIDTH / 2);
h = whole('Celebrate, share what changed, keep patients involved', { stroke: colour.green, background: colour.paleGrey });
y += h;

export const figure: Figure = {
  width: WIDTH,
  height: y + 8,
  body,
  caption: 'Experience-based co-design: staff and patients share experiences apart, then design changes together.',
  alt: 'The stages of experience-based co-design, from top to bottom. Side by side: staff share their experiences; patients and carers share theirs, often on film. Then the touchpoints are found: the moments that shape experience. Side by side again: a staff event and a patient and carer event each agree priorities. Then a joint event where patients, carers and staff share priorities as equal partners, then small co-design groups design and test changes, and finally the changes are celebrated and shared, with patients kept involved.',
};

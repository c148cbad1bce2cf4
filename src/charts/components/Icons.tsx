/**
 * Making Data Count style icons: variation (common cause, special cause
 * improvement, concern or neither) and assurance (pass, fail, hit and miss).
 * Drawn here in the NHS palette, each with its meaning as its accessible name.
 */
import type { Assurance, Direction, PointType } from '../rules/making-data-count';
import { ASSURANCE_NAMES, POINT_TYPE_NAMES } from '../maker/words';
import { COLOURS, FONT } from './palette';

const VARIATION_COLOUR: Record<PointType, string> = {
  'common-cause': COLOURS.line,
  improvement: COLOURS.blue,
  concern: COLOURS.orange,
  'neutral-high': COLOURS.purple,
  'neutral-low': COLOURS.purple,
};

/** H (high) or L (low) for a special cause, from the type and the direction of improvement. */
function letter(type: PointType, direction: Direction): string {
  if (type === 'common-cause') return '';
  if (type === 'neutral-high') return 'H';
  if (type === 'neutral-low') return 'L';
  const high = (type === 'improvement') === (direction === 'increase');
  return high ? 'H' : 'L';
}

function Badge({ label, colour, text }: { label: string; colour: string; text: string }) {
  return (
    <svg class="app-chart-icon" viewBox="0 0 48 48" width="48" height="48" role="img" aria-label={label} font-family={FONT}>
      <circle cx="24" cy="24" r="21" fill="#ffffff" stroke={colour} stroke-width="4" />
      {text === '~' ? (
        <path d="M10 26c5-8 9-8 14 0s9 8 14 0" fill="none" stroke={colour} stroke-width="3.5" />
      ) : (
        <text x="24" y="32" text-anchor="middle" font-size="22" font-weight="bold" fill={colour}>
          {text}
        </text>
      )}
    </svg>
  );
}

export function VariationIcon({ type, direction }: { type: PointType; direction: Direction }) {
  const l = letter(type, direction);
  return <Badge label={`Variation: ${POINT_TYPE_NAMES[type].toLowerCase()}`} colour={VARIATION_COLOUR[type]} text={l || '~'} />;
}

export function AssuranceIcon({ assurance }: { assurance: Assurance }) {
  const [colour, text] = assurance === 'consistent-pass' ? [COLOURS.blue, 'P'] : assurance === 'consistent-fail' ? [COLOURS.orange, 'F'] : [COLOURS.line, '?'];
  return <Badge label={`Assurance: ${ASSURANCE_NAMES[assurance].toLowerCase()}`} colour={colour} text={text} />;
}

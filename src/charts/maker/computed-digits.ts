/**
 * Rounding for numbers the chart works out (means, medians, limits, moving
 * ranges), so a download holds 1.3, not 1.2999999999999972. Binary floating
 * point leaves its noise about 16 significant figures below the size of the
 * numbers summed or subtracted, so it is measured against the data's largest
 * value, not the result (a limit near zero keeps no noise either): computed
 * numbers keep 10 significant figures of that scale, and never fewer decimal
 * places than the data have. The person's own values are never rounded.
 */

/** Decimal places in a number as JavaScript writes it (0.000001 is "0.000001", 1e-7 is "1e-7"). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

const SIGNIFICANT = 10;
// toFixed takes up to 100; no chart needs more than this, and a longer tail would be the noise itself.
const MAX_DECIMALS = 20;

/** A function that rounds computed numbers for a chart of these values; not-finite numbers pass through. */
export function computedRounder(values: readonly number[]): (computed: number) => number {
  let largest = 0;
  let places = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    largest = Math.max(largest, Math.abs(v));
    places = Math.max(places, decimalPlaces(v));
  }
  const scale = largest > 0 ? SIGNIFICANT - 1 - Math.floor(Math.log10(largest)) : SIGNIFICANT;
  const decimals = Math.min(MAX_DECIMALS, Math.max(places, scale, 0));
  // Number() of toFixed's text: the nearest double to the rounded decimal, written back at its shortest; 0 for -0.
  return (computed) => (Number.isFinite(computed) ? Number(computed.toFixed(decimals)) + 0 : computed);
}

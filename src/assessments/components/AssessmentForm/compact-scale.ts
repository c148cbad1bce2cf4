/**
 * Whether a scale can show as a compact row of numbered buttons: every point's
 * label starts with its own value ("0 – not at all", "1", … "5 – fully"), and
 * there are few enough points for one line on a phone.
 */
export interface CompactPoint {
  value: number;
  /** The number shown on the button. */
  number: string;
  /** The words after the number ("not at all"), or ''. */
  words: string;
}

/** The most buttons that fit one line at 320 px wide, each at least 44 px. */
const MOST = 7;

export function compactScale(points: readonly { value: number; label: string }[]): CompactPoint[] | null {
  if (points.length < 2 || points.length > MOST) return null;
  const out: CompactPoint[] = [];
  for (const p of points) {
    const m = /^(-?\d+)(?:\s*[–—-]\s*(.+)|\s*\((.+)\))?$/.exec(p.label.trim());
    if (!m || Number(m[1]) !== p.value) return null;
    out.push({ value: p.value, number: m[1]!, words: (m[2] ?? m[3] ?? '').trim() });
  }
  return out;
}

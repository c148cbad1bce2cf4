/**
 * When the paste box closes. A long text in a <textarea> is laid out line by
 * line by the browser, which for 1,000 lines takes longer than drawing the
 * chart; so once a long text has come in at one go (a paste, a drop, a file),
 * the box is closed and the text kept as it is, until the person opens the box
 * to read or change it. Typing, one line at a time, never closes the box.
 */

/** Texts of more lines than this close the box when they come in at one go. */
export const OPEN_BOX_LINES = 100;

/** How many lines `text` has (an empty text has none; a last line without an ending counts). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Whether the text is long enough to keep out of the page until asked for. */
export const isLong = (text: string) => lineCount(text) > OPEN_BOX_LINES;

/** The text put in where `before` became `after`: what is left between the parts the two share at the start and at the end. */
export function inserted(before: string, after: string): string {
  let start = 0;
  const most = Math.min(before.length, after.length);
  while (start < most && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < most - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return after.slice(start, after.length - end);
}

/** Whether a change from `before` to `after` closes the box: the text is long and more than one line came in at once. */
export function closesBox(before: string, after: string): boolean {
  if (!isLong(after)) return false;
  const added = inserted(before, after);
  return added.indexOf('\n') !== added.lastIndexOf('\n');
}

/**
 * A click handler that acts on a single click or a key press, and ignores the
 * second (and later) clicks of a double click. For buttons that remove
 * something or ask to: once the first click has removed a row, the next row's
 * Remove button moves under the pointer, and a double click would remove two.
 * A click's `detail` is its click count; a key press on a button reports 0.
 */
export function firstClickOnly<E extends { detail: number }>(act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.detail <= 1) act(event);
  };
}

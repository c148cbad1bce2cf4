/**
 * What a person chose or typed on an assessment form before its script ran
 * (on a slow network that can be seconds), worked out without the DOM so it
 * can be unit-tested. Anything the person changed on the page is newer than
 * what storage holds, so it wins; everything left as the server sent it is
 * filled from storage as usual.
 */
import type { StoredAnswer } from '../../schemas/answers-core';
import type { AnswerChange } from './answer-record';

/**
 * One item's controls as read from the form: the state the page was served
 * with (`defaultChecked` / `defaultValue`) and the state now. `value` is the
 * checked radio's number, or null when none is checked; `note` is undefined
 * when the item has no note box.
 */
export interface ItemOnForm {
  item: string;
  served: { value: number | null; note?: string };
  now: { value: number | null; note?: string };
}

/**
 * The changes to apply, item by item, so the record ends up holding what the
 * person did on the page. A control counts as changed when it differs from how
 * it was served; a change that storage already holds is left out, so an
 * unchanged answer keeps its stored time and nothing is written for nothing.
 */
export function earlyChanges(form: readonly ItemOnForm[], stored: Readonly<Record<string, StoredAnswer>>): Map<string, AnswerChange> {
  const changes = new Map<string, AnswerChange>();
  for (const { item, served, now } of form) {
    const before = Object.hasOwn(stored, item) ? stored[item]! : undefined;
    const change: AnswerChange = {};
    if (now.value !== served.value && now.value !== (before?.value ?? null)) change.value = now.value;
    if (now.note !== undefined && now.note !== served.note && now.note !== (before?.note ?? '')) change.note = now.note;
    if (Object.keys(change).length) changes.set(item, change);
  }
  return changes;
}

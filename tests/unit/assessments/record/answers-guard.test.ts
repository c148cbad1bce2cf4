/**
 * The page-load guard (`readRecord` in answers-core.ts) must give the same
 * verdict and the same cleaned record as the zod schema (`answerRecordSchema`
 * in answers.ts), which stays the one definition of the shape.
 */
import { describe, expect, it } from 'vitest';
import { answerRecordSchema, MAX_NOTE_LENGTH, readRecord } from '../../../../src/schemas/answers';
import { richRecord } from '../../fixtures/instruments';

type Mutation = [string, (r: Record<string, any>) => void];
const mutations: Mutation[] = [
  ['valid as it is', () => {}],
  ['no version', (r) => delete r.v],
  ['version 2', (r) => (r.v = 2)],
  ['instrument with capitals', (r) => (r.instrument = 'Readiness')],
  ['instrument "constructor"', (r) => (r.instrument = 'constructor')],
  ['item "prototype"', (r) => (r.answers.prototype = { value: 1, at: r.updatedAt })],
  ['item "__proto__" (dropped by both)', (r) => Object.defineProperty(r.answers, '__proto__', { value: { value: 1, at: r.updatedAt }, enumerable: true })],
  ['value not whole', (r) => (r.answers.open.value = 2.5)],
  ['value as text', (r) => (r.answers.open.value = '2')],
  ['note too long', (r) => (r.answers.open.note = 'x'.repeat(MAX_NOTE_LENGTH + 1))],
  ['a cleared answer (just a time)', (r) => (r.answers.ideas = { at: r.updatedAt })],
  ['time without a zone', (r) => (r.answers.open.at = '2025-03-01T10:15:00')],
  ['time on 30 February', (r) => (r.updatedAt = '2025-02-30T10:15:00.000Z')],
  ['reset time', (r) => (r.resetAt = '2025-02-01T09:00:00.000Z')],
  ['snapshots not a list', (r) => (r.snapshots = {})],
  ['snapshot with no name', (r) => (r.snapshots[0].label = '')],
  ['snapshot id too long', (r) => (r.snapshots[0].id = 'x'.repeat(41))],
  ['unknown keys (dropped by both)', (r) => ((r.colour = 'blue'), (r.answers.open.extra = 1))],
  ['not an object', (r) => Object.keys(r).forEach((k) => delete r[k])],
];

describe('the page-load guard and the zod schema', () => {
  it.each(mutations)('agree on a record with %s', (_name, mutate) => {
    const data = JSON.parse(JSON.stringify(richRecord()));
    mutate(data);
    const guard = readRecord(data);
    const zod = answerRecordSchema.safeParse(data);
    expect(guard.ok).toBe(zod.success);
    if (guard.ok && zod.success) expect(guard.value).toEqual(zod.data);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDocumentStore, DOCUMENT_ID, newId, type Checked, type DocumentChange, type DocumentFault, type StorageEvents } from '../../../src/storage/documents';
import { documentFaultText } from '../../../src/storage/messages';
import { FakeStorage } from '../fixtures/fake-storage';

interface Note {
  title: string;
  points: number[];
}
const checkNote = (doc: unknown): Checked<Note> => {
  const d = doc as Partial<Note> | null;
  if (typeof d !== 'object' || d === null) return { ok: false, problems: ['not an object'] };
  if (typeof d.title !== 'string') return { ok: false, problems: ['title: expected text'] };
  if (!Array.isArray(d.points) || !d.points.every((p) => typeof p === 'number' && Number.isFinite(p)))
    return { ok: false, problems: ['points: expected numbers'] };
  return { ok: true, value: { title: d.title, points: [...d.points] } };
};
const options = {
  kind: 'note',
  check: checkNote,
  version: 2,
  // Version 1 kept a single "name" instead of "title".
  migrations: { 1: (old: unknown) => ({ title: (old as { name: string }).name, points: (old as { points: number[] }).points }) },
};
const T = Date.parse('2026-03-01T09:00:00.000Z');

function setup(events?: StorageEvents) {
  const fake = new FakeStorage();
  return { fake, store: createDocumentStore({ ...options, getStorage: () => fake, events }) };
}

describe('document store', () => {
  it('saves, loads and lists documents, newest first', () => {
    const { store } = setup();
    expect(store.save('a1', { title: 'First', points: [1, 2] }, T).fault).toBeNull();
    expect(store.save('b2', { title: 'Second', points: [] }, T + 1000).fault).toBeNull();
    expect(store.load('a1')).toEqual({ stored: { id: 'a1', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 'First', points: [1, 2] } }, readOnly: false, faults: [] });
    expect(store.list().map((d) => d.id)).toEqual(['b2', 'a1']);
    expect(store.remove('a1')).toBe(true);
    expect(store.load('a1').stored).toBeNull();
  });

  it('refuses to write a document that fails its check: a bug, not a person’s mistake', () => {
    const { store, fake } = setup();
    expect(() => store.save('a1', { title: 3 } as unknown as Note, T)).toThrow(/invalid note/);
    expect(fake.map.size).toBe(0);
  });

  it('refuses ids that are not lower-case letters and digits', () => {
    const { store } = setup();
    expect(() => store.load('__proto__')).toThrow();
    expect(() => store.save('A', { title: '', points: [] })).toThrow();
  });

  it('reports blocked storage without throwing', () => {
    const { store, fake } = setup();
    fake.blocked = true;
    expect(store.available()).toBe(false);
    expect(store.load('a1').faults).toEqual([{ kind: 'blocked' }]);
    expect(store.save('a1', { title: 'x', points: [] }).fault).toEqual({ kind: 'blocked' });
    expect(store.list()).toEqual([]);
  });

  it('reports full storage and keeps nothing half-written', () => {
    const { store, fake } = setup();
    store.save('a1', { title: 'Kept', points: [1] }, T);
    fake.full = true;
    expect(store.save('a1', { title: 'Lost?', points: [2] }, T + 1).fault).toEqual({ kind: 'full' });
    expect(store.load('a1').stored?.doc.title).toBe('Kept');
  });

  it('sets damaged text aside byte for byte and frees the key', () => {
    const { store, fake } = setup();
    fake.map.set('qi-hub:note:a1', '{"v":2,"kind":"note"');
    const loaded = store.load('a1');
    expect(loaded.faults[0]).toMatchObject({ kind: 'not-json' });
    const keptAs = (loaded.faults[0] as { keptAs: string }).keptAs;
    expect(fake.map.get(keptAs)).toBe('{"v":2,"kind":"note"');
    expect(fake.map.has('qi-hub:note:a1')).toBe(false);
    expect(store.keptAside()).toEqual([{ key: keptAs, raw: '{"v":2,"kind":"note"' }]);
    expect(store.discardKeptAside(keptAs)).toBe(true);
    expect(store.keptAside()).toEqual([]);
  });

  it('names the damaged documents that list leaves out, so a page can set them aside', () => {
    const { store, fake } = setup();
    store.save('a1', { title: 'Fine', points: [1] }, T);
    fake.setItem('qi-hub:note:b2', '{"v":2,"kind":"no');
    fake.setItem('qi-hub:note:c3', 'null');
    fake.setItem('qi-hub:note:d4', JSON.stringify({ v: 2, kind: 'note', id: 'd4', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 7 } }));
    expect(store.list().map((d) => d.id)).toEqual(['a1']);
    expect(store.damagedIds().sort()).toEqual(['b2', 'c3', 'd4']);
    for (const id of store.damagedIds()) expect(store.load(id).faults[0]?.kind).toMatch(/not-json|wrong-shape/);
    expect(store.damagedIds()).toEqual([]);
    expect(store.keptAside().map((k) => k.raw)).toContain('null');
  });

  it('reports a document of the wrong shape with its problems', () => {
    const { store, fake } = setup();
    fake.map.set('qi-hub:note:a1', JSON.stringify({ v: 2, kind: 'note', id: 'a1', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 'x', points: ['y'] } }));
    expect(store.load('a1').faults[0]).toMatchObject({ kind: 'wrong-shape', problems: ['points: expected numbers'] });
  });

  it('leaves damaged text in place when it cannot be copied aside, and will not overwrite it', () => {
    const { store, fake } = setup();
    const damaged = 'x'.repeat(500);
    fake.map.set('qi-hub:note:a1', damaged);
    fake.quota = 600;
    expect(store.load('a1').faults[0]).toEqual({ kind: 'not-json', keptAs: null });
    expect(store.save('a1', { title: 'New', points: [] }, T).fault).toEqual({ kind: 'full' });
    expect(store.storedText('a1')).toBe(damaged);
    expect(store.discard('a1')).toBe(true);
    expect(store.save('a1', { title: 'New', points: [] }, T).fault).toBeNull();
    expect(store.discard('a1')).toBe(false);
  });

  it('upgrades an older document in memory and writes the new version on the next save', () => {
    const { store, fake } = setup();
    fake.map.set('qi-hub:note:a1', JSON.stringify({ v: 1, kind: 'note', id: 'a1', updatedAt: '2026-03-01T09:00:00.000Z', doc: { name: 'Old', points: [4] } }));
    expect(store.load('a1')).toMatchObject({ stored: { doc: { title: 'Old', points: [4] } }, faults: [] });
    store.save('a1', store.load('a1').stored!.doc, T);
    expect(JSON.parse(fake.map.get('qi-hub:note:a1')!)).toMatchObject({ v: 2, doc: { title: 'Old' } });
  });

  it('shows a newer version read-only and never overwrites it', () => {
    const { store, fake } = setup();
    const newer = JSON.stringify({ v: 3, kind: 'note', id: 'a1', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 'Future', points: [] } });
    fake.map.set('qi-hub:note:a1', newer);
    expect(store.load('a1')).toMatchObject({ readOnly: true, faults: [{ kind: 'newer-version', version: 3 }], stored: { doc: { title: 'Future' } } });
    expect(store.save('a1', { title: 'Mine', points: [] }).fault).toEqual({ kind: 'newer-version', version: 3 });
    expect(fake.map.get('qi-hub:note:a1')).toBe(newer);
  });

  it('treats a document stored under another id or kind as damaged', () => {
    const { store, fake } = setup();
    fake.map.set('qi-hub:note:a1', JSON.stringify({ v: 2, kind: 'note', id: 'b2', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 'x', points: [] } }));
    expect(store.load('a1').faults[0]!.kind).toBe('wrong-shape');
  });

  it('tells a listener what another tab did', () => {
    const handlers: ((e: StorageEvent) => void)[] = [];
    const events: StorageEvents = { addEventListener: (_t, fn) => handlers.push(fn), removeEventListener: () => {} };
    const { store } = setup(events);
    const heard: DocumentChange<Note>[] = [];
    store.onOtherTab((c) => heard.push(c));
    const fire = (key: string | null, newValue: string | null) => handlers.forEach((h) => h({ key, newValue } as StorageEvent));
    fire('qi-hub:note:a1', JSON.stringify({ v: 2, kind: 'note', id: 'a1', updatedAt: '2026-03-01T09:00:00.000Z', doc: { title: 'T', points: [] } }));
    fire('qi-hub:note:a1', null);
    fire('qi-hub:answers:x', '{}');
    fire(null, null);
    expect(heard.map((c) => c.kind + ':' + c.id)).toEqual(['changed:a1', 'removed:a1', 'removed:*']);
  });

  it('makes ids the store accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, newId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(DOCUMENT_ID);
  });

  it('has words for every fault', () => {
    for (const fault of [
      { kind: 'blocked' },
      { kind: 'full' },
      { kind: 'write-failed' },
      { kind: 'newer-version', version: 9 },
      { kind: 'not-json', keptAs: 'k' },
      { kind: 'wrong-shape', keptAs: null, problems: [] },
    ] satisfies DocumentFault[]) {
      const text = documentFaultText(fault, 'chart');
      expect(text.heading.length).toBeGreaterThan(10);
      expect(text.body.length).toBeGreaterThan(10);
    }
  });

  it('property: whatever is stored under its keys, loading never throws and the store ends readable', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ v: fc.integer({ min: -2, max: 5 }), kind: fc.constantFrom('note', 'chart'), id: fc.constantFrom('a1', 'b2'), updatedAt: fc.constantFrom('2026-03-01T09:00:00.000Z', 'yesterday'), doc: fc.anything() }).map((r) => JSON.stringify(r)),
    );
    fc.assert(
      fc.property(junk, fc.boolean(), (raw, full) => {
        const { store, fake } = setup();
        fake.map.set('qi-hub:note:a1', raw);
        if (full) fake.quota = fake.used;
        store.load('a1');
        const before = store.storedText('a1');
        const saved = store.save('a1', { title: 'Mine', points: [1] }, T);
        // Saved and readable, or refused with nothing changed.
        if (saved.fault === null) expect(store.load('a1').stored?.doc).toEqual({ title: 'Mine', points: [1] });
        else expect(store.storedText('a1')).toBe(before);
        // Whatever was stored is either still there or kept aside, byte for byte.
        const everywhere = [...fake.map.values()];
        if (!everywhere.includes(raw)) expect(store.load('a1').stored?.doc.title).toBe('Mine');
      }),
    );
  });
});

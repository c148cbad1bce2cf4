import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../../src/storage/documents';
import { CHART_STORE_OPTIONS, findDamaged } from '../../../../src/charts/maker/chart-store';
import { openOrStart } from '../../../../src/charts/maker/open';
import { blankChart } from '../../../../src/charts/maker/model';
import { decodeChartShare, encodeChartShare } from '../../../../src/charts/maker/share';
import { FakeStorage } from '../../fixtures/fake-storage';

const setup = () => {
  const fake = new FakeStorage();
  return { fake, store: createDocumentStore({ ...CHART_STORE_OPTIONS, getStorage: () => fake }) };
};
const falls = { ...blankChart('Falls'), data: 'a,1\nb,2' };

describe('which chart the page opens', () => {
  it('opens the most recently saved chart, or a new one', () => {
    const { store } = setup();
    const empty = openOrStart(store, null);
    expect(empty.doc).toEqual(blankChart());
    expect(empty.savedAt).toBeNull();
    store.save('older', { ...falls, title: 'Older' }, Date.parse('2026-01-01T00:00:00Z'));
    store.save('newer', falls, Date.parse('2026-02-01T00:00:00Z'));
    const opened = openOrStart(store, null);
    expect(opened).toMatchObject({ id: 'newer', doc: falls, shared: false, readOnly: false, faults: [], savedAt: '2026-02-01T00:00:00.000Z' });
    expect(openOrStart(store, null, 'older').doc.title).toBe('Older');
    expect(openOrStart(store, null, null).doc).toEqual(blankChart());
  });

  it('shows a shared chart without saving it, and explains a broken link', () => {
    const { store, fake } = setup();
    const shared = openOrStart(store, decodeChartShare(encodeChartShare(falls)));
    expect(shared).toMatchObject({ doc: falls, shared: true, savedAt: null });
    expect(fake.map.size).toBe(0);
    store.save('mine', { ...falls, title: 'Mine' });
    const broken = openOrStart(store, decodeChartShare(`${encodeChartShare(falls).slice(0, -3)}xyz`));
    expect(broken.shareProblem).toBe('checksum');
    expect(broken.doc.title).toBe('Mine');
  });

  it('reports blocked storage and a damaged chart, and starts afresh', () => {
    const { store, fake } = setup();
    fake.blocked = true;
    expect(openOrStart(store, null).faults).toEqual([{ kind: 'blocked' }]);
    fake.blocked = false;
    fake.map.set('qi-hub:chart:bad', '{"v":1,');
    const opened = openOrStart(store, null, 'bad');
    expect(opened.faults[0]).toMatchObject({ kind: 'not-json' });
    expect(opened.doc).toEqual(blankChart());
  });

  it('shows a chart saved by a newer version without changing it', () => {
    const { store, fake } = setup();
    fake.map.set('qi-hub:chart:new1', JSON.stringify({ v: 9, kind: 'chart', id: 'new1', updatedAt: '2026-01-01T00:00:00.000Z', doc: falls }));
    expect(openOrStart(store, null, 'new1')).toMatchObject({ doc: falls, readOnly: true, faults: [{ kind: 'newer-version', version: 9 }] });
  });

  it('finds every damaged saved chart: copies kept aside, or left in place when there is no room', () => {
    const { fake, store } = setup();
    store.save('good1', falls);
    fake.setItem('qi-hub:chart:bad1', '{"v":1,"kind":"chart"');
    fake.setItem('qi-hub:chart:bad2', 'null');
    const found = findDamaged(store);
    expect(found.fault?.kind).toBe('not-json');
    expect(found.copies.map((c) => c.raw).sort()).toEqual(['null', '{"v":1,"kind":"chart"']);
    expect(found.copies.every((c) => c.key.startsWith('qi-hub:kept-aside:chart-'))).toBe(true);
    expect(store.list().map((d) => d.id)).toEqual(['good1']);

    const full = setup();
    full.fake.setItem('qi-hub:chart:bad3', '[]');
    full.fake.full = true;
    const stuck = findDamaged(full.store);
    expect(stuck.copies).toEqual([{ key: 'qi-hub:chart:bad3', raw: '[]' }]);
    expect(stuck.fault).toMatchObject({ kind: 'wrong-shape', keptAs: null });
    full.fake.full = false;
    expect(full.store.discard('bad3')).toBe(true);
    expect(findDamaged(full.store).copies).toEqual([]);
  });
});

describe('a chart saved by version 1, with notes kept by position', () => {
  it('opens with each note on the point it was on, and is saved back in the new shape', () => {
    const { store, fake } = setup();
    const v1 = {
      ...falls,
      data: 'Date,Value\n03/01/2025,3\n01/01/2025,1\n02/01/2025,2',
      annotations: [
        { at: 2, text: 'PDSA 2' },
        { at: 7, text: 'Past the end' },
      ],
    };
    fake.setItem('qi-hub:chart:old1', JSON.stringify({ v: 1, kind: 'chart', id: 'old1', updatedAt: '2025-01-05T10:00:00.000Z', doc: v1 }));
    const opened = openOrStart(store, null);
    // Index 2 in time order was 3 January.
    expect(opened.doc.annotations).toEqual([{ point: '2025-01-03', text: 'PDSA 2' }]);
    store.save(opened.id, opened.doc);
    expect(JSON.parse(fake.getItem('qi-hub:chart:old1')!)).toMatchObject({ v: 3, doc: { annotations: [{ point: '2025-01-03', text: 'PDSA 2' }] } });
  });

  it('a chart saved by version 2 opens with its recalculation points kept by date or label, and saves back as version 3', () => {
    const { store, fake } = setup();
    const v2 = { ...falls, kind: 'spc', data: 'Date,Value\n03/01/2025,3\n01/01/2025,1\n02/01/2025,2\n04/01/2025,5', rebaseAt: [2, 9], annotations: [] };
    fake.setItem('qi-hub:chart:old2', JSON.stringify({ v: 2, kind: 'chart', id: 'old2', updatedAt: '2025-01-05T10:00:00.000Z', doc: v2 }));
    const opened = openOrStart(store, null);
    // Index 2 in time order was 3 January; index 9 was past the end and was never drawn.
    expect(opened.doc.rebaseAt).toEqual(['2025-01-03']);
    store.save(opened.id, opened.doc);
    expect(JSON.parse(fake.getItem('qi-hub:chart:old2')!)).toMatchObject({ v: 3, doc: { rebaseAt: ['2025-01-03'] } });
  });
});

import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../../src/storage/documents';
import { CHART_STORE_OPTIONS } from '../../../../src/charts/maker/chart-store';
import { importChartsFile } from '../../../../src/charts/maker/keep-imported';
import { exportCharts } from '../../../../src/charts/maker/transfer';
import { blankChart, type ChartDoc } from '../../../../src/charts/maker/model';
import { FakeStorage } from '../../fixtures/fake-storage';

const setup = () => {
  const fake = new FakeStorage();
  let n = 0;
  // Ids in order, so a test can say which charts were written.
  const makeId = () => `imp${n++}`;
  return { fake, makeId, store: createDocumentStore({ ...CHART_STORE_OPTIONS, getStorage: () => fake }) };
};
const chart = (title: string): ChartDoc => ({ ...blankChart(title), data: Array.from({ length: 50 }, (_, i) => `${i + 1},${i % 7}`).join('\n') });
const file = (count: number) => exportCharts(Array.from({ length: count }, (_, i) => chart(`Imported ${i + 1}`)));

describe('importing a charts file', () => {
  it('keeps every chart and says how many, naming the file', () => {
    const { store, makeId } = setup();
    expect(importChartsFile(store, file(3), 'three.json', makeId)).toEqual({ error: false, text: 'Imported 3 charts from three.json. Open them from the list.' });
    expect(store.list().map((s) => s.doc.title).sort()).toEqual(['Imported 1', 'Imported 2', 'Imported 3']);
  });

  it('keeps none when storage fills part way, says how many fitted, and leaves the charts already saved as they were', () => {
    const { store, fake, makeId } = setup();
    store.save('mine', chart('Mine'));
    const before = new Map(fake.map);
    // Room for the saved chart and about two and a half more.
    fake.quota = fake.used * 3.5;
    const outcome = importChartsFile(store, file(5), 'five.json', makeId);
    expect(outcome.error).toBe(true);
    expect(outcome.text).toBe(
      'None of the 5 charts in five.json were imported: this browser’s storage is full, and it had room for only 2 of them. Your saved charts are as they were. To import them, make room by deleting charts or answers you no longer need, or use a file with fewer charts.',
    );
    expect(fake.map).toEqual(before);
    expect(store.list().map((s) => s.doc.title)).toEqual(['Mine']);
  });

  it('says when storage is full before the first chart, or blocked', () => {
    const { store, fake, makeId } = setup();
    fake.full = true;
    expect(importChartsFile(store, file(1), 'one.json', makeId).text).toMatch(/^The chart in one.json was not imported: this browser’s storage is full, and it has no room for another chart\./);
    fake.full = false;
    fake.blocked = true;
    expect(importChartsFile(store, file(2), 'two.json', makeId)).toMatchObject({ error: true, text: expect.stringMatching(/^None of the 2 charts in two.json were imported: this browser is not letting/) });
  });

  it('reports a file that is not a charts file, or holds none, as an error', () => {
    const { store, makeId } = setup();
    expect(importChartsFile(store, '{"format":"qi-hub-ch', 'cut.json', makeId)).toEqual({ error: true, text: 'Nothing was imported from cut.json. This file is not a QI Hub charts file: it is not JSON.' });
    expect(importChartsFile(store, file(0), 'empty.json', makeId)).toEqual({ error: true, text: 'There are no charts in empty.json.' });
    expect(store.list()).toEqual([]);
  });

  it('keeps the readable charts of a file with a damaged one, and says which was left out', () => {
    const { store, makeId } = setup();
    const damaged = JSON.parse(file(2));
    damaged.charts[1].kind = 'pie';
    expect(importChartsFile(store, JSON.stringify(damaged), 'mixed.json', makeId)).toEqual({
      error: false,
      text: 'Imported 1 chart from mixed.json. Open it from the list. Chart 2 in the file is damaged and was not imported.',
    });
  });
});

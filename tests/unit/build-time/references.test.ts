import { describe, expect, it } from 'vitest';
import { describeBrokenReferences, findBrokenReferences } from '../../../src/build-time/content-integrity/references';

const entries = [
  { collection: 'training', id: 'qsir', filePath: 'content/training/qsir.md', data: { title: 'QSIR', faculty: { collection: 'faculties', id: 'qsir-faculty' }, methods: [{ collection: 'methods', id: 'pdsa' }, { collection: 'methods', id: 'gone' }] } },
  { collection: 'posters', id: 'ari', data: { date: new Date(0), contact: { email: 'a@nhs.net' }, programme: { collection: 'programmes', id: 'nowhere' } } },
];
const present = new Set(['faculties/qsir-faculty', 'methods/pdsa']);

describe('findBrokenReferences', () => {
  it('finds references to missing entries, with the file and the field path', () => {
    const broken = findBrokenReferences(entries, (c, id) => present.has(`${c}/${id}`));
    expect(broken).toEqual([
      { file: 'content/training/qsir.md', field: 'methods[1]', collection: 'methods', id: 'gone' },
      { file: 'posters/ari', field: 'programme', collection: 'programmes', id: 'nowhere' },
    ]);
    expect(describeBrokenReferences(broken)).toContain('content/training/qsir.md: field "methods[1]" names "gone"');
  });

  it('finds nothing when every reference resolves', () => {
    expect(findBrokenReferences(entries.slice(0, 1), () => true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseDraft, currentForm, editDraft, readDrafts, sameShape, type Drafts } from '../../../src/submission/drafts';
import { paragraphs } from '../../../src/submission/front-matter';

type Form = { title: string; methods: string[]; hasImage: boolean };
const empty = (): Form => ({ title: '', methods: [], hasImage: false });
const start = (which: string): Form => ({ ...empty(), title: which ? `Page of ${which}` : '' });
const none: Drafts<Form> = { which: '', forms: {} };

describe('submission drafts', () => {
  it('keeps what was typed for each entry when another is chosen, and brings it back', () => {
    let d = editDraft(none, (f) => ({ ...f, title: 'Typed for a new poster' }), start);
    d = chooseDraft(d, 'ari-hubs', start);
    expect(currentForm(d, start).title).toBe('Page of ari-hubs');
    d = editDraft(d, (f) => ({ ...f, title: 'Typed for ARI hubs' }), start);
    d = chooseDraft(d, '', start);
    expect(currentForm(d, start).title).toBe('Typed for a new poster');
    d = chooseDraft(d, 'ari-hubs', start);
    expect(currentForm(d, start).title).toBe('Typed for ARI hubs');
  });

  it('never loses typing, however entries are chosen and edited', () => {
    const entries = fc.constantFrom('', 'a', 'b', 'c');
    const step = fc.oneof(entries.map((w) => ({ choose: w })), fc.string({ maxLength: 5 }).map((t) => ({ type: t })));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let d = none;
        const typed: Record<string, string> = {};
        for (const s of steps) {
          if ('choose' in s) d = chooseDraft(d, s.choose, start);
          else {
            d = editDraft(d, (f) => ({ ...f, title: f.title + s.type }), start);
            typed[d.which] = currentForm(d, start).title;
          }
        }
        for (const [which, title] of Object.entries(typed)) expect(currentForm(chooseDraft(d, which, start), start).title).toBe(title);
        // And the same after a round trip through sessionStorage's text.
        const back = readDrafts(JSON.stringify(d), empty(), () => true);
        for (const [which, title] of Object.entries(typed)) expect(back && currentForm(chooseDraft(back, which, start), start).title).toBe(title);
      }),
    );
  });

  it('reads saved drafts, leaving out damaged ones, other shapes and entries no longer listed', () => {
    expect(readDrafts(null, empty(), () => true)).toBeUndefined();
    expect(readDrafts('{not json', empty(), () => true)).toBeUndefined();
    expect(readDrafts('[1,2]', empty(), () => true)).toBeUndefined();
    const text = JSON.stringify({
      which: 'gone',
      forms: { '': { title: 'New', methods: ['pdsa-cycles'], hasImage: false }, gone: { title: 'Old', methods: [], hasImage: false }, bad: { title: 3, methods: [], hasImage: false } },
    });
    expect(readDrafts(text, empty(), (w) => w === 'bad')).toEqual({ which: '', forms: { '': { title: 'New', methods: ['pdsa-cycles'], hasImage: false } } });
    expect(sameShape(empty(), { title: 'x', methods: [1], hasImage: false })).toBe(false);
    expect(sameShape(empty(), { title: 'x', methods: [], hasImage: false, extra: '' })).toBe(false);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and reads a single line break as a space, as the built page shows it', () => {
    expect(paragraphs('Line one\nline two\n\n  \nSecond  paragraph\r\n\r\nThird')).toEqual(['Line one line two', 'Second  paragraph', 'Third']);
    expect(paragraphs('   ')).toEqual([]);
    expect(paragraphs(undefined)).toEqual([]);
  });
});

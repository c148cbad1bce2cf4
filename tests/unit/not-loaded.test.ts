import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { notLoaded, orSayNotLoaded } from '../../src/site/browser/not-loaded';

describe('a button whose code could not be loaded', () => {
  it('says what did not happen and what to do, and nothing when the action worked', async () => {
    const said: string[] = [];
    await orSayNotLoaded(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    }, (m) => said.push(m), 'The download could not be made');
    expect(said).toEqual(['The download could not be made: part of this page could not be loaded. Check your connection and try again. Your answers are not affected.']);
    await orSayNotLoaded(async () => 'done', (m) => said.push(m), 'The download could not be made');
    expect(said).toHaveLength(1);
  });

  it('never rejects, whatever the action throws, and says one thing each time it fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant<unknown>(null), fc.anything())), async (outcomes) => {
        const said: string[] = [];
        for (const o of outcomes) await orSayNotLoaded(async () => { if (o !== null) throw o; }, (m) => said.push(m), 'X');
        expect(said).toEqual(outcomes.filter((o) => o !== null).map(() => notLoaded('X')));
      }),
    );
  });
});

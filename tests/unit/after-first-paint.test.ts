/**
 * afterFirstPaint with the browser's paint timing stubbed: it waits for the
 * first contentful paint, not for any other paint entry, resolves at once when
 * the paint has happened or the tab is hidden, and never waits for ever when
 * the paint is not reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/site/browser/after-first-paint';

type Entry = { name: string };
let observers: { callback: (list: { getEntriesByName: (n: string) => Entry[] }) => void; disconnected: boolean }[];
let painted: Entry[];

function stubBrowser(visibilityState: 'visible' | 'hidden', supported = ['paint']) {
  observers = [];
  painted = [];
  class FakeObserver {
    static supportedEntryTypes = supported;
    record: (typeof observers)[number];
    constructor(callback: (typeof observers)[number]['callback']) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe() {}
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('document', { visibilityState });
  vi.stubGlobal('performance', { getEntriesByName: (n: string) => painted.filter((e) => e.name === n) });
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
}

const report = (name: string) => observers.forEach((o) => !o.disconnected && o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }));
const settled = (p: Promise<void>) => {
  const state = { done: false };
  void p.then(() => (state.done = true));
  return state;
};

describe('afterFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the first contentful paint, not the first paint', async () => {
    stubBrowser('visible');
    const state = settled(afterFirstPaint());
    report('first-paint');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.done).toBe(false);
    report('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.done).toBe(true);
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('resolves at once when the paint has already happened, or the tab is hidden', async () => {
    stubBrowser('visible');
    painted.push({ name: 'first-contentful-paint' });
    const already = settled(afterFirstPaint());
    stubBrowser('hidden');
    const hidden = settled(afterFirstPaint());
    await vi.advanceTimersByTimeAsync(0);
    expect([already.done, hidden.done]).toEqual([true, true]);
  });

  it('gives up waiting for a paint that is never reported, after a few seconds', async () => {
    stubBrowser('visible');
    const state = settled(afterFirstPaint());
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.done).toBe(true);
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('without paint timing, waits for the next frame', async () => {
    stubBrowser('visible', []);
    const state = settled(afterFirstPaint());
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(state.done).toBe(true);
  });
});

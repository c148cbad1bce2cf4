import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, cachedPng } from '../../../src/build-time/png-cache';

// The smallest thing cachedPng accepts as a PNG: the 8-byte signature and a little more.
const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);

describe('image cache key', () => {
  it('is the same for equal inputs and differs when any input differs', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(cacheKey(a)).toBe(cacheKey(structuredClone(a)));
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(cacheKey(a)).not.toBe(cacheKey(b));
      }),
    );
  });

  it('hashes binary inputs (font files) by their bytes', () => {
    expect(cacheKey({ font: Buffer.from([1, 2, 3]) })).toBe(cacheKey({ font: new Uint8Array([1, 2, 3]) }));
    expect(cacheKey({ font: Buffer.from([1, 2, 3]) })).not.toBe(cacheKey({ font: Buffer.from([1, 2, 4]) }));
  });
});

describe('cachedPng', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'png-cache-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('draws an image once and then reads it from the cache', async () => {
    let draws = 0;
    const draw = async () => png(++draws);
    expect(await cachedPng('t', { a: 1 }, draw, dir)).toEqual(png(1));
    expect(await cachedPng('t', { a: 1 }, draw, dir)).toEqual(png(1));
    expect(draws).toBe(1);
    expect(await cachedPng('t', { a: 2 }, draw, dir)).toEqual(png(2));
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect((await readdir(dir)).some((f) => f.endsWith('.part'))).toBe(false);
  });

  it('draws again when the cached file is damaged', async () => {
    await cachedPng('t', 'k', async () => png(1), dir);
    const [file] = await readdir(dir);
    await writeFile(path.join(dir, file!), 'not a png');
    expect(await cachedPng('t', 'k', async () => png(2), dir)).toEqual(png(2));
    expect(await cachedPng('t', 'k', async () => png(3), dir)).toEqual(png(2));
  });

  it('still returns the image when the cache folder cannot be written', async () => {
    // A folder inside a file cannot be made, whoever runs the test (a read-only folder would not stop root).
    await writeFile(path.join(dir, 'file'), 'x');
    const blocked = path.join(dir, 'file', 'inner');
    expect(await cachedPng('t', 'k', async () => png(7), blocked)).toEqual(png(7));
    expect(await readdir(dir)).toEqual(['file']);
  });
});

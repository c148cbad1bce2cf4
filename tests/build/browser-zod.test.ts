/**
 * The browser gets zod/mini only. Classic zod (`astro/zod`) carries every
 * method on every schema, about 10 KB brotli more than mini on any page that
 * pulls it in; it stays at build time (the content schemas in src/schemas/
 * used only by the content config).
 *
 * The marker is a method only classic zod defines on its number schemas
 * (`nonnegative(params) {`, kept by the minifier as `nonnegative(e){`); mini
 * and the shared core have a plain function `_nonnegative` instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support';

const CLASSIC = /\bnonnegative\(\s*[\w$]*\s*\)\s*\{/;
const zodDir = path.resolve('node_modules/zod/v4');
const jsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f));
const astroDir = path.join(distDir, '_astro');
const chunks = jsIn(astroDir);

describe('zod in the browser', () => {
  it('the marker finds classic zod and nothing in zod/mini or the core', () => {
    expect(readFileSync(path.join(zodDir, 'classic/schemas.js'), 'utf8')).toMatch(CLASSIC);
    for (const file of [...jsIn(path.join(zodDir, 'mini')), ...jsIn(path.join(zodDir, 'core'))]) expect(readFileSync(file, 'utf8'), file).not.toMatch(CLASSIC);
  });

  it('the pages that check data in the browser ship zod (so the check below looks at real chunks)', () => {
    // The core's last-resort wording: every build of zod carries it.
    expect(chunks.filter((f) => readFileSync(f, 'utf8').includes('Invalid input')).length).toBeGreaterThan(0);
  });

  it('no browser chunk contains classic zod', () => {
    expect(chunks.filter((f) => CLASSIC.test(readFileSync(f, 'utf8'))).map((f) => path.basename(f))).toEqual([]);
  });
});

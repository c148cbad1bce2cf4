/**
 * A content file with a wrong field fails the build, and the message names the
 * file and the field. Each case builds a scratch copy of the project with one
 * bad file in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'qi-hub-bad-content-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Builds the scratch project with `file` changed by `edit`, then puts the file back. */
function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const target = path.join(dir, file);
  const original = readFileSync(target, 'utf8');
  writeFileSync(target, edit(original));
  try {
    const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'http://localhost:4321/', PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    writeFileSync(target, original);
  }
}

const first = (type: string) => `content/${type}/${readdirSync(path.join(root, 'content', type)).sort()[0]}`;

describe('a wrong content file fails the build, naming the file and the field', () => {
  it('a field of the wrong type', () => {
    const file = first('methods');
    const { status, output } = buildWith(file, (t) => t.replace(/^timeNeeded:.*$/m, 'timeNeeded: 5'));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/timeNeeded/);
  });

  it('a required field left out', () => {
    const file = first('faculties');
    const { status, output } = buildWith(file, (t) => t.replace(/^audience:.*$/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(/audience/);
  });

  it('an unknown (misspelt) field', () => {
    const file = first('programmes');
    const { status, output } = buildWith(file, (t) => t.replace(/^summary:/m, 'sumary:'));
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain('Unknown field "sumary"');
  });

  it('a reference to an entry that does not exist', () => {
    const file = first('training');
    const { status, output } = buildWith(file, (t) => t.replace(/^faculty:.*$/m, 'faculty: no-such-faculty'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: field "faculty" names "no-such-faculty"`);
  });
});

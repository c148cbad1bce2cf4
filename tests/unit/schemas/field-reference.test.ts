/**
 * The field reference in docs/editing.md is generated from src/schemas/ by
 * scripts/field-reference.mjs. These tests fail when the guide has drifted from
 * the schemas; the fix is to run
 *   ./node_modules/.bin/node scripts/field-reference.mjs
 * and commit docs/editing.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  END,
  START,
  contentTypes,
  docTree,
  guidePath,
  jsonSchema,
  renderFieldReference,
  root,
  spliceFieldReference,
} from '../../../scripts/field-reference.ts';
import { collectionNames } from '../../../src/schemas/collections';

const guide = readFileSync(guidePath, 'utf8');

describe('docs/editing.md field reference', () => {
  it('has the markers the generator writes between', () => {
    expect(guide).toContain(START);
    expect(guide).toContain(END);
    expect(guide.indexOf(START)).toBeLessThan(guide.indexOf(END));
  });

  it('is up to date with the zod schemas in src/schemas/', () => {
    const expected = spliceFieldReference(guide);
    const have = guide.split('\n');
    const want = expected.split('\n');
    const line = want.findIndex((l, i) => l !== have[i]);
    const where = line < 0 ? '' : ` First difference at line ${line + 1}:\n  guide:   ${have[line] ?? '(end of file)'}\n  schemas: ${want[line]}`;
    expect(guide === expected, `docs/editing.md is out of date with src/schemas/. Run: ./node_modules/.bin/node scripts/field-reference.mjs${where}`).toBe(true);
  });

  it('covers every collection in the one list (src/schemas/collections.ts)', () => {
    expect(contentTypes.map((t) => t.collection)).toEqual([...collectionNames]);
  });

  it('documents each collection where its files really are', () => {
    for (const t of contentTypes) {
      const place = 'file' in t.files ? t.files.file : t.files.folder;
      expect(existsSync(join(root, place)), `${t.name}: ${place}`).toBe(true);
      expect(t.where.startsWith('file' in t.files ? t.files.file : `${t.files.folder}/`), t.where).toBe(true);
    }
  });

  it('documents every field: each has a /** doc */ comment in its schema', () => {
    const undocumented: string[] = [];
    type Json = { properties?: Record<string, Json>; items?: Json; type?: unknown };
    type Doc = { doc?: string | undefined; props?: Map<string, Doc> | undefined; items?: Doc | undefined };
    const walk = (s: Json, d: Doc | undefined, prefix: string) => {
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        const doc = d?.props?.get(name);
        if (!doc?.doc) undocumented.push(`${prefix}${name}`);
        if (prop.properties) walk(prop, doc, `${prefix}${name}.`);
        if (prop.items?.properties) walk(prop.items, doc?.items, `${prefix}${name}[].`);
      }
    };
    for (const t of contentTypes) walk(jsonSchema(t.schema()) as Json, docTree(t.module, t.exportName), `${t.module}: `);
    expect(undocumented).toEqual([]);
  });

  it('describes what each kind of field accepts in plain words', () => {
    const reference = renderFieldReference();
    expect(reference).toContain('| `faculty` | Yes |');
    expect(reference).toContain('the id of an entry in `content/faculties/`');
    expect(reference).toContain('a date written as YYYY-MM-DD');
    expect(reference).not.toContain('9007199254740991');
    expect(reference).not.toContain('any value');
  });

  it('notices when the guide is edited by hand', () => {
    const tampered = guide.replace('| `title` | Yes |', '| `title` | No |');
    expect(tampered).not.toBe(guide);
    expect(spliceFieldReference(tampered)).not.toBe(tampered);
  });
});

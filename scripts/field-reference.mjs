#!/usr/bin/env node
/**
 * Rewrites the field reference in docs/editing.md from the zod schemas.
 *
 *   ./node_modules/.bin/node scripts/field-reference.mjs          rewrite the guide
 *   ./node_modules/.bin/node scripts/field-reference.mjs --check  exit 1 if the guide is out of date
 *
 * The work is done in scripts/field-reference.ts; Vite's module runner loads it
 * (and the TypeScript schemas it imports) without a separate build step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const here = fileURLToPath(new URL('./field-reference.ts', import.meta.url));
const { module: ref } = await runnerImport(here, { configFile: false, logLevel: 'error' });

const current = readFileSync(ref.guidePath, 'utf8');
const next = ref.spliceFieldReference(current);

if (process.argv.includes('--check')) {
  if (current !== next) {
    console.error('docs/editing.md is out of date with src/schemas. Run: ./node_modules/.bin/node scripts/field-reference.mjs');
    process.exit(1);
  }
  console.log('docs/editing.md field reference is up to date.');
} else if (current === next) {
  console.log('docs/editing.md field reference is already up to date.');
} else {
  writeFileSync(ref.guidePath, next);
  console.log('Updated the field reference in docs/editing.md.');
}

/**
 * Which pages run scripts, and when. Bytes are measured by `npm run bench`,
 * not asserted here; these are the behaviours the budget rests on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../support';

const read = (f: string) => readFileSync(path.join(distDir, f), 'utf8');
const pages = htmlFiles();
const assessmentPages = pages.filter((f) => /^assessments\/[^/]+\/index\.html$/.test(f) && read(f).includes('id="assessment-form"'));
// The course submission form lives under training/ but is a form page, not content.
const contentPages = pages.filter((f) => /^(methods|faculties|training|programmes|news|resources|about|contact|privacy|accessibility)\//.test(f) && f !== 'training/submit/index.html');

describe('scripts on the built pages', () => {
  it('finds the pages to check', () => {
    expect(assessmentPages.length).toBeGreaterThanOrEqual(6);
    expect(contentPages.length).toBeGreaterThan(30);
  });

  it.each(assessmentPages)('%s hydrates no island on load (Preact waits for the results)', (f) => {
    expect(read(f)).not.toMatch(/<astro-island\b[^>]*\bclient="load"/);
  });

  // What runs at load is the form script and what it imports statically (import() loads later, on use).
  it.each(assessmentPages)('%s loads no Preact and no snapshot or reset code at load', (f) => {
    const files = new Set<string>();
    const follow = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(path.join(distDir, file), 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) follow(path.posix.join(path.posix.dirname(file), m[1]!));
    };
    for (const m of read(f).matchAll(/<script type="module" src="\/?([^"]+)"/g)) follow(m[1]!.replace(/^.*?_astro\//, '_astro/'));
    expect(files.size).toBeGreaterThanOrEqual(2);
    const names = [...files].map((file) => path.basename(file));
    expect(names.filter((n) => /^(preact|record-actions)\./.test(n))).toEqual([]);
    // suggestLabel's words: the snapshot code is in record-actions, not in the storage file.
    for (const file of files) expect(readFileSync(path.join(distDir, file), 'utf8')).not.toContain('Follow-up');
  });

  // The one script on a content page is the header's, which folds the menu into "More" on a phone:
  // small enough that the build writes it into the page, so no script file is requested.
  it.each(contentPages)('%s ships no JavaScript but the header script', (f) => {
    const scripts = [...read(f).matchAll(/<script\b(?![^>]*type="application\/ld\+json")([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(' type="module"');
    expect(scripts[0]![2]).toContain('nhsuk-header__menu');
  });
});

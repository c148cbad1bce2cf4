/**
 * Which pages run scripts, and when. Bytes are measured by `npm run bench`,
 * not asserted here; these are the behaviours the budget rests on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../support';

const read = (f: string) => readFileSync(path.join(distDir, f), 'utf8');

/** A script file (from dist) and every file it imports statically, directly or not (import() is not followed). */
function staticReach(entry: string): Set<string> {
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(distDir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) follow(path.posix.join(path.posix.dirname(file), m[1]!));
  };
  follow(entry);
  return files;
}
/** The files a page runs at load: its module scripts and its islands that hydrate once it is drawn (client:painted, as the form's script does). */
const atLoad = (page: string) => {
  const html = read(page);
  const scripts = [...html.matchAll(/<script type="module" src="\/?([^"]+)"/g)].map((m) => m[1]!);
  const painted = [...html.matchAll(/<astro-island\b[^>]*\bclient="painted"[^>]*>/g)].flatMap((m) => [...m[0].matchAll(/\b(?:component|renderer)-url="\/?([^"]+)"/g)].map((u) => u[1]!));
  return new Set([...scripts, ...painted].flatMap((url) => [...staticReach(url.replace(/^.*?_astro\//, '_astro/'))]));
};
/** The files a page's results island loads when it hydrates. */
const resultsIsland = (page: string) => {
  const url = /<astro-island\b[^>]*component-url="[^"]*?(_astro\/(?:EasyOrHard)?AssessmentResults\.[^"]+\.js)"/.exec(read(page))?.[1];
  expect(url, `${page}: the results island`).toBeDefined();
  return staticReach(url!);
};
const holds = (files: Set<string>, text: string) => [...files].some((file) => readFileSync(path.join(distDir, file), 'utf8').includes(text));
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
    const files = atLoad(f);
    expect(files.size).toBeGreaterThanOrEqual(2);
    const names = [...files].map((file) => path.basename(file));
    expect(names.filter((n) => /^(preact|record-actions)\./.test(n))).toEqual([]);
    // suggestLabel's words: the snapshot code is in record-actions, not in the storage file.
    expect(holds(files, 'Follow-up')).toBe(false);
  });

  // Each page picks its results island at build: only pages whose questions are answered easy or hard load that code.
  it.each(assessmentPages)('%s loads the results code for its own kind of question only', (f) => {
    const id = f.split('/')[1]!;
    const discussion = /^\s+type: easy-or-hard\s*$/m.test(readFileSync(path.join('content/assessments', `${id}.yaml`), 'utf8'));
    const island = resultsIsland(f);
    expect(holds(island, 'Struggled over')).toBe(discussion);
    expect(holds(island, 'Total: ')).toBe(!discussion);
  });

  // src/build-time/preload-helper.ts replaces the helper Vite wraps around import(); the build itself stops if it
  // cannot, and this checks the output: Vite's own helper (which loads stylesheets) is nowhere, the site's is there.
  it("wraps import() in the site's preload helper, not Vite's", () => {
    const scripts = readdirSync(path.join(distDir, '_astro')).filter((n) => n.endsWith('.js')).map((n) => `_astro/${n}`);
    expect(holds(new Set(scripts), 'Unable to preload CSS')).toBe(false);
    expect(holds(new Set(scripts), 'vite:preloadError')).toBe(true);
    // No import lists a stylesheet to preload (the helper would not load it): no script names one at all.
    for (const file of scripts) expect(read(file)).not.toMatch(/["'`][^"'`\n]*\.css(\?[^"'`\n]*)?["'`]/);
    // Each import's preload list is written in place, not looked up (inlinePreloadLists).
    expect(holds(new Set(scripts), '__vite__mapDeps')).toBe(false);
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

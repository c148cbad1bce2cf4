/**
 * The contributor docs name real files: every path in docs/architecture.md and
 * in the README's "Where things are" exists, and that table lists every
 * top-level folder of src/. A file moved without its docs fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro']);
/**
 * Named in the docs but not in the repository: what a build writes (dist/ and
 * the host files in it), and public/posters/, where a poster's PDF goes (the
 * folder comes with the first one).
 */
const NOT_IN_REPO = /^(dist\/|_headers$|_redirects$|nginx\.conf$|staticwebapp\.config\.json$|public\/posters\/$)/;

/** Every file and folder of the repository (folders end with "/"), relative to its root. */
function tree(dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? [`${rel}/`, ...tree(rel)] : [rel];
  });
}
const all = tree();

/** Backquoted names that look like a path: a folder ("x/") or a file with an extension. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => /\/$|^[\w.\-/[\]<>*…]+\.(ts|tsx|astro|mjs|scss|md|mdx|yaml|json|conf)$/.test(p) && !p.startsWith('/') && !p.startsWith('.') && !p.includes('://') && !NOT_IN_REPO.test(p));
}

/** A pattern for a documented path: `<type>` stands for one segment, `*` and `**` for any. */
const pattern = (p: string) =>
  new RegExp(`(^|/)${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+').replace(/\\\[|\\\]/g, (b) => b).replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*').replace(/…/g, '.*')}$`);

const TOP = /^(src|tests|scripts|content|docs|public|\.ci)\//;

/** True when the path exists: exactly from the root when it starts at a top folder, else as the end of some path. */
function exists(p: string): boolean {
  if (TOP.test(p) && !/[<*…]/.test(p)) {
    try {
      statSync(path.join(root, p));
      return true;
    } catch {
      return false;
    }
  }
  const re = pattern(p);
  return all.some((f) => (TOP.test(p) ? re.test(f) && f.startsWith(p.split('/')[0]!) : re.test(f)));
}

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const missing = pathsIn(read('docs/architecture.md')).filter((p) => !exists(p));
    expect(missing).toEqual([]);
  });
});

describe('the README’s "Where things are"', () => {
  const section = /## Where things are\n([\s\S]*?)(\n## |$)/.exec(read('README.md'))?.[1] ?? '';

  it('names only paths that exist, each under its folder', () => {
    const missing: string[] = [];
    for (const row of section.split('\n').filter((l) => l.startsWith('| `'))) {
      const [folders = '', holds = ''] = row.split(' | ');
      const folder = /`([^`]+)`/.exec(folders)?.[1] ?? '';
      for (const p of pathsIn(folders)) if (!exists(p)) missing.push(p);
      // Names in the description are inside the row's folder (or, for src/, anywhere).
      const under = folder.startsWith('src/') && folder.endsWith('/') ? folder : '';
      for (const p of pathsIn(holds)) {
        const ok = under ? all.some((f) => f.startsWith(under) && pattern(p).test(f.slice(under.length - 1))) : exists(p);
        if (!ok) missing.push(`${folder}: ${p}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every top-level folder of src/', () => {
    const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}/`);
    const listed = new Set([...section.matchAll(/^\| `(src\/[^`]+\/)`/gm)].map((m) => m[1]));
    expect(folders.filter((f) => !listed.has(f))).toEqual([]);
  });
});

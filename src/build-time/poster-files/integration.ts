/**
 * Before the build bundles anything, checks that every poster's image and PDF
 * exist, and fails naming the content file and the field when one does not.
 * (Astro would fail on a missing image too, but without saying which poster.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describeMissingFiles, findMissingPosterFiles, type PosterFileEntry } from './find-missing';

const frontmatter = (text: string): Record<string, unknown> => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  // A file without frontmatter, or with broken YAML, is the schema's to report.
  try {
    return match ? ((parse(match[1]!) as Record<string, unknown> | null) ?? {}) : {};
  } catch {
    return {};
  }
};

export function readPosterEntries(root: string, dir = 'content/posters'): PosterFileEntry[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const file = path.posix.join(dir, f.split(path.sep).join('/'));
      return { file, data: frontmatter(readFileSync(path.join(root, file), 'utf8')) };
    });
}

export default function posterFiles(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'qi-hub:poster-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        const missing = findMissingPosterFiles(readPosterEntries(root), (p) => existsSync(path.join(root, p)));
        if (missing.length) throw new Error(`A poster names a file that is not there:\n${describeMissingFiles(missing)}`);
      },
    },
  };
}

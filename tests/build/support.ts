/**
 * Shared pieces for the build tests: where the built site is, the base path it
 * was built with, and its pages.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The built site. SITE_DIR lets a test run against another build (e.g. a sub-path one). */
export const distDir = path.resolve(process.env.SITE_DIR ?? 'dist');
/** The base path the site in distDir was built with. */
export const siteBase = process.env.BASE_PATH ?? '/';

/** Every HTML file under `dir`, relative, with "/" separators, sorted. */
export function htmlFiles(dir: string = distDir): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

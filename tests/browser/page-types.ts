/**
 * One page of every type in the build, found from the built files rather than a
 * hand-kept list: the home page, each section's list page and its first detail
 * page, and the 404 page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir as siteDir, isRedirectFile as isRedirectPage } from '../support';

export function pageTypes(dir: string = siteDir): string[] {
  const paths = ['/'];
  const sections = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !/^(_astro|pagefind)$/.test(d.name));
  for (const section of sections.map((d) => d.name).sort()) {
    if (existsSync(path.join(dir, section, 'index.html'))) paths.push(`/${section}/`);
    const detail = readdirSync(path.join(dir, section), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(dir, section, d.name, 'index.html')) && !isRedirectPage(path.join(dir, section, d.name, 'index.html')))
      .map((d) => d.name)
      .sort()[0];
    if (detail) paths.push(`/${section}/${detail}/`);
  }
  paths.push('/404.html');
  return paths;
}

/** The first self-assessment page with answer buttons (radios) on it. */
export function assessmentPage(dir: string = siteDir): string | undefined {
  const root = path.join(dir, 'assessments');
  if (!existsSync(root)) return undefined;
  const found = readdirSync(root)
    .sort()
    .find((d) => existsSync(path.join(root, d, 'index.html')) && /type="radio"/.test(readFileSync(path.join(root, d, 'index.html'), 'utf8')));
  return found && `/assessments/${found}/`;
}

/** Every page in the build (each index.html, and the 404 page), except the pages that only redirect. */
export function allPages(dir: string = siteDir): string[] {
  const found: string[] = [];
  const walk = (folder: string, at: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && !/^(_astro|pagefind)$/.test(entry.name)) walk(path.join(folder, entry.name), `${at}${entry.name}/`);
      else if (entry.name === 'index.html' && !isRedirectPage(path.join(folder, entry.name))) found.push(at);
    }
  };
  walk(dir, '/');
  return [...found.sort(), '/404.html'];
}

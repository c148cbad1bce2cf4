/**
 * Content speaks to readers, not about its own sources: no content file may
 * carry an editorial note such as "Our source material does not..." or "We
 * will not guess". Where a page is missing a section, the page template shows
 * one call to action instead (src/submission/components/CompleteThisPage), and only there.
 *
 * Reads content/ for the phrases, and dist/ (run `npm run build` first) for
 * where the call to action appears.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../support';

const contentDir = resolve(import.meta.dirname, '../../content');

/** Notes to readers about the site's sources or gaps. Case-insensitive. */
export const EDITORIAL_PHRASES: readonly RegExp[] = [
  /\bour source\b/i,
  /\bsource material\b/i,
  /\bwe will not guess\b/i,
  /\bwhat we do not know\b/i,
  /\bwe do not know yet\b/i,
  /\bthis page does not either\b/i,
  /\bwe have listed (it|them|the)\b/i,
  /\bthe source does not (say|give|describe|name|list)\b/i,
  /\bhelp us tell the full story\b/i,
];

const contentFiles = (readdirSync(contentDir, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => /\.(mdx?|ya?ml|json)$/.test(f))
  .sort();

describe('content files speak to readers', () => {
  it('finds the content files', () => {
    expect(contentFiles.length).toBeGreaterThan(40);
  });

  it.each(contentFiles)('%s has no editorial notes about its sources', (file) => {
    const lines = readFileSync(join(contentDir, file), 'utf8').split('\n');
    const found = lines.flatMap((line, i) =>
      EDITORIAL_PHRASES.filter((re) => re.test(line)).map((re) => `line ${i + 1} matches ${re}: ${line.trim().slice(0, 100)}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the call to action appears only where a section is missing', () => {
  const page = (path: string) => {
    const file = join(distDir, path, 'index.html');
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
    return readFileSync(file, 'utf8');
  };
  const cta = (html: string) => (html.match(/data-testid="complete-this-page"/g) ?? []).length;

  it('shows it on a poster with only a title, linking to the submission form for that poster', () => {
    const html = page('posters/ari-hubs');
    expect(cta(html)).toBe(1);
    expect(html).toContain('Is this your poster?');
    expect(html).toMatch(/href="[^"]*\/posters\/submit\/\?update=ari-hubs"/);
  });

  it('leaves it off a poster that has its aim, measures and results but asks for what it lacks', () => {
    const html = page('posters/oxleas-action-learning');
    expect(cta(html)).toBe(1);
    // Oxleas has its whole story; only a contact and the poster file itself are missing.
    expect(html).toMatch(/Send us a contact for the work and the poster itself\./);
  });

  it('shows it on a course without dates or a booking page, and not where nothing is missing', () => {
    expect(cta(page('training/qsir-programmes'))).toBe(1);
    expect(page('training/qsir-programmes')).toMatch(/href="[^"]*\/training\/submit\/\?update=qsir-programmes"/);
  });

  it('asks the OHI Centre for a direct contact by email, with the subject filled in', () => {
    const html = page('faculties/ohi-centre');
    expect(cta(html)).toBe(1);
    expect(html).toMatch(/href="mailto:[^"?]+\?subject=QI%20Hub%3A%20update%20the%20/);
  });

  it('does not show it on a faculty that has a direct contact and an area', () => {
    expect(cta(page('faculties/ghc-qi-hub'))).toBe(0);
  });
});

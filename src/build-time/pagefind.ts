/**
 * Builds the Pagefind search index after every `astro build`, so search is never
 * a manual step.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export interface IndexResult {
  pages: number;
  outputPath: string;
}

/** Indexes the HTML under `siteDir` and writes the index to `<siteDir>/pagefind`. */
async function indexSite(siteDir: string): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const outputPath = `${siteDir.replace(/\/$/, '')}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'qi-hub:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}

/** Serves dist/ on a free localhost port for the browser tests. */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // SITE_DIR serves another build (the one the build tests read, too).
  const dir = process.env.SITE_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No built site in ${dir}/. Run \`npm run build\` first (npm test does).`);
  const server = await startServer({ dir });
  project.provide('siteUrl', server.url);
  return () => server.close();
}

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
  if (!existsSync('dist/index.html')) throw new Error('No built site in dist/. Run `npm run build` first (npm test does).');
  const server = await startServer({});
  project.provide('siteUrl', server.url);
  return () => server.close();
}

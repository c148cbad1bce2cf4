/**
 * Serves the built site for the browser tests. A site built for this computer
 * (by `npm test`, for http://localhost:4321/) is served at that address when the
 * port is free, so its QR codes and canonical links open the test server; when
 * the port is taken (say `npm start` is running) a free port is used instead.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { builtFor, startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // SITE_DIR serves another build (the one the build tests read, too).
  const dir = process.env.SITE_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No built site in ${dir}/. Run \`npm run build:local\` first (npm test does).`);
  const { origin, localPort } = builtFor(dir);
  const server = await (localPort
    ? startServer({ dir, port: localPort, publicHost: new URL(origin).hostname }).catch(() => startServer({ dir }))
    : startServer({ dir }));
  project.provide('siteUrl', server.url);
  return () => server.close();
}

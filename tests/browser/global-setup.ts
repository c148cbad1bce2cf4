/**
 * Serves the built site for the browser tests. A site built for this computer
 * (by `npm test`, for http://localhost:4321/) is served at that address when the
 * port is free, so its QR codes and canonical links open the test server; when
 * the port is taken (say `npm start` is running) a free port is used instead.
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { builtOrigin } from '../build/support';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // SITE_DIR serves another build (the one the build tests read, too).
  const dir = process.env.SITE_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No built site in ${dir}/. Run \`npm run build:local\` first (npm test does).`);
  const origin = new URL(builtOrigin(dir));
  const local = ['localhost', '127.0.0.1'].includes(origin.hostname) && origin.port ? origin : undefined;
  const server = await (local
    ? startServer({ dir, port: Number(local.port), publicHost: local.hostname }).catch(() => startServer({ dir }))
    : startServer({ dir }));
  project.provide('siteUrl', server.url);
  return () => server.close();
}

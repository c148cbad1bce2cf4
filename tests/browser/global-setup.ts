/**
 * Serves the built site for the browser tests (see serveSite in tests/support.ts):
 * at the address it was built for when that port is free, so its QR codes and
 * canonical links open the test server, or on a free port.
 */
import type { TestProject } from 'vitest/node';
import { distDir, serveSite } from '../support';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // SITE_DIR serves another build (the one the build tests read, too).
  const server = await serveSite(distDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}

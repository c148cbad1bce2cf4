/**
 * What build and browser tests share: where the built site is and what it was
 * built for, its pages, which pages are redirects, serving it, and launching
 * Debian's Chromium through playwright-core (no test tool downloads a browser).
 * Build-only helpers are in tests/build/support.ts, page and axe helpers in
 * tests/browser/support.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { builtFor, startServer } from '../scripts/serve.mjs';
import { redirectTarget } from '../src/build-time/host-files/render';

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

/** The origin (with a trailing slash) the site in `dir` was built for: the build takes it from SITE_URL or the host. */
export const builtOrigin = (dir: string = distDir): string => builtFor(dir).origin;

/**
 * Whether a page (its HTML) is a redirect page left at an old address: a meta
 * refresh with no delay. The same test the deploy step uses to write the hosts'
 * redirect files, so a page the tests treat as a redirect is one the hosts redirect.
 */
export const isRedirectPage = (html: string): boolean => redirectTarget(html) !== undefined;
/** Whether the built file `file` (relative to `dir`, or absolute) is a redirect page. */
export const isRedirectFile = (file: string, dir: string = distDir): boolean => isRedirectPage(readFileSync(path.resolve(dir, file), 'utf8'));

/**
 * Serves a built site on loopback. A site built for this computer is served at the
 * address it was built for when that port is free, so its QR codes and canonical
 * links open the test server; otherwise (or with `anyPort`) on a free port.
 */
export async function serveSite(dir: string = distDir, { anyPort = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No built site in ${dir}/. Run \`npm run build:local\` first (npm test does).`);
  const { origin, localPort } = builtFor(dir);
  if (anyPort || !localPort) return startServer({ dir });
  return startServer({ dir, port: localPort, publicHost: new URL(origin).hostname }).catch(() => startServer({ dir }));
}

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found. Install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

/** One Chromium for a test file: launched before its tests, closed after. */
export function useBrowser(): { readonly current: Browser } {
  const shared = {} as { current: Browser };
  beforeAll(async () => {
    shared.current = await launch();
  });
  afterAll(async () => shared.current?.close());
  return shared;
}

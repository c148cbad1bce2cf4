/**
 * After every build, writes the host configuration next to the site:
 * `_headers` and `_redirects` (Netlify, Cloudflare Pages),
 * `staticwebapp.config.json` (Azure Static Web Apps) and `nginx.conf` (an
 * nginx server-block include). Headers come from src/site/config/headers.ts.
 *
 * Redirects are the redirect pages the build wrote (Astro's `redirects` and the
 * poster pages for old slugs both write a meta-refresh page at the old
 * address), so a host sends a real 301 instead of a page that hops on.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxConf, normaliseBase, REDIRECT_PAGE_MAX_BYTES, redirectTarget, redirectsFile, staticWebAppConfig, type DeployRedirect } from './render';

export interface DeployConfigOptions {
  /** Redirects to add to the ones found in the build. */
  redirects?: DeployRedirect[];
}

/** Every redirect page under `dir`, as a redirect from its own address. */
export async function findRedirectPages(dir: string, base: string): Promise<DeployRedirect[]> {
  const b = normaliseBase(base);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const found: DeployRedirect[] = [];
  for (const file of files) {
    // Reading every page of a large site would cost seconds; a real page is far too big to be a redirect.
    if ((await stat(path.join(dir, file))).size > REDIRECT_PAGE_MAX_BYTES) continue;
    const to = redirectTarget(await readFile(path.join(dir, file), 'utf8'));
    if (!to) continue;
    const rel = file.split(path.sep).join('/');
    const from = b + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
    found.push({ from, to, status: 301 });
  }
  return found;
}

/** Writes the four files into `dir`. Returns the redirects written. */
export async function writeDeployConfigs(dir: string, base: string, extra: readonly DeployRedirect[] = []): Promise<DeployRedirect[]> {
  const fromPages = await findRedirectPages(dir, base);
  const redirects = [...extra, ...fromPages.filter((r) => !extra.some((e) => e.from === r.from))];
  const input = { base, redirects };
  await Promise.all([
    writeFile(path.join(dir, '_headers'), headersFile(input)),
    writeFile(path.join(dir, '_redirects'), redirectsFile(input)),
    writeFile(path.join(dir, 'staticwebapp.config.json'), staticWebAppConfig(input)),
    writeFile(path.join(dir, 'nginx.conf'), nginxConf(input)),
  ]);
  return redirects;
}

export default function deployConfig(options: DeployConfigOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'qi-hub:deploy-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = await writeDeployConfigs(fileURLToPath(dir), base, options.redirects);
        logger.info(`Wrote _headers, _redirects, staticwebapp.config.json and nginx.conf (${redirects.length} redirects).`);
      },
    },
  };
}

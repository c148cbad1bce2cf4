/**
 * Where the built site will live. Canonical links, Open Graph tags, JSON-LD,
 * the feed, poster QR codes and preview images are all written with this
 * origin, so a build must know it rather than guess one.
 *
 * It comes from, in order:
 * 1. `SITE_URL`, set by whoever builds (e.g. `SITE_URL=https://qi.example.nhs.uk`);
 * 2. the production address a host sets for its own builds:
 *    - Netlify: `URL` (when `NETLIFY=true`), the site's main address;
 *    - Cloudflare Pages: `CF_PAGES_URL` (when `CF_PAGES=1`). It is the address
 *      of one deployment (`https://<hash>.<project>.pages.dev`), which a QR
 *      code must not keep pointing at, so the deployment's label is dropped to
 *      give the project's own `https://<project>.pages.dev`; set `SITE_URL`
 *      for a custom domain;
 *    - Vercel: `VERCEL_PROJECT_PRODUCTION_URL` (when `VERCEL=1`), given without
 *      its scheme, so `https://` is added.
 *
 * `npm start` and `npm test` set `SITE_URL` to the loopback address they serve
 * on (see scripts/local.mjs). A production `astro build` that finds
 * none of these stops with {@link missingOriginMessage}; `astro dev` and
 * `astro check` use the dev server's address instead.
 *
 * Runs in Node, at config time: no Astro imports.
 */

export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteOrigin {
  /** The origin with a trailing slash, e.g. "https://qi.example.nhs.uk/". */
  url: string;
  /** Which variable it came from, for messages. */
  from: string;
}

interface Source {
  variable: string;
  /** The host this variable belongs to, when it is a host's own. */
  host?: string;
  /** True when the host's marker variable says the build runs there. */
  applies: (env: Env) => boolean;
  /** Some hosts give a bare domain. */
  addScheme?: boolean;
  /** Turns the host's address into the site's lasting one. */
  lasting?: (origin: string) => string;
}

/** `https://<hash>.<project>.pages.dev/` -> `https://<project>.pages.dev/`; other addresses as they are. */
export function cloudflareProjectOrigin(origin: string): string {
  const url = new URL(origin);
  const labels = url.hostname.split('.');
  if (url.hostname.endsWith('.pages.dev') && labels.length > 3) url.hostname = labels.slice(-3).join('.');
  return `${url.origin}/`;
}

/** The variables read, in the order they win. Documented in the README's "Deploy". */
const originSources: readonly Source[] = [
  { variable: 'SITE_URL', applies: () => true },
  { variable: 'URL', host: 'Netlify', applies: (env) => env.NETLIFY === 'true' },
  { variable: 'CF_PAGES_URL', host: 'Cloudflare Pages', applies: (env) => env.CF_PAGES === '1', lasting: cloudflareProjectOrigin },
  { variable: 'VERCEL_PROJECT_PRODUCTION_URL', host: 'Vercel', applies: (env) => env.VERCEL === '1', addScheme: true },
];

/** The dev server's address, used by `astro dev` and `astro check` only. */
export const devOrigin = 'http://localhost:4321/';

export class OriginError extends Error {
  override name = 'OriginError';
}

/**
 * Checks one value and returns its origin with a trailing slash. A value with a
 * path other than "/" is refused: the sub-path is BASE_PATH's job, and taking
 * it here would put it in some addresses and not others.
 */
export function parseOrigin(value: string, from: string, addScheme = false): string {
  const raw = value.trim();
  const text = addScheme && !/^[a-z][a-z0-9+.-]*:/i.test(raw) ? `https://${raw}` : raw;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OriginError(`${from} is "${value}", which is not a web address. Give the full origin, for example SITE_URL=https://qi.example.nhs.uk`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OriginError(`${from} is "${value}": the address must start with https:// (or http:// for a local test).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new OriginError(`${from} is "${value}": give only the scheme and host, for example https://qi.example.nhs.uk`);
  }
  if (url.pathname !== '/') {
    throw new OriginError(`${from} is "${value}", which has a path. Set the origin in ${from} (e.g. https://qi.example.nhs.uk) and the path in BASE_PATH (e.g. BASE_PATH=${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}).`);
  }
  return `${url.origin}/`;
}

/** The site's origin from the environment, or undefined when nothing says. Throws OriginError on a malformed value. */
export function resolveOrigin(env: Env): SiteOrigin | undefined {
  for (const source of originSources) {
    const value = env[source.variable];
    if (!value?.trim() || !source.applies(env)) continue;
    const from = source.host ? `${source.variable} (set by ${source.host})` : source.variable;
    const url = parseOrigin(value, from, source.addScheme);
    return { url: source.lasting ? source.lasting(url) : url, from };
  }
  return undefined;
}

/**
 * The sub-path the site is served from, as "/" or "/a/b/": a leading and a
 * trailing slash added when missing. Anything that is not a plain path is refused.
 */
export function parseBasePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (!raw || raw === '/') return '/';
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|[?#\\\s]/i.test(raw)) {
    throw new OriginError(`BASE_PATH is "${value}": give only the path the site lives under, for example BASE_PATH=/qi-hub/ (the origin goes in SITE_URL).`);
  }
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

/** What a production build says when it knows no origin. */
export const missingOriginMessage = [
  'QI Hub does not know the address it will be published at, so it cannot write canonical links, QR codes, previews or the feed.',
  'Set SITE_URL to the site\'s origin when you build, for example:',
  '',
  '  SITE_URL=https://qi.example.nhs.uk npm run build',
  '',
  'Add BASE_PATH=/qi-hub/ if the site lives under a sub-path. On Netlify, Cloudflare Pages and Vercel the host\'s own address is used when SITE_URL is not set.',
  'To build and serve on this computer, use `npm start` instead.',
].join('\n');

/**
 * The HTTP headers every host sends, from one source. The deploy integration
 * (src/build-time/host-files/integration.ts) writes them out for nginx,
 * Netlify/Cloudflare Pages and Azure Static Web Apps.
 *
 * The page's own CSP (script and style hashes) travels in a meta tag that Astro
 * writes. A header CSP is enforced as well as the meta one, so this one carries
 * only what a meta tag cannot (frame-ancestors) and what can never differ per
 * page. It must not name script-src or default-src: with no hashes it would
 * block the hashed inline scripts the meta policy allows.
 */

/** Directives only a header can carry, plus belt-and-braces ones that never vary. */
const headerCspDirectives: string[] = ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "form-action 'self' mailto:"];

/** Sent with every response, the 404 page included. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerCspDirectives.join('; '),
  // Older browsers that ignore frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Two years; subdomains too. Not `preload`: that is a decision for whoever owns the domain.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; saying so stops embedded or injected code from asking.
  'Permissions-Policy': 'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** How long browsers and CDNs may keep a response. */
export const cacheControl = {
  /** Pages and everything not fingerprinted: always check for a newer copy (cheap with ETags). */
  revalidate: 'no-cache',
  /** Files whose name carries a content hash never change: keep them for a year. */
  immutable: 'public, max-age=31536000, immutable',
} as const;

export interface CacheRule {
  /** A path prefix under the base path, ending in "/". */
  prefix: string;
  cacheControl: string;
}

/**
 * Cache rules by path, most specific first. Anything not listed (HTML pages,
 * feeds, images in public/) is revalidated. The Pagefind index keeps its file
 * names between builds, so it must be revalidated or search would mix versions.
 */
export const cacheRules: CacheRule[] = [
  { prefix: '/_astro/', cacheControl: cacheControl.immutable },
  { prefix: '/pagefind/', cacheControl: cacheControl.revalidate },
];

/** Files the deploy step writes into the site's folder for the host to read; never served. */
export const deployFiles = ['_headers', '_redirects', 'staticwebapp.config.json', 'nginx.conf'] as const;

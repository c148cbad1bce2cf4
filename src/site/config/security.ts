/**
 * The Content Security Policy, from one source. Astro adds `script-src` and
 * `style-src` hashes per page; these are the other directives. Pagefind needs
 * `'wasm-unsafe-eval'` (on script-src, set in astro.config.mjs) and a blob worker.
 * Header-only directives (frame-ancestors) are written by the deploy configs.
 * `as const` keeps each directive's literal type, which Astro's config checks
 * against the directive names it knows.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' mailto:",
] as const;

/**
 * Turns a site path like "/methods/pdsa/" into one that respects the base path
 * the site is built with (e.g. "/qi-hub/methods/pdsa/").
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** The absolute URL of a site path, for canonical links, feeds and QR codes. */
export function absoluteUrl(path: string, site: string | URL, base?: string): string {
  return new URL(withBase(path, base), site).href;
}

/**
 * Trims each HTML page's Content Security Policy to the hashes of its own
 * inline styles and scripts as it is rendered (see page-hashes.ts). Other
 * responses (the feed, images, JSON) pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { keepOwnHashesInBytes } from './page-hashes';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return response;
  const page = keepOwnHashesInBytes(new Uint8Array(await response.arrayBuffer()));
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
};

/**
 * Trims each HTML page's Content Security Policy to the hashes of its own
 * inline styles and scripts as it is rendered (see page-hashes.ts), then, in a
 * build, moves its print rules out (see print-css.ts). Both work on the page's
 * bytes. Other responses (the feed, images, JSON) pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { editAsLatin1, keepOwnHashesLatin1 } from './page-hashes';
import { movePrintRulesWhileBuilding } from './print-css';

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return response;
  // Trimmed first: the print move swaps the hash of each <style> it shrinks, which must be on the trimmed list.
  const page = editAsLatin1(new Uint8Array(await response.arrayBuffer()), (html) => movePrintRulesWhileBuilding(keepOwnHashesLatin1(html)));
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
};

/**
 * Shared pieces for the build tests: where the built site is, the origin and
 * base path it was built with, and its pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { builtFor } from '../../scripts/serve.mjs';

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

/** The content of a page's `<meta property|name="key">`, with &amp; decoded. */
export const meta = (page: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(page)?.[1]?.replace(/&amp;/g, '&');

/** A page's canonical URL. */
export const canonical = (page: string) => /<link rel="canonical" href="([^"]*)"/.exec(page)?.[1];

function decodeQr(rgba: Uint8Array | Buffer, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba), width, height)?.data;
}

/** What a poster's two QR code files (qr.png, and qr.svg drawn by resvg) open when scanned. */
export function qrCodesOf(dir: string, slug: string): { png: string | undefined; svg: string | undefined } {
  const png = PNG.sync.read(readFileSync(path.join(dir, `posters/${slug}/qr.png`)));
  const svg = readFileSync(path.join(dir, `posters/${slug}/qr.svg`), 'utf8');
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 600 }, background: '#ffffff' }).render();
  return { png: decodeQr(png.data, png.width, png.height), svg: decodeQr(rendered.pixels, rendered.width, rendered.height) };
}

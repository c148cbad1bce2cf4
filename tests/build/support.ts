/**
 * Pieces for the build tests: a page's meta tags and canonical link, and what
 * its QR codes open. Where the built site is, what it was built for and its pages
 * are in the support module all tests share (tests/support.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';

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

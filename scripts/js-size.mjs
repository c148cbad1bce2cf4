/** Brotli (quality 11) bytes of the scripts a page fetched, read from dist: the bytes a host would compress. Shared by bench-js.mjs and bench-chart.mjs. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Brotli bytes of each distinct script fetched (URLs), read from dist under base. */
export function sizeOf(dist, base, urls) {
  let total = 0;
  const files = [];
  for (const u of urls) {
    const p = new URL(u).pathname;
    const file = path.join(dist, p.slice(base.length));
    if (!existsSync(file)) continue;
    const n = br(readFileSync(file));
    total += n;
    files.push([path.basename(file), n]);
  }
  return { total, files: files.sort((a, b) => b[1] - a[1]) };
}

/**
 * Images drawn at build time (link previews, QR codes) kept between builds in
 * node_modules/.cache/qi-hub-images/, named by a hash of everything that
 * decides their pixels. Drawing them is a large share of a build's fixed cost,
 * and they rarely change. The cache only ever saves time: when it cannot be
 * read or written (a read-only folder, a damaged file) the image is drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const require = createRequire(import.meta.url);

/** The cache folder: under the project's node_modules, where build tools keep theirs. */
export const imageCacheDir = () => path.join(process.cwd(), 'node_modules', '.cache', 'qi-hub-images');

/** The installed version of a package, so an upgrade that draws differently is a new key. */
export function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** A hex SHA-256 of `key` (any JSON value) with binary parts (Uint8Array) hashed as bytes. */
export function cacheKey(key: unknown): string {
  const hash = createHash('sha256');
  // `this[k]` is the value before toJSON, which would turn a Buffer into a long array of numbers.
  hash.update(JSON.stringify(key, function (this: Record<string, unknown>, k: string, v: unknown) {
    const raw = this[k];
    return raw instanceof Uint8Array ? createHash('sha256').update(raw).digest('hex') : v;
  }));
  return hash.digest('hex');
}

const isPng = (b: Uint8Array) => b.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => b[i] === byte);

/**
 * The PNG for `key`, from the cache when it is there, otherwise drawn by `draw`
 * and stored. `key` must hold every input of `draw`, including library versions.
 */
export async function cachedPng(kind: string, key: unknown, draw: () => Promise<Uint8Array<ArrayBuffer>>, dir = imageCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  const file = path.join(dir, `${kind}-${cacheKey(key)}.png`);
  try {
    const cached = new Uint8Array(await readFile(file));
    if (isPng(cached)) return cached;
  } catch {
    // Not cached yet (or unreadable): draw it.
  }
  const png = await draw();
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a build running at the same time never reads half a file.
    const partial = `${file}.${process.pid}.${Date.now()}.part`;
    await writeFile(partial, png);
    await rename(partial, file);
  } catch {
    // A cache that cannot be written costs time on the next build, nothing else.
  }
  return png;
}

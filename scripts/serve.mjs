#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, the way a static host would:
 * under the base path, with the 404 page for anything missing.
 * Used by `npm start`, `npm run serve` and the browser tests (import { startServer }).
 * By default it serves at the address the site was built for, read from the
 * home page's canonical link, so QR codes and canonical links open here.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The address the site in `dir` was built for: its origin (with a trailing
 * slash), base path, and the port when the origin is on this computer.
 * @param {string} [dir]
 * @returns {{ origin: string, base: string, localPort: number | undefined }}
 */
export function builtFor(dir = path.join(root, 'dist')) {
  const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link to read the site's address from.`);
  const url = new URL(canonical);
  const local = ['localhost', '127.0.0.1'].includes(url.hostname);
  return { origin: `${url.origin}/`, base: url.pathname, localPort: local ? Number(url.port || 80) : undefined };
}

// The types nginx compresses with the site's config (gzip_types, plus HTML, which it always compresses).
const COMPRESSIBLE = /^(text\/(html|css|javascript)|application\/(javascript|json|xml|rss\+xml|atom\+xml)|image\/svg\+xml)\b/;

/** Gzips what `res` sends, when the browser accepts gzip and the type is one nginx would compress. */
function gzipLikeNginx(req, res) {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (code, headers = {}) => {
    const type = String(headers['Content-Type'] ?? headers['content-type'] ?? res.getHeader('content-type') ?? '');
    if (code === 200 && req.method === 'GET' && COMPRESSIBLE.test(type)) {
      for (const k of Object.keys(headers)) if (/^content-length$/i.test(k)) delete headers[k];
      res.removeHeader('content-length');
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
      const zip = createGzip({ level: 6 });
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      zip.on('data', (chunk) => write(chunk));
      zip.on('end', () => end());
      zip.on('drain', () => res.emit('drain'));
      res.write = (chunk, ...rest) => zip.write(chunk, ...rest);
      res.end = (chunk, ...rest) => {
        if (chunk && typeof chunk !== 'function') zip.end(chunk);
        else zip.end();
        return res;
      };
    }
    return writeHead(code, headers);
  };
}

/**
 * Listens on the loopback address `host`; `publicHost` is the name put in the
 * returned URL (e.g. "localhost", which browsers resolve to loopback too).
 * With `compress`, text goes out gzipped as the site's nginx config sends it (for measuring what users download).
 * @param {{ dir?: string, port?: number, base?: string, host?: string, publicHost?: string, compress?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir = path.join(root, 'dist'), port = 0, base = builtFor(dir).base, host = '127.0.0.1', publicHost = host, compress = false } = {}) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const assets = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (compress) gzipLikeNginx(req, res);
    const send404 = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!url.startsWith(prefix)) {
      if (prefix !== '/' && (url === '/' || url === prefix.slice(0, -1))) {
        res.writeHead(302, { location: prefix });
        return res.end();
      }
      return send404();
    }
    req.url = `/${url.slice(prefix.length)}`;
    assets(req, res, send404);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${publicHost}:${address.port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * A port from PORT: a whole number from 1 to 65535, or a message saying what is wrong.
 * @param {string | undefined} value
 * @param {number} fallback
 * @returns {number}
 */
export function portFrom(value, fallback) {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT is "${value}": give a port number from 1 to 65535, for example PORT=4321.`);
    process.exit(1);
  }
  return port;
}

/**
 * Serves, or explains in one line why it cannot (the port is taken).
 * @param {Parameters<typeof startServer>[0] & { port: number }} options
 */
export async function serveOrExplain(options) {
  try {
    const { url } = await startServer({ ...options, publicHost: 'localhost' });
    console.log(`QI Hub is being served at ${url} (press Ctrl+C to stop)`);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} is in use (is QI Hub already running?). Stop the other server or choose another port, for example PORT=4322.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.join(root, 'dist');
  let built;
  try {
    built = builtFor(dir);
  } catch {
    console.error('There is no built site in dist/. Run `npm start` to build and serve it.');
    process.exit(1);
  }
  // The port the site was built for, so its QR codes and canonical links open here.
  const port = portFrom(process.env.PORT, built.localPort ?? 4321);
  if (built.localPort === undefined) console.log(`This build is for ${built.origin}: its QR codes and canonical links open there, not here.`);
  await serveOrExplain({ dir, port });
}

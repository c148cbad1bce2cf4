#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, the way a static host would:
 * under the base path, with the 404 page for anything missing.
 * Used by `npm start` and by the browser tests (import { startServer }).
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Listens on the loopback address `host`; `publicHost` is the name put in the
 * returned URL (e.g. "localhost", which browsers resolve to loopback too).
 * @param {{ dir?: string, port?: number, base?: string, host?: string, publicHost?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer({ dir = path.join(root, 'dist'), port = 0, base = process.env.BASE_PATH ?? '/', host = '127.0.0.1', publicHost = host } = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const assets = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
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

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ port, publicHost: 'localhost' });
  console.log(`QI Hub is being served at ${url} (press Ctrl+C to stop)`);
}

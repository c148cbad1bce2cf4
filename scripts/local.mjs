#!/usr/bin/env node
/**
 * Builds the site for the address it will be served at on this computer, and
 * serves it: `npm start` (build, then serve) and `npm run build:local` (build
 * only, as `npm test` does). The origin is http://localhost:PORT/ (PORT is 4321
 * unless set), so QR codes, previews and canonical links open here. A build
 * for a real host is `npm run build` with SITE_URL set (see the README).
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { portFrom, serveOrExplain } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = portFrom(process.env.PORT, 4321);
const origin = `http://localhost:${port}/`;
const serve = !process.argv.includes('--build-only');

/** Whether something already listens on the port: asked before a build that takes a while. */
function portInUse() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/** Runs `astro build` with this Node (the project's Node 24 inside npm scripts). */
function build() {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_URL: origin } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`astro build failed (exit ${code})`))));
  });
}

if (serve && (await portInUse())) {
  console.error(`Port ${port} is in use (is QI Hub already running?). Stop the other server or choose another port, for example PORT=${port + 1} npm start.`);
  process.exit(1);
}
try {
  await build();
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(1);
}
if (serve) await serveOrExplain({ dir: path.join(root, 'dist'), port });

/**
 * Serves the built site with a real nginx (Debian's package) and the include
 * the build generated, and checks what a browser would get: headers, caching,
 * the 404 page, redirects, and that pages, assets and the search index are served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nginxConf, normaliseBase, type DeployRedirect } from '../../src/build-time/host-files/render';
import { cacheControl, securityHeaders } from '../../src/site/config/headers';
import { distDir, siteBase } from '../support';

const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!nginxBin && process.env.CI) throw new Error('nginx is missing. .ci/run installs it (apt-get install -y nginx).');
const base = normaliseBase(siteBase);
// Only if the build has no redirect of its own.
const testRedirect: DeployRedirect = { from: `${base}nginx-test-old-address/`, to: `${base}methods/`, status: 301 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The redirects the build wrote, from the `_redirects` file all hosts' files are made from. */
async function buildRedirects(): Promise<DeployRedirect[]> {
  const text = await readFile(path.join(distDir, '_redirects'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [from, to, status] = l.trim().split(/\s+/);
      return { from: from!, to: to!, status: Number(status) as DeployRedirect['status'] };
    });
}

describe.skipIf(!nginxBin)('nginx with the generated config', () => {
  let nginx: ChildProcess | undefined;
  let tmp: string;
  let origin: string;
  let redirects: DeployRedirect[];
  let nginxLog = '';

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'qi-nginx-'));
    const fromBuild = await buildRedirects();
    // The include in dist/ must be exactly what the generator makes from the build's redirects.
    expect(await readFile(path.join(distDir, 'nginx.conf'), 'utf8')).toBe(nginxConf({ base, redirects: fromBuild }));
    redirects = fromBuild.length ? fromBuild : [testRedirect];
    await writeFile(path.join(tmp, 'site.conf'), nginxConf({ base, redirects }));

    // The server root holds the site at its base path.
    let root = distDir;
    if (base !== '/') {
      root = path.join(tmp, 'www');
      await mkdir(path.join(root, path.dirname(base.slice(1, -1))), { recursive: true });
      await symlink(distDir, path.join(root, base.slice(1, -1)));
    }
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    await writeFile(
      path.join(tmp, 'nginx.conf'),
      `daemon off;
master_process off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${tmp}/site.conf;
  }
}
`,
    );
    nginx = spawn(nginxBin!, ['-p', tmp, '-e', `${tmp}/error.log`, '-c', `${tmp}/nginx.conf`], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr!.on('data', (d) => (nginxLog += d));
    const exited = new Promise<never>((_, reject) => nginx!.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${nginxLog}`))));
    const ready = (async () => {
      for (let i = 0; i < 100; i++) {
        try {
          await fetch(origin);
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`nginx did not answer on ${origin}: ${nginxLog}`);
    })();
    await Promise.race([ready, exited]);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((r) => nginx!.once('exit', r));
      nginx.kill('SIGTERM');
      await gone;
    }
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const get = (p: string) => fetch(origin + p, { redirect: 'manual' });
  const expectSecurityHeaders = (res: Response) => {
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name), name).toBe(value);
  };

  it('serves the home page and a content page with every security header, revalidated', async () => {
    for (const p of [base, `${base}methods/`]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toMatch(/<h1[\s>]/);
      expectSecurityHeaders(res);
      expect(res.headers.get('cache-control')).toBe(cacheControl.revalidate);
    }
  });

  it('adds the trailing slash to a page address without one', async () => {
    const res = await get(`${base}methods`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${base}methods/`);
  });

  it('answers an unknown address with status 404, the 404 page and the headers', async () => {
    const res = await get(`${base}no-such-page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
    expectSecurityHeaders(res);
  });

  it('redirects an old address permanently', async () => {
    for (const r of redirects) {
      const res = await get(r.from);
      expect(res.status, r.from).toBe(r.status);
      expect(res.headers.get('location')).toBe(r.to);
      expectSecurityHeaders(res);
    }
  });

  it('serves hashed assets as immutable for a year', async () => {
    // CSS is written into each page; the hashed files are the browser scripts.
    const assets = (await readdir(path.join(distDir, '_astro'))).filter((f) => f.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    const res = await get(`${base}_astro/${assets[0]}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe(cacheControl.immutable);
    expectSecurityHeaders(res);
  });

  it('serves the search index, revalidated', async () => {
    const entry = await get(`${base}pagefind/pagefind-entry.json`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('cache-control')).toBe(cacheControl.revalidate);
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string; wasm: string }> };
    const lang = Object.values(languages)[0]!;
    for (const file of ['pagefind.js', `pagefind.${lang.hash}.pf_meta`, `wasm.${lang.wasm}.pagefind`]) {
      const res = await get(`${base}pagefind/${file}`);
      expect(res.status, file).toBe(200);
      expect((await res.arrayBuffer()).byteLength, file).toBeGreaterThan(0);
      expect(res.headers.get('cache-control')).toBe(cacheControl.revalidate);
    }
  });

  it('does not serve the hosts\' own config files, and says so with the headers', async () => {
    for (const f of ['_headers', '_redirects', 'staticwebapp.config.json', 'nginx.conf']) {
      const res = await get(`${base}${f}`);
      expect(res.status, f).toBe(404);
      expectSecurityHeaders(res);
    }
  });

  /** Sends raw bytes (fetch refuses to send a malformed request) and reads the status line and headers. */
  function raw(request: string): Promise<{ status: number; headers: Map<string, string> }> {
    const { hostname, port } = new URL(origin);
    return new Promise((resolve, reject) => {
      let text = '';
      const socket = net.connect(Number(port), hostname, () => socket.write(request));
      socket.setEncoding('latin1');
      socket.on('data', (d) => (text += d));
      socket.on('error', reject);
      socket.on('end', () => {
        const [head = ''] = text.split('\r\n\r\n');
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        resolve({ status: Number(statusLine.split(' ')[1]), headers });
      });
    });
  }

  it('sends the security headers with 400 and 414 answers too', async () => {
    const bad = await raw('GET / HTTP/1.1\r\nHost: localhost\r\nHost: twice\r\nConnection: close\r\n\r\n');
    const long = await raw(`GET ${base}${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect([bad.status, long.status]).toEqual([400, 414]);
    for (const res of [bad, long]) {
      for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers.get(name.toLowerCase()), `${res.status} ${name}`).toBe(value);
    }
  });
});

if (!nginxBin) {
  describe('nginx with the generated config', () => {
    it.skip('skipped: nginx is not installed (apt-get install -y nginx; .ci/run installs it)', () => {});
  });
}

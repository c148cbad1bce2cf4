import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { headersFile, nginxConf, redirectTarget, redirectsFile, staticWebAppConfig, type DeployRedirect } from '../../../src/build-time/host-files/render';
import { findRedirectPages, writeDeployConfigs } from '../../../src/build-time/host-files/integration';
import { cacheControl, securityHeaders } from '../../../src/site/config/headers';

const redirects: DeployRedirect[] = [{ from: '/posters/old-name/', to: '/posters/new-name/', status: 301 }];

describe('security headers', () => {
  it('carry what a meta CSP cannot, and never a script-src that would block hashed scripts', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|default-src|style-src/);
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy']) {
      expect(securityHeaders[name], name).toBeTruthy();
    }
  });
});

describe('nginx include', () => {
  const conf = nginxConf({ base: '/', redirects });

  it('sends every security header from every location, even on errors', () => {
    const locations = conf.match(/location [^{]+\{[^}]*\}/g)!;
    const serving = locations.filter((l) => !/return 404/.test(l));
    expect(serving.length).toBe(4); // redirect, _astro, pagefind, the rest
    for (const block of serving) for (const name of Object.keys(securityHeaders)) expect(block).toMatch(new RegExp(`add_header ${name} ".+" always;`));
  });

  it('sends them at server level too, for answers no location gives (400, 414, the refused host files)', () => {
    const serverLevel = conf.replace(/location [^{]+\{[^}]*\}/g, '');
    for (const name of Object.keys(securityHeaders)) expect(serverLevel).toMatch(new RegExp(`^add_header ${name} ".+" always;$`, 'm'));
  });

  it('keeps hashed assets for a year and revalidates pages and the search index', () => {
    expect(conf).toMatch(/location \^~ \/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    expect(conf).toMatch(/location \^~ \/pagefind\/ \{[^}]*Cache-Control "no-cache"/);
    expect(conf).toMatch(/location \/ \{[^}]*Cache-Control "no-cache"[^}]*try_files \$uri \$uri\/ =404;/);
  });

  it('serves the 404 page, redirects permanently and hides the host files', () => {
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toMatch(/location = \/posters\/old-name\/ \{[^}]*return 301 \/posters\/new-name\/;/);
    expect(conf).toMatch(/location ~ \^\/\(\?:_headers\|_redirects\|staticwebapp\\.config\\.json\|nginx\\.conf\)\$/);
  });

  it('puts everything under the base path', () => {
    const sub = nginxConf({ base: '/qi-hub', redirects: [{ from: '/qi-hub/posters/a/', to: '/qi-hub/posters/b/', status: 301 }] });
    expect(sub).toContain('error_page 404 /qi-hub/404.html;');
    expect(sub).toContain('location ^~ /qi-hub/_astro/ {');
    expect(sub).toContain('location ^~ /qi-hub/pagefind/ {');
    expect(sub).toContain('location /qi-hub/ {');
    expect(sub).not.toMatch(/location \/ \{/);
  });

  it('refuses values that would break out of the config', () => {
    expect(() => nginxConf({ base: '/', redirects: [{ from: '/a/; }', to: '/b/', status: 301 }] })).toThrow(/cannot hold/);
    expect(() => nginxConf({ base: '/', redirects: [], headers: { 'X-Bad': 'a"b' } })).toThrow(/safely/);
    expect(() => nginxConf({ base: '/', redirects: [...redirects, ...redirects] })).toThrow(/Two redirects/);
    expect(() => nginxConf({ base: '/', redirects: [{ from: 'posters/a/', to: '/b/', status: 301 }] })).toThrow(/path on this site/);
  });
});

describe('Netlify and Cloudflare Pages files', () => {
  it('set security headers on every path and cache rules on the specific ones, never two Cache-Controls on one path', () => {
    const file = headersFile({ base: '/qi-hub/' });
    const blocks = file.trim().split(/\n\n/).slice(1).map((b) => b.split('\n'));
    const byPath = Object.fromEntries(blocks.map(([p, ...lines]) => [p, lines.map((l) => l.trim())]));
    expect(Object.keys(byPath)).toEqual(['/qi-hub/*', '/qi-hub/_astro/*', '/qi-hub/pagefind/*']);
    expect(byPath['/qi-hub/*']).toContain('X-Content-Type-Options: nosniff');
    expect(byPath['/qi-hub/*']!.some((l: string) => l.startsWith('Cache-Control'))).toBe(false);
    expect(byPath['/qi-hub/_astro/*']).toEqual([`Cache-Control: ${cacheControl.immutable}`]);
    expect(byPath['/qi-hub/pagefind/*']).toEqual([`Cache-Control: ${cacheControl.revalidate}`]);
  });

  it('list redirects one a line', () => {
    expect(redirectsFile({ redirects }).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['/posters/old-name/ /posters/new-name/ 301']);
  });
});

describe('Azure Static Web Apps config', () => {
  const config = JSON.parse(staticWebAppConfig({ base: '/qi-hub/', redirects: [{ from: '/qi-hub/posters/a/', to: '/qi-hub/posters/b/', status: 301 }] }));

  it('rewrites 404s to the 404 page and redirects', () => {
    expect(config.responseOverrides['404']).toEqual({ rewrite: '/qi-hub/404.html' });
    expect(config.routes).toContainEqual({ route: '/qi-hub/posters/a/', redirect: '/qi-hub/posters/b/', statusCode: 301 });
  });

  it('sends the security headers everywhere and overrides caching for hashed assets', () => {
    expect(config.globalHeaders).toMatchObject(securityHeaders);
    expect(config.globalHeaders['Cache-Control']).toBe('no-cache');
    expect(config.routes).toContainEqual({ route: '/qi-hub/_astro/*', headers: { 'Cache-Control': cacheControl.immutable } });
    expect(config.mimeTypes['.pagefind']).toBe('application/octet-stream');
  });
});

describe('redirect pages in the build', () => {
  it('reads the target of a meta refresh page and ignores ordinary pages', () => {
    expect(redirectTarget('<!doctype html><title>Redirecting to: /b/</title><meta http-equiv="refresh" content="0;url=/b/"><meta name="robots" content="noindex">')).toBe('/b/');
    expect(redirectTarget(`<meta content='0; URL=/c/?x=1&amp;y=2' http-equiv=refresh>`)).toBe('/c/?x=1&y=2');
    expect(redirectTarget('<meta http-equiv="refresh" content="30">')).toBeUndefined();
    expect(redirectTarget('<!doctype html><title>Methods</title><h1>Methods</h1>')).toBeUndefined();
  });

  it('turns them into redirects and writes all four files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qi-deploy-'));
    try {
      await mkdir(path.join(dir, 'posters', 'old'), { recursive: true });
      await writeFile(path.join(dir, 'posters', 'old', 'index.html'), '<!doctype html><meta http-equiv="refresh" content="0;url=/qi-hub/posters/new/">');
      await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Home</title>');
      expect(await findRedirectPages(dir, '/qi-hub/')).toEqual([{ from: '/qi-hub/posters/old/', to: '/qi-hub/posters/new/', status: 301 }]);
      const written = await writeDeployConfigs(dir, '/qi-hub/', [{ from: '/qi-hub/test/', to: '/qi-hub/', status: 302 }]);
      expect(written.map((r) => r.from)).toEqual(['/qi-hub/test/', '/qi-hub/posters/old/']);
      await expect(readFile(path.join(dir, '_redirects'), 'utf8')).resolves.toContain('/qi-hub/posters/old/ /qi-hub/posters/new/ 301');
      await expect(readFile(path.join(dir, 'nginx.conf'), 'utf8')).resolves.toContain('location = /qi-hub/test/ {');
      await expect(readFile(path.join(dir, '_headers'), 'utf8')).resolves.toContain('/qi-hub/*');
      expect(JSON.parse(await readFile(path.join(dir, 'staticwebapp.config.json'), 'utf8')).responseOverrides['404'].rewrite).toBe('/qi-hub/404.html');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

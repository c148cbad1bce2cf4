/**
 * Builds a copy of the project with fixture posters added, to prove what the
 * build does with them:
 * - a poster with an old slug, an image, a PDF and only some story sections,
 *   built under a base path: the redirect page, the QR code and the page;
 * - bad input fails the build with a message naming the file: two posters with
 *   one slug, a method that does not exist, an image that is not there.
 *
 * One copy of the project serves every build (node_modules is linked, entry by
 * entry, so the copy's Vite and Astro caches stay its own). Each build adds its
 * fixture files and removes them after.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

const root = path.resolve(import.meta.dirname, '../..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'qi-hub-posters-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
  }
  mkdirSync(path.join(copy, 'node_modules'));
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(path.join(root, 'node_modules', name), path.join(copy, 'node_modules', name));
  }
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * The environment for a build: ours, less what Vitest adds. Vitest sets
 * BASE_URL, MODE, NODE_ENV and friends, and Astro would read BASE_URL=/ from
 * the environment over the configured base path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|FORCE_COLOR)$/.test(key)) delete env[key];
  }
  // A build must know its origin; cases that are not about it use the local one.
  return { SITE_URL: 'http://localhost:4321/', ...env };
}

/** Adds `files` (paths relative to the copy), builds, removes them again. */
async function buildWith(files: Record<string, string | Buffer>, env: Record<string, string> = {}): Promise<BuildResult> {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    writeFileSync(path.join(copy, file), content);
  }
  try {
    rmSync(path.join(copy, 'dist'), { recursive: true, force: true });
    return await new Promise<BuildResult>((resolve, reject) => {
      // The project's own Node 24 (the host's may be older than Astro needs).
      const child = spawn(path.join(root, 'node_modules/.bin/node'), [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: copy,
        env: { ...buildEnv(), PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1', ...env },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', reject);
      // eslint-disable-next-line no-control-regex
      child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
    });
  } finally {
    for (const file of Object.keys(files)) rmSync(path.join(copy, file), { force: true });
  }
}

const poster = (fields: string) => `---\n${fields.trim()}\norganisation: Fixture NHS Trust\nyear: 2031\nthemes:\n  - fixture-theme\n---\n\nA fixture for the build tests.\n`;

/** A small real PNG: pale grey, 40 by 30 pixels. */
function tinyPng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  png.data.fill(220);
  return PNG.sync.write(png);
}

const read = (file: string) => readFileSync(path.join(copy, 'dist', file), 'utf8');
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

describe('a poster that moved, built under a base path', () => {
  const site = 'https://fixture.example.org';
  const url = `${site}/qi-hub/posters/fixture-renamed/`;
  let result: BuildResult;

  beforeAll(async () => {
    result = await buildWith(
      {
        'content/posters/fixture-renamed.mdx': poster(`
title: "A fixture poster that was renamed"
slug: fixture-renamed
previousSlugs: [fixture-old-name]
summary: "A fixture poster with an old slug, an image and a PDF, for the build tests."
question: "Can a poster keep its links when its title changes?"
results: "Yes: the old address redirects to the new one."
image:
  src: ./fixture-renamed.png
  alt: "The fixture poster: a plain grey rectangle"
pdf: /fixture-posters/fixture-renamed.pdf
`),
        'content/posters/fixture-renamed.png': tinyPng(),
        'public/fixture-posters/fixture-renamed.pdf': '%PDF-1.4\n% fixture\n',
      },
      { SITE_URL: site, BASE_PATH: '/qi-hub/' },
    );
  }, 180_000);

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('leaves a redirect page at the old slug: meta refresh, canonical and a visible link to the new address', () => {
    const html = read('posters/fixture-old-name/index.html');
    expect(attr(html, /<meta http-equiv="refresh" content="([^"]*)"/)).toBe('0; url=/qi-hub/posters/fixture-renamed/');
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(url);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(new RegExp(`<a href="/qi-hub/posters/fixture-renamed/">${url.replace(/[.]/g, '\\.')}</a>`));
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it('gives the hosts the same redirect in the redirect file the build writes', () => {
    expect(read('_redirects').split('\n')).toContain('/qi-hub/posters/fixture-old-name/ /qi-hub/posters/fixture-renamed/ 301');
  });

  it('draws a QR code that opens the permanent address, base path included', () => {
    const png = PNG.sync.read(readFileSync(path.join(copy, 'dist/posters/fixture-renamed/qr.png')));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url);
  });

  it('points link previews and the permanent link (shown before the script swaps in the open address) under the base path', () => {
    const html = read('posters/fixture-renamed/index.html');
    expect(attr(html, /<meta property="og:image" content="([^"]*)"/)).toBe(`${url}preview.png`);
    expect(existsSync(path.join(copy, 'dist/posters/fixture-renamed/preview.png'))).toBe(true);
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(url);
    expect(html).toContain(`<a href="${url}" data-share-link>${url}</a>`);
    expect(html).toContain('src="/qi-hub/posters/fixture-renamed/qr.svg"');
  });

  it('shows the image with its text alternative and links the PDF, and leaves out the sections not supplied', () => {
    const html = read('posters/fixture-renamed/index.html');
    expect(html).toMatch(/<img [^>]*alt="The fixture poster: a plain grey rectangle"/);
    expect(html).toContain('href="/qi-hub/fixture-posters/fixture-renamed.pdf"');
    expect(existsSync(path.join(copy, 'dist/fixture-posters/fixture-renamed.pdf'))).toBe(true);
    expect(html).toContain('The question the team asked');
    expect(html).toContain('>Results</h2>');
    for (const absent of ['What the team did', 'How they measured it', 'What they learnt', 'Methods used', 'Team and contact']) expect(html).not.toContain(absent);
    const jsonLd = JSON.parse(attr(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)!);
    expect(jsonLd.image).toHaveLength(2);
  });
});

describe('bad input fails the build, naming the file', () => {
  it('two posters with the same slug', async () => {
    const { code, output } = await buildWith({
      'content/posters/fixture-first.mdx': poster('title: "First fixture poster"\nslug: fixture-same\nsummary: "The first of two fixture posters that claim one slug."'),
      'content/posters/fixture-second.mdx': poster('title: "Second fixture poster"\nslug: fixture-same\nsummary: "The second of two fixture posters that claim one slug."'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/same slug: `fixture-same`/);
    expect(output).toContain('content/posters/fixture-first.mdx');
    expect(output).toContain('content/posters/fixture-second.mdx');
  }, 120_000);

  it('a poster naming a method that does not exist', async () => {
    const { code, output } = await buildWith({
      'content/posters/fixture-bad-method.mdx': poster('title: "Fixture poster with a bad method"\nslug: fixture-bad-method\nsummary: "A fixture poster that names a QI method that does not exist."\nmethods: [no-such-method]'),
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/posters\/fixture-bad-method\.mdx: field "methods\[0\]" names "no-such-method"/);
  }, 120_000);

  it('a poster whose image is missing', async () => {
    const { code, output } = await buildWith({
      'content/posters/fixture-no-image.mdx': poster('title: "Fixture poster without its image"\nslug: fixture-no-image\nsummary: "A fixture poster whose image file is not there."\nimage:\n  src: ./fixture-missing.png\n  alt: "An image that is not there"'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/posters/fixture-no-image.mdx: field "image.src" names "./fixture-missing.png", but there is no file at content/posters/fixture-missing.png.');
  }, 120_000);
});

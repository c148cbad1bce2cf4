/**
 * A throwaway copy of the project for builds that must not touch the working
 * tree: the sub-path build test and the generated-content benchmarks. Source,
 * content and config are copied; node_modules is linked. Astro keeps build
 * scratch files in the project folder (.astro/), so two builds in one folder
 * at once would trip over each other.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copyConfig = 'astro.copy.config.mjs';
const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** @returns {Promise<{ dir: string, remove: () => Promise<void> }>} */
export async function copyProject(prefix = 'qi-hub-copy-') {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const entry of copied) await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true }).catch((e) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await mkdir(path.join(dir, 'public'), { recursive: true });
  // node_modules is shared, so the copy keeps Astro's and Vite's caches to itself.
  await writeFile(
    path.join(dir, copyConfig),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache/astro', vite: { ...config.vite, cacheDir: './.cache/vite' } };\n`,
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Runs `astro build` in a copy made by copyProject with this Node, and measures it with /usr/bin/time when there is one.
 * The build is for http://localhost:4321/ unless SITE_URL is set (in the environment or `env`).
 * @param {string} dir
 * @param {{ env?: Record<string, string>, outDir?: string, quiet?: boolean, config?: string }} [options]
 * @returns {Promise<{ seconds: number, peakMemoryMB: number | null, cpuSeconds: number | null, output: string }>}
 */
export function buildProject(dir, { env = {}, outDir, quiet = true, config = copyConfig } = {}) {
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = [astro, 'build', '--config', config, ...(outDir ? ['--outDir', outDir] : [])];
  // A test runner's own variables (vitest sets BASE_URL, MODE, NODE_ENV...) would leak into Vite's env.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|SITE_DIR)$/.test(k)));
  const timed = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const [cmd, cmdArgs] = timed ? [timed, ['-f', 'QI_TIME %e %M %U %S', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: dir, env: { SITE_URL: 'http://localhost:4321/', ...clean, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const m = /QI_TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(output);
      if (code !== 0) return reject(new Error(`astro build failed (${code}) in ${dir}:\n${output.slice(-4000)}`));
      // CPU time (user + system) varies less than elapsed time on a machine shared with other work.
      resolve({ seconds, peakMemoryMB: m ? Math.round(Number(m[2]) / 1024) : null, cpuSeconds: m ? Number(m[3]) + Number(m[4]) : null, output });
    });
  });
}

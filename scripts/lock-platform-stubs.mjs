#!/usr/bin/env node
// Run after `npm install` changes the lock: node scripts/lock-platform-stubs.mjs package-lock.json
// npm leaves out optional per-platform binaries (other OSes) that its registry does not
// serve at the locked version, and then `npm ci` refuses the lock as out of sync.
// Entries with os/cpu fields let npm ci skip them on this platform, as it would
// with a lock made against the full registry.
import fs from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const platform = (name) => {
  const m = name.match(/[-/](android|darwin|linux|win32|windows|freebsd|wasm32)-?(arm64|x64|wasi)?(?:-(gnu|musl|msvc))?$/);
  if (!m) return {};
  const os = m[1] === 'windows' ? 'win32' : m[1];
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const out = { os: [os], cpu: [m[2]] };
  if (m[3] === 'gnu') out.libc = ['glibc'];
  if (m[3] === 'musl') out.libc = ['musl'];
  return out;
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const at = `node_modules/${dep}`;
    if (lock.packages[at]) continue;
    lock.packages[at] = { version, dev: entry.dev, optional: true, ...platform(dep) };
    if (!entry.dev) delete lock.packages[at].dev;
    added++;
    console.log('added', at, version, JSON.stringify(platform(dep)));
  }
}
// Keep npm's ordering: packages sorted by path.
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(added, 'entries added');

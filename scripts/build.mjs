#!/usr/bin/env node
// Builds what `npm start`, `npm run bench` and `npm test` need — the newsroom app
// (build-admin.mjs) and the server bundle (build-server.mjs) — once per change of their inputs:
// a fingerprint of the sources, the build scripts and the lockfile is kept beside each output,
// and a build whose fingerprint matches is skipped. `--force` builds anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

/** Every file under a folder, sorted, tests left out (they are not built). */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : entry.name.endsWith('.test.ts') ? [] : [path];
    })
    .sort();
}

const inputs = [...files(join(root, 'src')), ...files(join(root, 'scripts')), join(root, 'package.json'), join(root, 'package-lock.json')];
const hash = createHash('sha256');
for (const path of inputs) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
const fingerprint = `${hash.digest('hex')} node ${process.versions.modules}\n`;

const outputs = [
  { script: 'build-admin.mjs', stamp: join(root, 'public', 'admin', '.fingerprint') },
  { script: 'build-server.mjs', stamp: join(root, 'dist', '.fingerprint') },
];
for (const { script, stamp } of outputs) {
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) continue;
  const run = spawnSync(process.execPath, [join(root, 'scripts', script)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, fingerprint);
}

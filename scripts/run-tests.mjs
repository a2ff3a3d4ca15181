#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 does not expand
// globs itself). Extra arguments are passed to `node --test`, e.g. a name pattern:
//   npm test -- --test-name-pattern=archive
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const explicit = args.filter((a) => a.endsWith('.ts'));
const files = explicit.length ? explicit : [...findTests('src'), ...findTests('test')].sort();
const flags = args.filter((a) => !a.endsWith('.ts'));
const run = (list, env = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...flags, ...list], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', ...env },
  }).status ?? 1;

// The suites that talk HTTP over real sockets run a second time with the hit lane off, so that
// both ways of answering a request are held to the same behaviour (decision 0015). The lane's
// own suite asserts what the lane answered and runs only with it. `HIT_LANE=off node
// scripts/run-tests.mjs <files>` runs any file that way.
const SOCKET_SUITES = ['test/http-timeouts.test.ts', 'test/page-cache.test.ts', 'test/search-pages.test.ts', 'test/turns.test.ts'];
let status = run(files);
if (!explicit.length && process.env.HIT_LANE === undefined) {
  console.log('\n== again with HIT_LANE=off: ' + SOCKET_SUITES.join(' '));
  const off = run(SOCKET_SUITES, { HIT_LANE: 'off' });
  status ||= off;
}
process.exit(status);

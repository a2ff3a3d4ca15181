#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 does not expand
// globs itself). Extra arguments are passed to `node --test`, e.g. a name pattern:
//   npm test -- --test-name-pattern=archive
// The suites that talk HTTP over real sockets also run with the hit lane off: test/lane-off/
// imports each of them again after setting HIT_LANE=off (decision 0015).
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
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    // The usual report, then each file's duration and the counts (scripts/durations-reporter.mjs).
    `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/durations-reporter.mjs', '--test-reporter-destination=stdout',
    ...flags, ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);

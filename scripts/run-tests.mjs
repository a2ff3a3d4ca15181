#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (Node 20 does not expand
// globs itself). Extra arguments are passed to `node --test`, e.g. a name pattern:
//   npm test -- --test-name-pattern=archive
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// Each run writes its counts to a file (scripts/durations-reporter.mjs), so that the last line
// of the output adds up both runs.
const summary = join(mkdtempSync(join(tmpdir(), 'masthead-tests-')), 'counts.jsonl');
const run = (list, env = {}) =>
  spawnSync(
    process.execPath,
    [
      '--import', 'tsx', '--test', '--test-concurrency=2',
      // The usual report, then each file's duration (scripts/durations-reporter.mjs).
      `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`, '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/durations-reporter.mjs', '--test-reporter-destination=stdout',
      ...flags, ...list,
    ],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', MASTHEAD_TEST_SUMMARY: summary, ...env } },
  ).status ?? 1;

// The suites that talk HTTP over real sockets run a second time with the hit lane off, so that
// both ways of answering a request are held to the same behaviour (decision 0015). The lane's
// own suite asserts what the lane answered and runs only with it. `HIT_LANE=off node
// scripts/run-tests.mjs <files>` runs any file that way.
const SOCKET_SUITES = ['test/http-timeouts.test.ts', 'test/page-cache.test.ts', 'test/search-pages.test.ts', 'test/turns.test.ts'];
const started = Date.now();
let status = run(files);
if (!explicit.length && process.env.HIT_LANE === undefined) {
  console.log('\n== again with HIT_LANE=off: ' + SOCKET_SUITES.join(' '));
  const off = run(SOCKET_SUITES, { HIT_LANE: 'off' });
  status ||= off;
}
const total = { passed: 0, failed: 0, skipped: 0 };
for (const line of existsSync(summary) ? readFileSync(summary, 'utf8').split('\n').filter(Boolean) : []) {
  const counts = JSON.parse(line);
  for (const key of Object.keys(total)) total[key] += counts[key];
}
console.log(`\nwhole suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(status);

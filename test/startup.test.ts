import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePort, waitFor } from './support/ports.js';

/** Runs the real server entry point and collects what it prints until it exits. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

test('a database that cannot be opened stops the start with one clear line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-start-'));
  try {
    // A plain file where the database's folder should be.
    writeFileSync(join(dir, 'blocker'), 'x');
    const sqlite = await start({ DATABASE_URL: `sqlite:${join(dir, 'blocker', 'masthead.db')}` });
    assert.equal(sqlite.code, 1);
    const lines = sqlite.stderr.trim().split('\n');
    assert.equal(lines.length, 1, sqlite.stderr);
    assert.match(lines[0]!, /^masthead: cannot open SQLite database/);

    const pg = await start({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    assert.equal(pg.code, 1);
    assert.equal(pg.stderr.trim().split('\n').length, 1, pg.stderr);
    assert.match(pg.stderr, /cannot connect to PostgreSQL/);
    assert.doesNotMatch(pg.stderr, /secret/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with several workers, a database that cannot be opened stops them all with one clear line', async () => {
  // The primary forks its first worker before it opens the database: that worker must go
  // quietly, and the primary print the reason once.
  const dir = mkdtempSync(join(tmpdir(), 'masthead-start-'));
  try {
    writeFileSync(join(dir, 'blocker'), 'x');
    const res = await start({ DATABASE_URL: `sqlite:${join(dir, 'blocker', 'masthead.db')}`, WORKERS: '2', PORT: String(await freePort()) });
    assert.equal(res.code, 1);
    const lines = res.stderr.trim().split('\n');
    assert.equal(lines.length, 1, res.stderr);
    assert.match(lines[0]!, /^masthead: cannot open SQLite database/);
    assert.equal(res.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corrupt database file stops the start with one clear line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'masthead-start-'));
  try {
    writeFileSync(join(dir, 'masthead.db'), 'this is not a database, '.repeat(200));
    const res = await start({ DATABASE_URL: `sqlite:${join(dir, 'masthead.db')}` });
    assert.equal(res.code, 1);
    assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
    assert.match(res.stderr, /^masthead: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed setting stops the start with one line naming it', async () => {
  for (const [name, value] of [['PORT', 'eighty'], ['DEFAULT_LANGUAGE', 'de'], ['TIME_ZONE', 'Mars/Olympus'], ['DATABASE_URL', 'mysql://x']] as const) {
    const res = await start({ [name]: value });
    assert.equal(res.code, 1, name);
    assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
    assert.match(res.stderr, new RegExp(`^masthead: ${name}`));
  }
});

test('the built server, as npm start runs it, serves with two workers and stops cleanly on SIGTERM', async () => {
  const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'masthead-start-'));
  mkdirSync(join(dir, 'media'));
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server.mjs', '--workers', '2'], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), SEED_DEMO: 'false', DATABASE_URL: `sqlite:${join(dir, 'masthead.db')}`, MEDIA_DIR: join(dir, 'media') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    // The primary says so once both workers listen.
    await waitFor(() => /with 2 workers/.test(output), 'both workers', 20_000);
    const front = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(front.status, 200);
    assert.match(await front.text(), /<html lang="uk"/);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, output);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

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

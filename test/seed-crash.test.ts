import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { migrateToLatest, openDatabase } from '../src/storage/database.js';
import { createRepositories } from '../src/storage/repositories.js';
import { DIALECTS, createTestDatabase, dialectSkip } from './support/databases.js';
import { freePort, waitFor } from './support/ports.js';

const NOW = new Date('2026-11-28T09:00:00Z');

/** Runs a command of the project (`src/server.ts`, `src/cli/seed.ts`) as `npm start` and `npm run seed` do. */
function run(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => output };
}

for (const dialect of DIALECTS) {
  describe(`the start and seed --reset after a killed seed on ${dialect}`, await dialectSkip(dialect), () => {
    test('sections without stories (what a seed killed before its first batch left): the server starts and serves, --reset makes the whole demo', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'masthead-crash-'));
      const made = dialect === 'postgres' ? await createTestDatabase('postgres') : undefined;
      const url = made?.url ?? `sqlite:${join(dir, 'masthead.db')}`;
      await made?.close();
      const env = { DATABASE_URL: url, MEDIA_DIR: join(dir, 'media') };
      try {
        const handle = await openDatabase(url);
        try {
          await migrateToLatest(handle.db);
          // The demo's first section, as the seed writes it: seeding over it would collide.
          const names = { name: { uk: 'Політика', ru: 'Политика', en: 'Politics' }, slug: { uk: 'polityka', ru: 'politika', en: 'politics' } };
          await createRepositories(handle.db).writer.createSection(1, names, NOW);
        } finally {
          await handle.close();
        }

        const port = await freePort();
        const server = run('src/server.ts', [], { ...env, PORT: String(port) });
        let exitCode: number | null | undefined;
        void server.exited.then((code) => (exitCode = code));
        try {
          await waitFor(() => exitCode !== undefined || /serving/.test(server.output()), 'the server to listen or exit', 60_000);
          assert.equal(exitCode, undefined, server.output());
          assert.equal((await fetch(`http://127.0.0.1:${port}/en/`)).status, 200);
        } finally {
          server.child.kill('SIGTERM');
          await server.exited;
        }

        const reset = run('src/cli/seed.ts', ['--reset'], env);
        assert.equal(await reset.exited, 0, reset.output());
        const after = await openDatabase(url);
        try {
          assert.equal(await createRepositories(after.db).stories.countStories(), 320);
          const sections = await after.db.selectFrom('sections').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
          assert.equal(Number(sections.n), 10);
        } finally {
          await after.close();
        }
      } finally {
        await made?.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { ChangeEvents } from '../src/services/events/change-events.js';
import { openDatabase, type DatabaseHandle } from '../src/storage/database.js';
import { parseLsn } from '../src/storage/read-replica.js';
import { createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { createMembers, signedIn } from './support/members.js';
import { NOW, buildNewsroom } from './support/newsroom.js';

/**
 * Reader traffic on a read replica (DATABASE_READ_URL, PostgreSQL only). CI has no streaming
 * standby, so the "replica" here is a second, real database that lacks the newsroom's stories —
 * a standby that has replayed nothing yet — and the test sets how far it has replayed. Which
 * database answered shows in the page: the primary has the story, the stand-in does not.
 */

test('WAL positions compare as numbers', () => {
  assert.ok(parseLsn('0/16B3748') < parseLsn('0/16B3749'));
  assert.ok(parseLsn('0/FFFFFFFF') < parseLsn('1/0'));
  assert.equal(parseLsn('16/B374D848'), (0x16n << 32n) + 0xb374d848n);
  assert.throws(() => parseLsn('16-B374D848'), /not a WAL position/);
});

test('DATABASE_READ_URL needs PostgreSQL on both ends', () => {
  assert.throws(() => loadConfig({ DATABASE_READ_URL: 'postgres://reader@replica/news' }), (e: Error) => e instanceof ConfigError && /SQLite has no replicas/.test(e.message));
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://db/news', DATABASE_READ_URL: 'mysql://replica/news' }), (e: Error) => e instanceof ConfigError && /DATABASE_READ_URL must be postgres/.test(e.message));
  const config = loadConfig({ DATABASE_URL: 'postgres://db/news', DATABASE_READ_URL: 'postgres://replica/news' });
  assert.equal(config.databaseReadUrl, 'postgres://replica/news');
  assert.equal(loadConfig({}).databaseReadUrl, undefined);
});

describe('reader traffic on a read replica (postgres)', async () => {
  const skip = await dialectSkip('postgres');
  let primary: TestDatabase;
  let standIn: TestDatabase;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let mediaDir: string;
  let storyId: number;
  const events = new ChangeEvents();
  /** How far the stand-in has replayed the primary's WAL. */
  let replayed = 0n;
  const caughtUp = () => {
    replayed = 1n << 62n;
  };
  const behind = () => {
    replayed = 0n;
  };
  const article = () => `/news/2025/03/01/${storyId}/`;
  const waitUntilCurrent = async () => {
    for (let i = 0; i < 200 && !database.read!.current; i++) await new Promise((r) => setTimeout(r, 5));
    assert.equal(database.read!.current, true, 'the replica never counted as current');
  };

  before(async () => {
    if (skip.skip) return;
    primary = await createTestDatabase('postgres');
    standIn = await createTestDatabase('postgres');
    storyId = await (await buildNewsroom(primary)).story({ versions: { uk: { headline: 'Рада ухвалила бюджет' } } });
    database = await openDatabase(primary.url, { readUrl: standIn.url, replica: { replayed: async () => replayed, pollMs: 2 } });
    mediaDir = mkdtempSync(join(tmpdir(), 'masthead-replica-'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: primary.url, DATABASE_READ_URL: standIn.url, MEDIA_DIR: mediaDir, PAGE_CACHE_MB: '0' });
    app = await buildApp(config, { database, events, now: () => NOW });
  });
  after(async () => {
    await app?.close();
    await database?.close();
    await primary?.destroy();
    await standIn?.destroy();
    if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
  });

  test('a replica behind the primary at start-up is not read', skip, async () => {
    assert.equal(database.read!.current, false);
    const res = await app.inject(article());
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Рада ухвалила бюджет/);
  });

  test('once it has replayed what the primary had written, readers read it', skip, async () => {
    caughtUp();
    await waitUntilCurrent();
    // The stand-in has no stories: its answer is the 404 page.
    assert.equal((await app.inject(article())).statusCode, 404);
    assert.equal((await app.inject('/')).statusCode, 200);
  });

  test('a change sends reads to the primary at once, until the replica has it', skip, async () => {
    caughtUp();
    await waitUntilCurrent();
    behind();
    events.emit({ type: 'front-page-changed', lang: 'uk' });
    assert.equal(database.read!.current, false);
    for (let i = 0; i < 3; i++) {
      const res = await app.inject(article());
      assert.equal(res.statusCode, 200, 'read from the primary while the replica lags');
      await new Promise((r) => setTimeout(r, 10));
    }
    caughtUp();
    await waitUntilCurrent();
    assert.equal((await app.inject(article())).statusCode, 404);
  });

  test('the newsroom reads the primary whatever the replica has', skip, async () => {
    caughtUp();
    await waitUntilCurrent();
    await createMembers(primary);
    const editor = await signedIn(app, 'editor@example.com');
    const res = await editor('GET', `/admin/api/stories/${storyId}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().versions.uk.headline, 'Рада ухвалила бюджет');
    assert.equal((await app.inject(article())).statusCode, 404, 'readers still read the replica');
  });

  test('a query the standby cancels for a conflict with replay is answered by the primary', skip, async () => {
    // What a hot standby sends when replay must remove rows a query still reads (SQLSTATE 40001).
    await sql`alter table story_versions rename to story_versions_kept`.execute(standIn.db);
    await sql`create function replay_conflict() returns boolean language plpgsql as $$ begin raise exception 'canceling statement due to conflict with recovery' using errcode = '40001'; end $$`.execute(standIn.db);
    await sql`create view story_versions as select k.* from (select replay_conflict() as raised offset 0) c cross join story_versions_kept k where c.raised`.execute(standIn.db);
    // New connections: statements prepared before would still read the renamed table.
    const handle = await openDatabase(primary.url, { readUrl: standIn.url, replica: { replayed: async () => 1n << 62n, pollMs: 2 } });
    const dir = mkdtempSync(join(tmpdir(), 'masthead-replica-'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: primary.url, DATABASE_READ_URL: standIn.url, MEDIA_DIR: dir, PAGE_CACHE_MB: '0' });
    const conflicted = await buildApp(config, { database: handle, now: () => NOW });
    try {
      for (let i = 0; i < 200 && !handle.read!.current; i++) await new Promise((r) => setTimeout(r, 5));
      assert.equal(handle.read!.current, true);
      const res = await conflicted.inject(article());
      assert.equal(res.statusCode, 200, 'answered by the primary');
      assert.match(res.body, /Рада ухвалила бюджет/);
      assert.equal(handle.read!.current, true, 'a conflict is not an unreachable replica');
    } finally {
      await conflicted.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
      await sql`drop view story_versions`.execute(standIn.db);
      await sql`alter table story_versions_kept rename to story_versions`.execute(standIn.db);
    }
  });

  test('a replica that answers but stays behind is logged, and so is its catching up', skip, async () => {
    const warnings: string[] = [];
    let position = 0n;
    const handle = await openDatabase(primary.url, { readUrl: standIn.url, replica: { replayed: async () => position, pollMs: 2, lagWarnMs: 50, log: (m) => warnings.push(m) } });
    try {
      for (let i = 0; i < 100 && warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      assert.match(warnings[0] ?? '', /read replica is more than 0\.1 s behind the primary/);
      assert.equal(handle.read!.current, false);
      position = 1n << 62n;
      for (let i = 0; i < 100 && warnings.length === 1; i++) await new Promise((r) => setTimeout(r, 10));
      assert.match(warnings[1] ?? '', /read replica caught up after \d+\.\d s/);
      assert.equal(handle.read!.current, true);
    } finally {
      await handle.close();
    }
  });

  test('a replica that does not answer leaves readers on the primary, with a warning', skip, async () => {
    const warnings: string[] = [];
    const handle = await openDatabase(primary.url, { readUrl: 'postgres://postgres@127.0.0.1:1/none', replica: { log: (m) => warnings.push(m), retryMs: 50 } });
    const dir = mkdtempSync(join(tmpdir(), 'masthead-replica-'));
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: primary.url, DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:1/none', MEDIA_DIR: dir, PAGE_CACHE_MB: '0' });
    const down = await buildApp(config, { database: handle, now: () => NOW });
    try {
      for (let i = 0; i < 100 && warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      assert.match(warnings[0] ?? '', /read replica does not answer/);
      const res = await down.inject(article());
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Рада ухвалила бюджет/);
      assert.equal(handle.read!.current, false);
    } finally {
      await down.close();
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

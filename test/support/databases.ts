import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { LogEvent } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/storage/database.js';
import type { DialectName } from '../../src/storage/dialect.js';

/**
 * Every storage and HTTP test runs on both databases. PostgreSQL comes from TEST_POSTGRES_URL
 * (default: the CI server, postgres@127.0.0.1:5432/test); each test database is created fresh
 * and dropped afterwards. Outside CI a missing PostgreSQL skips those tests and says so; in CI
 * it fails them.
 */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/**
 * The browser suites test the newsroom app and the reader pages in Chromium: they run on the
 * embedded default only. What they reach through HTTP and storage runs on both databases in the
 * HTTP suites (admin-*.test.ts, reader-pages.test.ts and the others).
 */
export const BROWSER_DIALECTS: DialectName[] = ['sqlite'];

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let probe: Promise<string | undefined> | undefined;

/** Why PostgreSQL tests cannot run here, or undefined when they can. Throws in CI. */
export async function postgresUnavailable(): Promise<string | undefined> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 15_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return undefined;
    } catch (e) {
      return `PostgreSQL not reachable at ${ADMIN_URL}: ${(e as Error).message}`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  const reason = await probe;
  if (reason && process.env.CI) throw new Error(`${reason} (required in CI)`);
  return reason;
}

/** node:test options that skip a PostgreSQL suite outside CI when there is no server. */
export async function dialectSkip(dialect: DialectName): Promise<{ skip?: string }> {
  if (dialect !== 'postgres') return {};
  const reason = await postgresUnavailable();
  if (reason) console.warn(`skipping PostgreSQL tests: ${reason}`);
  return reason ? { skip: reason } : {};
}

export interface TestDatabase extends DatabaseHandle {
  /** Its DATABASE_URL. */
  url: string;
  /** Queries run since the last reset. */
  queries: LogEvent[];
  /** Closes and deletes the database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated, empty database of the given dialect. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const queries: LogEvent[] = [];
  const onQuery = (e: LogEvent) => {
    queries.push(e);
  };
  if (dialect === 'sqlite') {
    const handle = await openDatabase('sqlite::memory:', { onQuery });
    await migrateToLatest(handle.db);
    queries.length = 0;
    return { ...handle, url: 'sqlite::memory:', queries, destroy: () => handle.close().catch(() => {}) };
  }
  const name = `masthead_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase(url.toString(), { onQuery, poolSize: 4 });
  await migrateToLatest(handle.db);
  queries.length = 0;
  return {
    ...handle,
    url: url.toString(),
    queries,
    destroy: async () => {
      await handle.close().catch(() => {});
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

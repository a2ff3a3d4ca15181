/**
 * The benchmarks' data sets: a generated archive of N stories (the demo newsroom's seed at a fixed
 * "now"), made once and reused by `npm run bench:search` and `npm run bench`.
 *
 * - SQLite: the file bench/data/search-<N>.db (the name predates the page benchmark; both use it).
 * - PostgreSQL: the database `masthead_bench_<N>` on BENCH_POSTGRES_URL (default
 *   postgres://postgres@127.0.0.1:5432), created when missing.
 *
 * Photos and portraits go to bench/data/media, the MEDIA_DIR of a server started on a data set.
 * Seeding 100,000 stories takes several minutes; a data set holding a different number of
 * stories (an interrupted seed, say) is an error, never topped up: remove it and run again.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { progressPrinter } from '../src/cli/progress.js';
import { seedDemo } from '../src/seed/seed-demo.js';
import { analyzeAfterBulkLoad, migrateToLatest, openDatabase, type DatabaseHandle } from '../src/storage/database.js';
import { isPostgres } from '../src/storage/dialect.js';
import { createRepositories, type Repositories } from '../src/storage/repositories.js';

export type BenchDatabase = 'sqlite' | 'postgres';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DATA = path.join(ROOT, 'bench', 'data');
export const RESULTS = path.join(ROOT, 'bench', 'results');
export const MEDIA_DIR = path.join(DATA, 'media');
/** The archive's "now": fixed, so the same seed makes the same archive and the same dates match. */
export const NOW = new Date('2026-11-01T09:00:00Z');

export interface Dataset {
  db: BenchDatabase;
  /** The DATABASE_URL of the data set. */
  url: string;
  stories: number;
  handle: DatabaseHandle;
  repos: Repositories;
}

/**
 * The DATABASE_URL of the data set of `stories` stories; on PostgreSQL the database is created
 * when missing (empty).
 *
 * @example const url = await datasetUrl('sqlite', 100_000); // sqlite:/…/bench/data/search-100000.db
 */
export async function datasetUrl(db: BenchDatabase, stories: number): Promise<string> {
  if (db === 'sqlite') return `sqlite:${path.join(DATA, `search-${stories}.db`)}`;
  const server = (process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
  const name = `masthead_bench_${stories}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return `${server}/${name}`;
}

/**
 * Opens the data set, migrating it and seeding it first when it is empty. The caller closes
 * `handle`.
 *
 * @example const set = await openDataset('postgres', 2000); try { … } finally { await set.handle.close(); }
 */
export async function openDataset(db: BenchDatabase, stories: number): Promise<Dataset> {
  mkdirSync(DATA, { recursive: true });
  const url = await datasetUrl(db, stories);
  const handle = await openDatabase(url);
  try {
    await migrateToLatest(handle.db);
    const repos = createRepositories(handle.db);
    const existing = await repos.stories.countStories();
    if (existing !== stories) {
      if (existing > 0) {
        const remove = db === 'sqlite' ? `delete ${url.slice('sqlite:'.length)}*` : `drop database masthead_bench_${stories}`;
        throw new Error(`${url} holds ${existing} stories, not ${stories} (an interrupted seed?): ${remove} to make a new data set`);
      }
      await seed(handle, repos, stories);
    }
    return { db, url, stories, handle, repos };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function seed(handle: DatabaseHandle, repos: Repositories, stories: number): Promise<void> {
  console.log(`seed: generating ${stories.toLocaleString('en')} stories (reused by later runs)…`);
  const started = Date.now();
  await seedDemo(repos, { stories, mediaDir: MEDIA_DIR, now: NOW, onProgress: progressPrinter('seed', started) });
  // What a live database has: planner statistics (a server gathers them when it opens a database
  // without them, which would otherwise fall in the first measured start) and, on PostgreSQL, the
  // visibility map autovacuum keeps (index-only scans).
  if (isPostgres(handle.db)) await sql`vacuum`.execute(handle.db);
  await analyzeAfterBulkLoad(handle);
  console.log(`seed: ${stories.toLocaleString('en')} stories in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Reads a SQLite data set's files through once, so that the server finds them in the OS's cache as
 * a server whose memory holds its database does (a virtual machine may hand pages left idle for a
 * while back to its host; the next read then waits for the disk). Files larger than a quarter of
 * the machine's memory are left alone, as is PostgreSQL (its server reads through its own cache).
 * Returns the bytes read.
 *
 * @example readIntoOsCache('sqlite:/…/bench/data/search-100000.db'); // 818987008
 */
export function readIntoOsCache(url: string): number {
  if (!url.startsWith('sqlite:')) return 0;
  const files = ['', '-wal'].map((suffix) => url.slice('sqlite:'.length) + suffix).filter((f) => existsSync(f));
  const size = files.reduce((n, f) => n + statSync(f).size, 0);
  if (size > os.totalmem() / 4) return 0;
  const buffer = Buffer.allocUnsafe(4 * 2 ** 20);
  let read = 0;
  for (const file of files) {
    const fd = openSync(file, 'r');
    try {
      for (let at = 0, n; (n = readSync(fd, buffer, 0, buffer.length, at)) > 0; at += n) read += n;
    } finally {
      closeSync(fd);
    }
  }
  return read;
}

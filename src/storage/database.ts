import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, sql, PostgresDialect, SqliteDialect, type LogEvent, type Migration, type MigrationProvider } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import type { DialectName } from './dialect.js';
import { runDirect, runPrepared } from './compiled.js';
import type { QueryPool, ReadReplicaOptions } from './read-replica.js';
import { MastheadError } from '../domain/errors.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Reader traffic on a replica, when `readUrl` was given (see read-replica.ts). */
  read?: ReadHandle;
  close(): Promise<void>;
}

export interface ReadHandle {
  /** For reader pages, feeds, sitemaps, search and the read API: the replica while it is current. */
  db: Kysely<Database>;
  /** Told of every change event, before any cache drops a page. */
  changed(): void;
  /** True while reads go to the replica. */
  readonly current: boolean;
}

export interface OpenOptions {
  /** Called for every query: tests count queries per page with it. */
  onQuery?: (event: LogEvent) => void;
  /** PostgreSQL pool size per process. */
  poolSize?: number;
  /** Told when an idle PostgreSQL connection fails (the server restarted, say). */
  onPoolError?: (error: Error) => void;
  /** A PostgreSQL streaming replica for reader traffic (`DATABASE_READ_URL`). */
  readUrl?: string;
  /** Options of the replica's routing; the tests simulate a lagging standby through them. */
  replica?: ReadReplicaOptions;
}

/** Runs `db`'s compiled queries as named prepared statements on `pool`. */
function preparedOn(db: Kysely<Database>, pool: Pick<QueryPool, 'query'>, log: OpenOptions['onQuery']): void {
  runPrepared(db, async (name, sql, values) => {
    const started = performance.now();
    const query = () => CompiledQuery.raw(sql, [...values]);
    try {
      const result = await pool.query({ name, text: sql, values: [...values] });
      log?.({ level: 'query', query: query(), queryDurationMillis: performance.now() - started });
      return result.rows;
    } catch (error) {
      log?.({ level: 'error', error, query: query(), queryDurationMillis: performance.now() - started });
      throw error;
    }
  });
}

/** Thrown when the database named by DATABASE_URL cannot be opened or migrated. */
export class DatabaseUnavailable extends MastheadError {
  constructor(message: string, options: ErrorOptions = {}) {
    super('DATABASE_UNAVAILABLE', message, options);
  }
}

/**
 * Opens the database a `DATABASE_URL` names: `sqlite:./data/masthead.db` (a file, WAL mode) or
 * `postgres://user@host:5432/name`.
 *
 * @example const { db, close } = await openDatabase('sqlite:./data/masthead.db');
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<DatabaseHandle> {
  const log = options.onQuery;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // Loaded only for PostgreSQL: a site on SQLite starts without it.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool replaces it, and the next query reports any lasting problem.
    pool.on('error', (error) => options.onPoolError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    try {
      await pool.query('select 1');
    } catch (cause) {
      await db.destroy().catch(() => {});
      throw new DatabaseUnavailable(`cannot connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}`, { cause });
    }
    preparedOn(db, pool, log);
    if (!options.readUrl) return { db, dialect: 'postgres', close: () => db.destroy() };
    const replicaPool = new pg.Pool({ connectionString: options.readUrl, max: options.poolSize ?? 10 });
    const { ReadReplica } = await import('./read-replica.js');
    const replica = new ReadReplica(pool, replicaPool, options.replica);
    const readDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: replica.pool }), ...(log ? { log } : {}) });
    preparedOn(readDb, replica.pool, log);
    const read: ReadHandle = {
      db: readDb,
      changed: () => replica.changed(),
      get current() {
        return replica.current;
      },
    };
    return {
      db,
      dialect: 'postgres',
      read,
      close: async () => {
        await readDb.destroy();
        await replica.close();
        await db.destroy();
      },
    };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    let sqlite: SqliteDatabase.Database;
    try {
      if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
      sqlite = new SqliteDatabase(file);
      sqlite.pragma('journal_mode = WAL');
      // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commits.
      sqlite.pragma('synchronous = NORMAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
      // 8 MB of pages per connection: the operating system keeps the file's hot pages too, and
      // rendered pages live in the page cache, so a larger one mostly duplicates memory.
      sqlite.pragma('cache_size = -8192');
      // SQLite's lower() folds ASCII only; newsroom search must fold Cyrillic too (PostgreSQL
      // gets the same function from a migration, over its Unicode-aware lower()).
      sqlite.function('casefold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
      // Table statistics let the planner pick the right index: without them a lookup of a few
      // stories by id may walk every published version instead. SQLite's advice for long-lived
      // connections: optimize on open (bounded work per index), then from time to time.
      sqlite.pragma('analysis_limit = 1000');
      sqlite.pragma('optimize = 0x10002');
    } catch (cause) {
      throw new DatabaseUnavailable(`cannot open SQLite database ${file}: ${(cause as Error).message}`, { cause });
    }
    const statements = reusingStatements(sqlite);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }), ...(log ? { log } : {}) });
    // The compiled reads' statements by SQL text, taken once from the cache above (where each
    // shape's first run, through Kysely, put it) and then found without its LRU bookkeeping: the
    // shapes are few and fixed, and a lookup here runs for every query of every uncached page.
    const readers = new Map<string, SqliteDatabase.Statement | null>();
    runDirect(db, (sql, values) => {
      // Inside another caller's transaction a read would see its uncommitted writes: it waits.
      if (sqlite.inTransaction) return undefined;
      let statement = readers.get(sql);
      if (statement === undefined) {
        const prepared = statements.prepare(sql);
        statement = prepared.reader ? prepared : null;
        if (readers.size < STATEMENT_CACHE) readers.set(sql, statement);
      }
      if (statement === null) return undefined;
      // Still being iterated by an earlier caller: the cache above gives this one its own.
      if (statement.busy) statement = statements.prepare(sql);
      const started = log ? performance.now() : 0;
      try {
        const rows = statement.all(values as unknown[]);
        log?.({ level: 'query', query: CompiledQuery.raw(sql, [...values]), queryDurationMillis: performance.now() - started });
        return rows;
      } catch (error) {
        log?.({ level: 'error', error, query: CompiledQuery.raw(sql, [...values]), queryDurationMillis: performance.now() - started });
        throw error;
      }
    });
    const optimizer = setInterval(() => {
      try {
        sqlite.pragma('optimize');
      } catch {
        // Busy or closed: the next hour tries again.
      }
    }, 3_600_000).unref();
    return {
      db,
      dialect: 'sqlite',
      close: () => {
        clearInterval(optimizer);
        return db.destroy();
      },
    };
  }
  throw new DatabaseUnavailable(`DATABASE_URL must start with sqlite: or postgres://, got "${redact(url)}"`);
}

/** Prepared statements kept per connection; the SQL of lists with a varying number of ids makes many. */
const STATEMENT_CACHE = 500;

/**
 * better-sqlite3 behind Kysely prepares each query afresh; preparing costs about as much as
 * running a simple one. This keeps the most recently used statements and hands them out again,
 * except one still iterating a result (a stream), which gets a fresh statement.
 */
function reusingStatements(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (query: string) => {
      const kept = statements.get(query);
      if (kept && !kept.busy) {
        statements.delete(query);
        statements.set(query, kept);
        return kept;
      }
      const statement = sqlite.prepare(query);
      if (!kept) {
        statements.set(query, statement);
        if (statements.size > STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * After a bulk load (a seed, an import): the planner statistics a server would otherwise gather
 * when it next opens the database, so that its start is not spent on them. On SQLite the same
 * bounded ANALYZE as `pragma optimize` at open (1,000 rows per index: about 1 to 2 s at a million
 * stories, which a first start after a seed would otherwise take), then the write-ahead log folded
 * into the file; on PostgreSQL, ANALYZE.
 */
export async function analyzeAfterBulkLoad(handle: Pick<DatabaseHandle, 'db' | 'dialect'>): Promise<void> {
  if (handle.dialect === 'postgres') {
    await sql`analyze`.execute(handle.db);
    return;
  }
  await sql`pragma analysis_limit = 1000`.execute(handle.db);
  await sql`analyze`.execute(handle.db);
  await sql`pragma wal_checkpoint(truncate)`.execute(handle.db);
}

const provider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  },
};

/** Brings the schema up to date. Safe to run twice, and from several processes at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DatabaseUnavailable(`migration ${failed} failed: ${(error as Error).message ?? error}`, { cause: error });
  }
}

/** A URL fit for logs: no password. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

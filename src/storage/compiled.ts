import { createHash } from 'node:crypto';
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

/**
 * Queries built and compiled once, then run with new values. Kysely builds a query's tree and
 * compiles it to SQL at every call; on the reader's hottest reads (an article not in the page
 * cache makes seven) that costs about as much as SQLite takes to answer them.
 *
 * Each query has a shape name, one per distinct SQL text (a list of ids has one per length).
 * The first run builds it with the values at hand and checks that Kysely bound exactly those
 * values, in that order; later runs reuse its SQL with theirs. A builder whose SQL depends on
 * the values in any other way must not be run through here.
 *
 * On PostgreSQL they run as named prepared statements when the database was opened with a
 * {@link PreparedRunner} (src/storage/database.ts): the server parses and plans each one once
 * per connection instead of at every call. SQLite's statements are kept prepared by its driver.
 *
 * @example
 * const rows = await this.compiled.rows('version', [storyId, lang], () =>
 *   this.db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).where('lang', '=', lang));
 */
export class CompiledQueries {
  private readonly shapes = new Map<string, Shape>();
  private readonly prepared: PreparedRunner | undefined;
  private readonly direct: DirectRunner | undefined;

  constructor(private readonly db: Kysely<any>) {
    // A transaction's Kysely is another object: inside one, queries run on its connection.
    this.prepared = runners.get(db);
    this.direct = directRunners.get(db);
  }

  async rows<R>(shape: string, values: readonly unknown[], build: () => Compilable<R>): Promise<R[]> {
    const known = this.shapes.get(shape);
    if (known !== undefined) {
      const rows = this.direct?.(known.sql, values);
      if (rows !== undefined) return rows as R[];
      if (this.prepared && known.name !== null) {
        try {
          return (await this.prepared(known.name, known.sql, values)) as R[];
        } catch (error) {
          // The statement cannot be used as prepared (see UNPREPARABLE): this process goes on
          // with plain queries for that shape.
          if (!UNPREPARABLE.has((error as { code?: string }).code ?? '')) throw error;
          known.name = null;
        }
      }
      return (await this.db.executeQuery<R>(CompiledQuery.raw(known.sql, [...values]) as CompiledQuery<R>)).rows;
    }
    const compiled = build().compile();
    const bound = compiled.parameters;
    if (bound.length !== values.length || bound.some((v, i) => v !== values[i])) {
      throw new Error(`compiled query "${shape}" binds ${JSON.stringify(bound)}, not the values given (${JSON.stringify(values)})`);
    }
    // Named by its text: a name stands for one statement on every connection of the pool,
    // whichever repository prepared it first.
    const name = this.prepared ? `q_${createHash('sha256').update(compiled.sql).digest('base64url').slice(0, 24)}` : null;
    this.shapes.set(shape, { sql: compiled.sql, name });
    return (await this.db.executeQuery(compiled)).rows;
  }
}

interface Shape {
  sql: string;
  /** The prepared statement's name; null runs it as a plain query. */
  name: string | null;
}

/**
 * Errors after which a shape runs as a plain query:
 * - 0A000 "cached plan must not change result type": a migration changed the columns the
 *   statement returns (a newer release migrating while this one still serves);
 * - 26000 "prepared statement does not exist" and 42P05 "prepared statement already exists": a
 *   connection pooler in transaction mode that does not track prepared statements (PgBouncer
 *   before 1.21, or without `max_prepared_statements`) moved the statement's connection.
 */
const UNPREPARABLE = new Set(['0A000', '26000', '42P05']);

/** Runs a named prepared statement and returns its rows. */
export type PreparedRunner = (name: string, sql: string, values: readonly unknown[]) => Promise<unknown[]>;

const runners = new WeakMap<Kysely<any>, PreparedRunner>();

/**
 * Runs a read at once on the driver's own connection and returns its rows, or undefined when it
 * has to wait its turn through Kysely (a transaction holds the connection).
 */
export type DirectRunner = (sql: string, values: readonly unknown[]) => unknown[] | undefined;

const directRunners = new WeakMap<Kysely<any>, DirectRunner>();

/**
 * Lets compiled reads on `db` skip Kysely's driver: on SQLite, whose driver is synchronous, its
 * connection lock and the promises around it cost about a third of what SQLite takes for an
 * article's small reads.
 */
export function runDirect(db: Kysely<any>, run: DirectRunner): void {
  directRunners.set(db, run);
}

/** Lets compiled queries on `db` run as named prepared statements through `run`. */
export function runPrepared(db: Kysely<any>, run: PreparedRunner): void {
  runners.set(db, run);
}

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
 * @example
 * const rows = await this.compiled.rows('version', [storyId, lang], () =>
 *   this.db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).where('lang', '=', lang));
 */
export class CompiledQueries {
  private readonly sql = new Map<string, string>();

  constructor(private readonly db: Kysely<any>) {}

  async rows<R>(shape: string, values: readonly unknown[], build: () => Compilable<R>): Promise<R[]> {
    const sql = this.sql.get(shape);
    if (sql !== undefined) return (await this.db.executeQuery<R>(CompiledQuery.raw(sql, [...values]) as CompiledQuery<R>)).rows;
    const compiled = build().compile();
    const bound = compiled.parameters;
    if (bound.length !== values.length || bound.some((v, i) => v !== values[i])) {
      throw new Error(`compiled query "${shape}" binds ${JSON.stringify(bound)}, not the values given (${JSON.stringify(values)})`);
    }
    this.sql.set(shape, compiled.sql);
    return (await this.db.executeQuery(compiled)).rows;
  }
}

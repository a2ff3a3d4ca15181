import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** True when the Kysely instance talks to PostgreSQL. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Column types that differ between the two databases (identity columns, moments). */
export interface ColumnKinds {
  id: 'integer';
  identity: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  moment: 'timestamptz' | 'text';
}

/** A stored moment as a Date: pg hands back Dates, SQLite ISO strings. */
export function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}

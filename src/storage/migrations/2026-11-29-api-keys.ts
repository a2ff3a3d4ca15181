import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Keys for the public read API (/api/v1). Only the SHA-256 of a key's secret is stored, so a
 * copy of the database yields no usable keys; `key_prefix` (the secret's first characters) lets
 * admins tell keys apart. Revoked keys stay, with `revoked_at`, for the audit trail.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const moment = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('api_keys')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_prefix', 'varchar(16)', (c) => c.notNull())
    // Every request looks its key up by this hash: the unique constraint is its index.
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', moment, (c) => c.notNull())
    .addColumn('revoked_at', moment)
    .addColumn('last_used_at', moment)
    .addColumn('requests_per_minute', 'integer', (c) => c.notNull().defaultTo(600))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('api_keys').ifExists().execute();
}

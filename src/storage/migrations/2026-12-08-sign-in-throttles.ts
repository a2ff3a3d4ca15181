import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * One throttle row per sign-in key (docs/decisions/0019): an account and address pair, an
 * address across accounts, an account across addresses. Each attempt reserves itself in these
 * rows with one atomic upsert before the password is checked, so concurrent guesses cannot all
 * read the same old count. `login_attempts` stays as the record of every attempt.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const moment = isPostgres(db) ? 'timestamptz' : 'text';
  await db.schema
    .createTable('sign_in_throttles')
    .ifNotExists()
    // 'pair' (email and ip), 'address' (ip; email ''), 'account' (email; ip '').
    .addColumn('scope', 'varchar(8)', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    // Attempts counted as failures: reserved before the check, given back when it succeeds.
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', moment)
    .addColumn('last_failure_at', moment, (c) => c.notNull())
    // A pair that signed in lately is the person's own device or network: see the decision.
    .addColumn('last_success_at', moment)
    .addPrimaryKeyConstraint('sign_in_throttles_pk', ['scope', 'email', 'ip'])
    .execute();
  await db.schema.createIndex('sign_in_throttles_email_idx').ifNotExists().on('sign_in_throttles').column('email').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_throttles').ifExists().execute();
}

import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * The newsroom: people with roles, server-side sessions (so several processes share them),
 * sign-in attempts for throttling, an audit log, saved revisions of every version, a lock
 * counter per version for optimistic locking, and a durable job queue for scheduled publishing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const moment = pg ? 'timestamptz' : 'text';
  const id = (c: any) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());

  await db.schema
    .createTable('users')
    .ifNotExists()
    .addColumn('id', 'integer', id)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('ui_lang', 'varchar(2)', (c) => c.notNull().defaultTo('uk'))
    .addColumn('author_id', 'integer', (c) => c.references('authors.id').onDelete('set null'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', moment, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .ifNotExists()
    // SHA-256 of the cookie value: a stolen database does not yield usable session cookies.
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', moment, (c) => c.notNull())
    .addColumn('expires_at', moment, (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('sessions_user_idx').ifNotExists().on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .ifNotExists()
    .addColumn('id', 'integer', id)
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    .addColumn('at', moment, (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_attempts_email_idx').ifNotExists().on('login_attempts').columns(['email', 'at']).execute();
  await db.schema.createIndex('login_attempts_ip_idx').ifNotExists().on('login_attempts').columns(['ip', 'at']).execute();

  await db.schema
    .createTable('audit_log')
    .ifNotExists()
    .addColumn('id', 'integer', id)
    .addColumn('at', moment, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    /** JSON */
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').ifNotExists().on('audit_log').column('at').execute();

  await db.schema
    .createTable('revisions')
    .ifNotExists()
    .addColumn('id', 'integer', id)
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('lock_version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('at', moment, (c) => c.notNull())
    /** JSON: the version's editable fields as saved */
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisions_version_idx').ifNotExists().on('revisions').columns(['story_id', 'lang', 'lock_version']).execute();

  await db.schema
    .createTable('jobs')
    .ifNotExists()
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    /** JSON */
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', moment, (c) => c.notNull())
    .addColumn('done_at', moment)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').ifNotExists().on('jobs').columns(['done_at', 'run_at']).execute();

  // The newsroom's story list: most recently changed first.
  await db.schema.createIndex('story_versions_modified_idx').ifNotExists().on('story_versions').columns(['modified_at', 'story_id']).execute();

  if (pg) {
    // The same casefold() as SQLite's (registered by the driver): Unicode-aware lower-casing.
    await sql`create or replace function casefold(t text) returns text language sql immutable parallel safe as $$ select lower(t) $$`.execute(db);
  }

  // Optimistic locking: every save names the lock_version it edited; a stale one is refused.
  const columns = await db.introspection.getTables();
  const versions = columns.find((t) => t.name === 'story_versions');
  if (versions && !versions.columns.some((c) => c.name === 'lock_version')) {
    await db.schema.alterTable('story_versions').addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }
  const stories = columns.find((t) => t.name === 'stories');
  if (stories && !stories.columns.some((c) => c.name === 'created_by')) {
    await db.schema.alterTable('stories').addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['jobs', 'revisions', 'audit_log', 'login_attempts', 'sessions', 'users']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

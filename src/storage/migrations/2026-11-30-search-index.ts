import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * The full-text search index (issue 5, docs/decisions/0008): one document per story version, in
 * every status (the newsroom searches drafts too; readers' searches filter on status).
 *
 * - `search_documents` holds what searches filter and sort on. `doc_id` is story_id * 4 + the
 *   language's index (uk 0, ru 1, en 2): it grows with the story id, so "the newest matches" is a
 *   walk of the index backwards.
 * - SQLite: `search_fts`, a contentless FTS5 table whose rowid is `doc_id`. Its columns hold the
 *   analyzed terms (letters and digits, space-separated), never raw text, so FTS5 neither stems
 *   nor folds anything: `unicode61 remove_diacritics 0` only splits on the spaces.
 * - PostgreSQL: `search_documents.terms`, a tsvector of the same terms with weights A (headline),
 *   B (lead), C (section, tags, authors) and D (body), under a GIN index.
 *
 * Only the tables are created here, so upgrading a large archive is instant; `npm run reindex`
 * fills them (the seed fills them as it goes, and every newsroom write keeps them in step).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('search_documents')
    .ifNotExists()
    .addColumn('story_id', 'integer', (c) => c.notNull())
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('doc_id', pg ? 'bigint' : 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('published_at', pg ? 'timestamptz' : 'text')
    .$call((t) => (pg ? t.addColumn('terms', sql`tsvector`, (c) => c.notNull()) : t))
    .addPrimaryKeyConstraint('search_documents_pk', ['story_id', 'lang'])
    .execute();
  await db.schema.createIndex('search_documents_doc_idx').ifNotExists().unique().on('search_documents').column('doc_id').execute();
  await db.schema
    .createIndex('search_documents_published_idx')
    .ifNotExists()
    .on('search_documents')
    .columns(['lang', 'status', 'published_at'])
    .execute();
  if (pg) {
    await sql`create index if not exists search_documents_terms_idx on search_documents using gin (terms)`.execute(db);
  } else {
    // contentless_delete (SQLite 3.43+) lets a contentless table delete and replace rows by rowid.
    await sql`create virtual table if not exists search_fts using fts5(
      headline, lead, body, meta,
      content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0"
    )`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await db.schema.dropTable('search_documents').ifExists().execute();
}

import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Indexes for the search's walk over the newest matches (docs/decisions/0009).
 *
 * - SQLite walks the FTS5 matches newest first and looks each one up in search_documents for
 *   its language, status and publication time. A covering index on doc_id answers that lookup
 *   from the index alone, one B-tree descent instead of two; it replaces the plain doc_id index.
 * - PostgreSQL walks a common word's matches newest first through an index and checks each
 *   version's terms; (lang, doc_id) keeps the walk inside the language searched.
 * - Both: a search limited to some days first reads the first and last document id published in
 *   them, to bound its walk; doc_id at the end of the (lang, status, published_at) index answers
 *   that from the index alone. It replaces the index without doc_id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('search_documents_published_doc_idx')
    .ifNotExists()
    .on('search_documents')
    .columns(['lang', 'status', 'published_at', 'doc_id'])
    .execute();
  await db.schema.dropIndex('search_documents_published_idx').ifExists().execute();
  if (isPostgres(db)) {
    await db.schema.createIndex('search_documents_lang_doc_idx').ifNotExists().on('search_documents').columns(['lang', 'doc_id']).execute();
    return;
  }
  await db.schema
    .createIndex('search_documents_doc_cover_idx')
    .ifNotExists()
    .unique()
    .on('search_documents')
    .columns(['doc_id', 'lang', 'status', 'published_at', 'section_id', 'story_id'])
    .execute();
  await db.schema.dropIndex('search_documents_doc_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('search_documents_published_idx').ifNotExists().on('search_documents').columns(['lang', 'status', 'published_at']).execute();
  await db.schema.dropIndex('search_documents_published_doc_idx').ifExists().execute();
  if (isPostgres(db)) {
    await db.schema.dropIndex('search_documents_lang_doc_idx').ifExists().execute();
    return;
  }
  await db.schema.createIndex('search_documents_doc_idx').ifNotExists().unique().on('search_documents').column('doc_id').execute();
  await db.schema.dropIndex('search_documents_doc_cover_idx').ifExists().execute();
}

import { sql, type Kysely } from 'kysely';
import { isPostgres, type ColumnKinds } from '../dialect.js';

/**
 * The content model of DESIGN.md: stories with one id shared by their language versions, each
 * version with its own status and publication time; sections, tags and authors named per language;
 * media with caption and credit per language; site settings and redirects.
 *
 * `ifNotExists` everywhere, so a half-applied run can be repeated.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const k: ColumnKinds = columnKinds(db);

  await db.schema
    .createTable('sections')
    .ifNotExists()
    .addColumn('id', k.id, (c) => k.identity(c))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', k.moment, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('section_translations')
    .ifNotExists()
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('section_translations_pk', ['section_id', 'lang'])
    .addUniqueConstraint('section_translations_slug_uq', ['lang', 'slug'])
    .execute();

  await db.schema
    .createTable('tags')
    .ifNotExists()
    .addColumn('id', k.id, (c) => k.identity(c))
    .addColumn('created_at', k.moment, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('tag_translations')
    .ifNotExists()
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_translations_pk', ['tag_id', 'lang'])
    .addUniqueConstraint('tag_translations_slug_uq', ['lang', 'slug'])
    .execute();

  await db.schema
    .createTable('media')
    .ifNotExists()
    .addColumn('id', k.id, (c) => k.identity(c))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('variants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', k.moment, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('media_translations')
    .ifNotExists()
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('media_translations_pk', ['media_id', 'lang'])
    .execute();

  await db.schema
    .createTable('authors')
    .ifNotExists()
    .addColumn('id', k.id, (c) => k.identity(c))
    .addColumn('photo_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('created_at', k.moment, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('author_translations')
    .ifNotExists()
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('author_translations_pk', ['author_id', 'lang'])
    .addUniqueConstraint('author_translations_slug_uq', ['lang', 'slug'])
    .execute();

  await db.schema
    .createTable('stories')
    .ifNotExists()
    .addColumn('id', k.id, (c) => k.identity(c))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('importance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_video', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_photos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', k.moment, (c) => c.notNull())
    .addColumn('modified_at', k.moment, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_versions')
    .ifNotExists()
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull())
    .addColumn('importance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_video', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_photos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text')
    .addColumn('lead_media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('published_at', k.moment)
    .addColumn('updated_at', k.moment)
    .addColumn('update_note', 'text')
    .addColumn('modified_at', k.moment, (c) => c.notNull())
    .addPrimaryKeyConstraint('story_versions_pk', ['story_id', 'lang'])
    .execute();

  // Reader lists read only published versions, newest first: partial indexes keep them small.
  // Queries must spell `status = 'published'` as a literal for the planners to use them.
  const published = sql.ref('status').$castTo<string>();
  const onlyPublished = (b: any) => b.where(published, '=', sql.lit('published'));
  await onlyPublished(
    db.schema.createIndex('story_versions_latest_idx').ifNotExists().on('story_versions').columns(['lang', 'published_at']),
  ).execute();
  await onlyPublished(
    db.schema
      .createIndex('story_versions_section_idx')
      .ifNotExists()
      .on('story_versions')
      .columns(['lang', 'section_id', 'published_at']),
  ).execute();
  await onlyPublished(
    db.schema
      .createIndex('story_versions_important_idx')
      .ifNotExists()
      .on('story_versions')
      .columns(['lang', 'importance', 'published_at']),
  ).execute();

  for (const [table, column] of [
    ['story_authors', 'author_id'],
    ['story_tags', 'tag_id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .ifNotExists()
      .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn(column, 'integer', (c) =>
        c.notNull().references(column === 'tag_id' ? 'tags.id' : 'authors.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${table}_pk`, ['story_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).ifNotExists().on(table).columns([column, 'story_id']).execute();
  }

  // Tag and author pages list published versions newest first. Walking the latest-versions index
  // and testing membership is slow for rare tags; these listings (one row per published version
  // per tag or author) make every such page one ordered range read. The repository that publishes
  // and unpublishes versions keeps them in step.
  for (const [table, column] of [
    ['tag_listings', 'tag_id'],
    ['author_listings', 'author_id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .ifNotExists()
      .addColumn(column, 'integer', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull())
      .addColumn('published_at', k.moment, (c) => c.notNull())
      .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, [column, 'lang', 'published_at', 'story_id'])
      .execute();
    await db.schema.createIndex(`${table}_story_idx`).ifNotExists().on(table).columns(['story_id']).execute();
  }

  await db.schema
    .createTable('story_background')
    .ifNotExists()
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_background_pk', ['story_id', 'position'])
    .execute();

  await db.schema
    .createTable('settings')
    .ifNotExists()
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('redirects')
    .ifNotExists()
    .addColumn('from_path', 'text', (c) => c.primaryKey())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'redirects', 'settings', 'author_listings', 'tag_listings', 'story_background', 'story_tags', 'story_authors', 'story_versions', 'stories',
    'author_translations', 'authors', 'media_translations', 'media', 'tag_translations', 'tags',
    'section_translations', 'sections',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

function columnKinds(db: Kysely<any>): ColumnKinds {
  return isPostgres(db)
    ? { id: 'integer', identity: (c) => c.primaryKey().generatedByDefaultAsIdentity(), moment: 'timestamptz' }
    : { id: 'integer', identity: (c) => c.primaryKey(), moment: 'text' };
}

import { sql, type Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { Lang, Localized } from '../domain/locale.js';
import type { Importance, Kind, SourceAttribution, Status } from '../domain/story.js';
import type { MediaVariant } from '../domain/taxonomy.js';
import { cleanLine, cleanMultiline, isSlug } from '../domain/text.js';
import { isPostgres } from './dialect.js';
import type { Database } from './schema.js';
import { StoryProjection } from './projection.js';
import { SearchIndexRepository } from './search/search-index-repository.js';

/** A story to store with all its language versions, authors, tags and background links. */
export interface StoryInput {
  kind: Kind;
  sectionId: number;
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
  createdAt: Date;
  authorIds: number[];
  tagIds: number[];
  backgroundStoryIds: number[];
  versions: VersionInput[];
}

export interface VersionInput {
  lang: Lang;
  status: Status;
  headline: string;
  lead: string;
  body: Block[];
  source: SourceAttribution | null;
  leadMediaId: number | null;
  publishedAt: Date | null;
  updatedAt: Date | null;
  updateNote: string | null;
}

export interface NamedInput {
  name: Localized<string>;
  slug: Localized<string>;
}

export interface AuthorInput extends NamedInput {
  title: Localized<string>;
  bio: Localized<string>;
  photoMediaId: number | null;
}

export interface MediaInput {
  path: string;
  width: number;
  height: number;
  mime: string;
  variants: MediaVariant[];
  caption: Localized<string>;
  credit: Localized<string>;
  alt: Localized<string>;
}

/** What the content tables hold: the seed and the start-up look at it before writing. */
export interface ContentCounts {
  stories: number;
  sections: number;
  tags: number;
  authors: number;
  media: number;
}

/** What removing all content took away: the media files are the caller's to delete. */
export interface RemovedContent {
  stories: number;
  /** Every file path (relative to the media folder) of the removed media rows, variants included. */
  mediaPaths: string[];
}

const LANGS: Lang[] = ['uk', 'ru', 'en'];

/**
 * Names are cleaned of control characters like every newsroom text (domain/text.ts); a slug
 * that is not one is refused, since removing a character would change the page it names.
 */
function checkedSlug(slug: string): string {
  if (!isSlug(slug)) throw new Error(`not a slug: ${JSON.stringify(slug.slice(0, 120))}`);
  return slug;
}
/** The settings row where the demo seed records how far it got (see docs/decisions/0017). */
const SEED_PROGRESS = 'demo-seed';
/** Settings rows that name stories: the editions' pinned front-page stories. */
const CONTENT_SETTINGS = ['front:uk', 'front:ru', 'front:en'];
/**
 * Content tables, children before parents, for removing everything in one transaction. The
 * search index is emptied first, by its repository (SQLite keeps its terms in FTS5).
 */
const CONTENT_TABLES = [
  'sitemap_months', 'tag_listings', 'author_listings', 'story_background', 'story_tags', 'story_authors', 'revisions',
  'story_versions', 'stories', 'redirects', 'author_translations', 'authors', 'media_translations', 'media',
  'tag_translations', 'tags', 'section_translations', 'sections',
] as const;
/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters. */
const CHUNK = 200;

/**
 * Bulk writes for the demo seed, test fixtures and imports: many stories per transaction,
 * multi-row inserts. Story ids are assigned here (one past the highest), so a batch needs no
 * round trip per row. The derived rows come from the same projection step as the newsroom's
 * (docs/decisions/0018); the caller announces a committed batch (`content-replaced`).
 */
export class ContentWriter {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Runs `write` with a writer whose every statement belongs to one transaction: all of it is
   * stored or none. Inside a transaction already, it joins that one.
   *
   * @example await writer.transaction(async (w) => { await w.createTag(t, now); await w.insertStories(batch); })
   */
  async transaction<T>(write: (writer: ContentWriter) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return write(this);
    return this.db.transaction().execute((trx) => write(new ContentWriter(trx)));
  }

  /** How many stories, sections, tags, authors and media rows the database holds. */
  async countContent(): Promise<ContentCounts> {
    const n = async (table: keyof ContentCounts) => Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { stories: await n('stories'), sections: await n('sections'), tags: await n('tags'), authors: await n('authors'), media: await n('media') };
  }

  /** What the demo seed last recorded of its progress (JSON it wrote), if it ever ran here. */
  async seedProgress(): Promise<unknown> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', SEED_PROGRESS).executeTakeFirst();
    return row ? JSON.parse(row.value) : undefined;
  }

  /** Records the demo seed's progress; written in the transaction of the batch it counts. */
  async recordSeedProgress(progress: object): Promise<void> {
    const value = JSON.stringify(progress);
    await this.db.insertInto('settings').values({ key: SEED_PROGRESS, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }

  /**
   * Removes all content in one transaction (`seed --reset`): stories with everything derived from
   * them (listings, sitemap months, search index, revisions, redirects, pinned front-page stories,
   * their pending jobs), sections, tags, authors and media rows. People, sessions, API keys, site
   * settings and the audit log stay; a member's link to an author page is cleared.
   */
  async removeAllContent(): Promise<RemovedContent> {
    return this.transaction(async (w) => {
      const trx = w.db;
      const stories = Number((await trx.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const media = await trx.selectFrom('media').select(['path', 'variants']).execute();
      const mediaPaths = media.flatMap((m) => [m.path, ...(JSON.parse(m.variants) as { path: string }[]).map((v) => v.path)]);
      await new SearchIndexRepository(trx).clear();
      // Every job in the queue names a story version or a photo (publishing, AVIF copies).
      await trx.deleteFrom('jobs').execute();
      await trx.deleteFrom('settings').where('key', 'in', [...CONTENT_SETTINGS, SEED_PROGRESS]).execute();
      await trx.updateTable('users').set({ author_id: null }).where('author_id', 'is not', null).execute();
      for (const table of CONTENT_TABLES) await trx.deleteFrom(table).execute();
      return { stories, mediaPaths };
    });
  }

  async createSection(position: number, names: NamedInput, now: Date): Promise<number> {
    const { id } = await this.db.insertInto('sections').values({ position, created_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
    await this.db
      .insertInto('section_translations')
      .values(LANGS.map((lang) => ({ section_id: id, lang, name: cleanLine(names.name[lang]), slug: checkedSlug(names.slug[lang]) })))
      .execute();
    return id;
  }

  async createTag(names: NamedInput, now: Date): Promise<number> {
    const { id } = await this.db.insertInto('tags').values({ created_at: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
    await this.db
      .insertInto('tag_translations')
      .values(LANGS.map((lang) => ({ tag_id: id, lang, name: cleanLine(names.name[lang]), slug: checkedSlug(names.slug[lang]) })))
      .execute();
    return id;
  }

  async createAuthor(a: AuthorInput, now: Date): Promise<number> {
    const { id } = await this.db
      .insertInto('authors')
      .values({ photo_media_id: a.photoMediaId, created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('author_translations')
      .values(LANGS.map((lang) => ({ author_id: id, lang, name: cleanLine(a.name[lang]), slug: checkedSlug(a.slug[lang]), title: cleanLine(a.title[lang]), bio: cleanMultiline(a.bio[lang]) })))
      .execute();
    return id;
  }

  /** Stores an image and its texts; pass the caller's transaction as `db` to commit with other rows. */
  async createMedia(m: MediaInput, now: Date, db: Kysely<Database> = this.db): Promise<number> {
    const { id } = await db
      .insertInto('media')
      .values({ path: m.path, width: m.width, height: m.height, mime: m.mime, variants: JSON.stringify(m.variants), created_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('media_translations')
      .values(LANGS.map((lang) => ({ media_id: id, lang, caption: cleanLine(m.caption[lang]), credit: cleanLine(m.credit[lang]), alt: cleanLine(m.alt[lang]) })))
      .execute();
    return id;
  }

  /**
   * After a bulk load: PostgreSQL plans with table statistics, and until autovacuum gathers them
   * a freshly filled archive gets full-scan plans (300 ms instead of 10 ms a page at 100,000
   * stories). SQLite plans from its indexes alone, which suit these queries, so it is left as is.
   */
  async refreshStatistics(): Promise<void> {
    if (isPostgres(this.db)) await sql`analyze`.execute(this.db);
  }

  /**
   * Stores stories in one transaction (or in the caller's): all of the batch or none of it, with
   * their derived rows made by StoryProjection. Returns their ids.
   */
  async insertStories(stories: StoryInput[]): Promise<number[]> {
    return this.transaction(async ({ db: trx }) => {
      const max = await trx.selectFrom('stories').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
      let next = Number(max?.max ?? 0) + 1;
      const ids = stories.map(() => next++);
      const storyRows = stories.map((s, i) => ({
        id: ids[i]!,
        kind: s.kind,
        section_id: s.sectionId,
        importance: s.importance,
        has_video: s.hasVideo ? 1 : 0,
        has_photos: s.hasPhotos ? 1 : 0,
        created_at: s.createdAt.toISOString(),
        modified_at: s.createdAt.toISOString(),
      }));
      const versionRows = stories.flatMap((s, i) =>
        s.versions.map((v) => ({
          story_id: ids[i]!,
          lang: v.lang,
          status: v.status,
          kind: s.kind,
          section_id: s.sectionId,
          importance: s.importance,
          has_video: s.hasVideo ? 1 : 0,
          has_photos: s.hasPhotos ? 1 : 0,
          headline: v.headline,
          lead: v.lead,
          body: JSON.stringify(v.body),
          source: v.source ? JSON.stringify(v.source) : null,
          lead_media_id: v.leadMediaId,
          published_at: v.publishedAt?.toISOString() ?? null,
          updated_at: v.updatedAt?.toISOString() ?? null,
          update_note: v.updateNote,
          modified_at: (v.updatedAt ?? v.publishedAt ?? s.createdAt).toISOString(),
        })),
      );
      const authorRows = stories.flatMap((s, i) => s.authorIds.map((author_id, position) => ({ story_id: ids[i]!, author_id, position })));
      const tagRows = stories.flatMap((s, i) => s.tagIds.map((tag_id, position) => ({ story_id: ids[i]!, tag_id, position })));
      const backgroundRows = stories.flatMap((s, i) =>
        s.backgroundStoryIds.map((target_story_id, position) => ({ story_id: ids[i]!, position, target_story_id })),
      );
      await insertChunks(trx, 'stories', storyRows);
      await insertChunks(trx, 'story_versions', versionRows);
      await insertChunks(trx, 'story_authors', authorRows);
      await insertChunks(trx, 'story_tags', tagRows);
      await insertChunks(trx, 'story_background', backgroundRows);
      // Listings, sitemap months and search documents come from the one projection step that
      // the newsroom's saves use too, reading back what was just inserted.
      await new StoryProjection(trx).project({ storyIds: ids });
      if (isPostgres(trx)) {
        // Ids were given explicitly: move the identity sequence past them.
        await sql`select setval(pg_get_serial_sequence('stories', 'id'), (select max(id) from stories))`.execute(trx);
      }
      return ids;
    });
  }
}

async function insertChunks<T extends keyof Database>(trx: Kysely<Database>, table: T, rows: any[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK)).execute();
  }
}

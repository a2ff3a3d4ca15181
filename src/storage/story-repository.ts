import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { Importance, Kind, SourceAttribution, Status, Story, StoryCard, Version } from '../domain/story.js';
import type { Author, Tag } from '../domain/taxonomy.js';
import { CompiledQueries } from './compiled.js';
import { isPostgres, toDate, toDateOrNull } from './dialect.js';
import type { Database, StoryVersionTable } from './schema.js';

/** Columns a story card needs: all on story_versions, so lists never join. */
export const CARD_COLUMNS = [
  'story_id', 'lang', 'kind', 'section_id', 'importance', 'has_video', 'has_photos',
  'headline', 'lead', 'lead_media_id', 'published_at', 'updated_at',
] as const;

export type CardRow = Pick<Selectable<StoryVersionTable>, (typeof CARD_COLUMNS)[number]>;

/** A story_versions row as a card; `published_at` must be set (published versions). */
export function rowToCard(row: CardRow): StoryCard {
  return { ...cardFields(row), publishedAt: toDate(row.published_at!) };
}

/** What a card and a full version share, published or not. */
function cardFields(row: CardRow): Omit<StoryCard, 'publishedAt'> {
  return {
    storyId: row.story_id,
    lang: row.lang as Lang,
    kind: row.kind as Kind,
    sectionId: row.section_id,
    importance: row.importance as Importance,
    hasVideo: row.has_video === 1,
    hasPhotos: row.has_photos === 1,
    headline: row.headline,
    lead: row.lead,
    leadMediaId: row.lead_media_id,
    updatedAt: toDateOrNull(row.updated_at),
  };
}

/** Filters for reader lists; every list is newest first and bounded by `limit`. */
export interface ListQuery {
  lang: Lang;
  now: Date;
  limit: number;
  offset?: number;
  sectionId?: number;
  kind?: Kind;
  minImportance?: Importance;
  tagId?: number;
  authorId?: number;
  /** Only versions published in [from, to). */
  from?: Date;
  to?: Date;
  excludeStoryIds?: number[];
  /**
   * Keyset paging (the read API's cursor): only versions after this one in list order, i.e.
   * published earlier, or at the same moment with a lower story id. Walks the same indexes as
   * the first page, so deep pages cost what the first one does (no OFFSET).
   */
  before?: { publishedAt: Date; storyId: number };
}

export interface VersionStatus {
  lang: Lang;
  status: Status;
  publishedAt: Date | null;
}

/** An article's story as its page reads it ({@link StoryRepository.findArticle}). */
export interface ArticleRead {
  /** Undefined when the story has no version in that language (and the lists below are empty). */
  version: (Version & Story) | undefined;
  /** Every language version's status, this one's included. */
  statuses: VersionStatus[];
  /** In byline order. */
  authors: Author[];
  tags: Tag[];
  /** The stories under "Background:", in order. */
  backgroundIds: number[];
  /** Cards of those readers can see at the time asked for, in the same order. */
  backgroundCards: StoryCard[];
}

/** A language version's status as the article's read lists it: [lang, status, published_at]. */
type StatusTuple = [string, string, string | null];

/**
 * A list of [position, …] rows as the database hands it back (SQLite as JSON text, PostgreSQL
 * parsed), in position order.
 */
function inOrder<T extends [number, ...unknown[]]>(value: string | unknown[]): T[] {
  return listOf<T>(value).sort((a, b) => a[0] - b[0]);
}

/** A JSON list as the database hands it back: SQLite as text, PostgreSQL parsed. */
function listOf<T>(value: string | unknown[]): T[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
}

/** Stories and their language versions. */
export class StoryRepository {
  /** The article page's reads, compiled once (see compiled.ts). */
  private readonly compiled: CompiledQueries;

  constructor(private readonly db: Kysely<Database>) {
    this.compiled = new CompiledQueries(db);
  }

  /** Published versions only, newest first: section, tag, author, archive and front-page lists. */
  async listPublished(q: ListQuery): Promise<StoryCard[]> {
    const rows = await this.publishedQuery(q).execute();
    return rows.map(rowToCard);
  }

  /**
   * The latest `perSection` stories of each section, in one round trip
   * (a UNION ALL of small indexed reads, one per section).
   */
  async latestPerSection(lang: Lang, now: Date, sectionIds: number[], perSection: number): Promise<StoryCard[]> {
    if (sectionIds.length === 0) return [];
    const parts = sectionIds.map((sectionId, i) =>
      this.db.selectFrom(this.publishedQuery({ lang, now, sectionId, limit: perSection }).as(`s${i}`)).selectAll(),
    );
    let query = parts[0]!;
    for (const part of parts.slice(1)) query = query.unionAll(part);
    const rows = await query.execute();
    return rows.map((r) => rowToCard(r as CardRow));
  }

  /** Cards for the given story ids in one language, published only, in the order asked. */
  async cardsByIds(lang: Lang, now: Date, storyIds: number[]): Promise<StoryCard[]> {
    if (storyIds.length === 0) return [];
    const at = now.toISOString();
    const rows = await this.compiled.rows(`cards:${storyIds.length}`, [lang, at, ...storyIds], () =>
      this.db
        .selectFrom('story_versions')
        .select(CARD_COLUMNS)
        .where('lang', '=', lang)
        .where('status', '=', sql.lit('published'))
        .where('published_at', '<=', at)
        .where('story_id', 'in', storyIds),
    );
    const byId = new Map(rows.map((r) => [r.story_id, rowToCard(r)]));
    return storyIds.flatMap((id) => byId.get(id) ?? []);
  }

  /** Bodies of several versions in one language, in one query (full-text feeds). */
  async bodiesByIds(lang: Lang, storyIds: number[]): Promise<Map<number, Block[]>> {
    if (storyIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('story_versions')
      .select(['story_id', 'body'])
      .where('lang', '=', lang)
      .where('story_id', 'in', storyIds)
      .execute();
    return new Map(rows.map((r) => [r.story_id, JSON.parse(r.body) as Block[]]));
  }

  /** One version with its story's fields, whatever its status (callers check visibility). */
  async findVersion(storyId: number, lang: Lang): Promise<(Version & Story) | undefined> {
    const [row] = await this.compiled.rows('version', [storyId, lang], () =>
      this.db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).where('lang', '=', lang),
    );
    return row ? toVersion(row) : undefined;
  }

  /**
   * What an article page reads of its story, in one query: this version (as {@link findVersion})
   * and, when it exists, the status of every language version (as {@link versionStatuses}), its
   * byline, tags and "Background:" stories (the first two as the taxonomy's `authorsOfStory` and
   * `tagsOfStories`; the last with the cards of those readers can see at `now`, as
   * {@link cardsByIds}). One row: the statuses and the three lists come in it as JSON arrays, so
   * the other languages' headlines, leads and dates are not made into strings for nothing
   * (SQLite: about a fifth of the query's time). One round trip instead of five: on PostgreSQL
   * each costs the server's process and ours a wake-up and a message each way.
   */
  async findArticle(storyId: number, lang: Lang, now: Date): Promise<ArticleRead> {
    const at = now.toISOString();
    // Each list as one JSON array of [position, …] arrays, sorted here: an ordered aggregate
    // costs SQLite a temporary B-tree per list (twice the time of the whole query).
    const list = (row: string) => (isPostgres(this.db) ? `coalesce(json_agg(json_build_array(${row})), '[]')` : `json_group_array(json_array(${row}))`);
    const subquery = (text: string) => sql<string | unknown[]>`(${sql.raw(text)})`;
    const [row] = await this.compiled.rows('article', [at, storyId, lang], () =>
      this.db
        .selectFrom('story_versions')
        .select([...VERSION_COLUMNS, 'body'])
        .select(subquery(`select ${list('v.lang, v.status, v.published_at')} from story_versions as v where v.story_id = story_versions.story_id`).as('statuses'))
        .select(
          subquery(
            `select ${list('sa.position, sa.author_id, t.name, t.slug, t.title, t.bio, a.photo_media_id')} from story_authors as sa ` +
              'inner join author_translations as t on t.author_id = sa.author_id and t.lang = story_versions.lang ' +
              'inner join authors as a on a.id = sa.author_id where sa.story_id = story_versions.story_id',
          ).as('authors'),
        )
        .select(
          subquery(
            `select ${list('st.position, t.tag_id, t.name, t.slug')} from story_tags as st ` +
              'inner join tag_translations as t on t.tag_id = st.tag_id and t.lang = story_versions.lang ' +
              'where st.story_id = story_versions.story_id',
          ).as('tags'),
        )
        .select(
          sql<string | unknown[]>`(select ${sql.raw(list(`b.position, b.target_story_id, ${CARD_COLUMNS.map((c) => `c.${c}`).join(', ')}`))} from story_background as b
              left join story_versions as c on c.story_id = b.target_story_id and c.lang = story_versions.lang and c.status = 'published' and c.published_at <= ${at}
              where b.story_id = story_versions.story_id)`.as('background'),
        )
        .where('story_id', '=', storyId)
        .where('lang', '=', lang),
    );
    if (!row) return { version: undefined, statuses: [], authors: [], tags: [], backgroundIds: [], backgroundCards: [] };
    const { statuses, authors, tags, background, ...version } = row;
    const cards = inOrder<[number, number, ...unknown[]]>(background);
    return {
      version: toVersion(version),
      statuses: listOf<StatusTuple>(statuses).map(([lang, status, publishedAt]) => toStatus({ lang, status, published_at: publishedAt })),
      authors: inOrder<[number, number, string, string, string, string, number | null]>(authors).map(([, id, name, slug, title, bio, photoMediaId]) => ({ id, name, slug, lang, title, bio, photoMediaId })),
      tags: inOrder<[number, number, string, string]>(tags).map(([, id, name, slug]) => ({ id, name, slug, lang })),
      backgroundIds: cards.map(([, id]) => id),
      // A story readers cannot see (yet) is listed with its card's columns null.
      backgroundCards: cards.flatMap(([, , ...card]) => (card[0] === null ? [] : [rowToCard(Object.fromEntries(CARD_COLUMNS.map((c, i) => [c, card[i]])) as CardRow)])),
    };
  }

  /** Status and publication time of every language version of a story (language switcher, hreflang). */
  async versionStatuses(storyId: number): Promise<VersionStatus[]> {
    const rows = await this.compiled.rows('statuses', [storyId], () =>
      this.db.selectFrom('story_versions').select(['lang', 'status', 'published_at']).where('story_id', '=', storyId),
    );
    return rows.map(toStatus);
  }

  /** Author ids of a story, in byline order. */
  async authorIds(storyId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('story_authors')
      .select('author_id')
      .where('story_id', '=', storyId)
      .orderBy('position')
      .execute();
    return rows.map((r) => r.author_id);
  }

  /** The highest story id, 0 when there are none. */
  async maxStoryId(): Promise<number> {
    const row = await this.db.selectFrom('stories').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
    return Number(row?.max ?? 0);
  }

  /** How many stories exist (any status): the seed uses it to decide whether to run. */
  async countStories(): Promise<number> {
    const row = await this.db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private publishedQuery(q: ListQuery): SelectQueryBuilder<Database, 'story_versions', CardRow> {
    const now = q.now.toISOString();
    // Tag and author lists read their listing table in order and join each version by key;
    // every other list walks a partial index of published versions.
    const listing = q.tagId !== undefined ? ('tag_listings' as const) : q.authorId !== undefined ? ('author_listings' as const) : undefined;
    let query: SelectQueryBuilder<any, any, any>;
    let order: string;
    if (listing) {
      const [column, value] = listing === 'tag_listings' ? ['l.tag_id', q.tagId!] : ['l.author_id', q.authorId!];
      query = (this.db as Kysely<any>)
        .selectFrom(`${listing} as l`)
        .innerJoin('story_versions', (j: any) => j.onRef('story_versions.story_id', '=', 'l.story_id').onRef('story_versions.lang', '=', 'l.lang'))
        .where(column as any, '=', value)
        .where('l.lang', '=', q.lang)
        .where('l.published_at', '<=', now);
      order = 'l';
      if (q.from) query = query.where('l.published_at', '>=', q.from.toISOString());
      if (q.to) query = query.where('l.published_at', '<', q.to.toISOString());
    } else {
      query = this.db
        .selectFrom('story_versions')
        .where('story_versions.lang', '=', q.lang)
        .where('story_versions.published_at', '<=', now);
      order = 'story_versions';
      if (q.from) query = query.where('story_versions.published_at', '>=', q.from.toISOString());
      if (q.to) query = query.where('story_versions.published_at', '<', q.to.toISOString());
    }
    // A literal, so the planners use the partial indexes on published versions.
    query = query.select(CARD_COLUMNS.map((c) => `story_versions.${c}`)).where('story_versions.status', '=', sql.lit('published'));
    if (q.sectionId !== undefined) query = query.where('story_versions.section_id', '=', q.sectionId);
    if (q.kind !== undefined) query = query.where('story_versions.kind', '=', q.kind);
    if (q.minImportance !== undefined) query = query.where('story_versions.importance', '>=', q.minImportance);
    if (q.excludeStoryIds?.length) query = query.where('story_versions.story_id', 'not in', q.excludeStoryIds);
    // A tag list reads tag_listings; an author asked for as well is checked per row.
    if (listing === 'tag_listings' && q.authorId !== undefined) {
      const authorId = q.authorId;
      query = query.where((eb: any) =>
        eb.exists(eb.selectFrom('story_authors as sa').select('sa.story_id').whereRef('sa.story_id', '=', 'story_versions.story_id').where('sa.author_id', '=', authorId)),
      );
    }
    if (q.before) {
      // A row-value comparison: both databases use it as a range bound on (published_at, story_id).
      const { publishedAt, storyId } = q.before;
      query = query.where((eb: any) => eb(eb.refTuple(`${order}.published_at`, `${order}.story_id`), '<', eb.tuple(publishedAt.toISOString(), storyId)));
    }
    return query
      .orderBy(`${order}.published_at`, 'desc')
      .orderBy(`${order}.story_id`, 'desc')
      .limit(q.limit)
      .offset(q.offset ?? 0) as SelectQueryBuilder<Database, 'story_versions', CardRow>;
  }
}

/** The columns of a version but its body. */
const VERSION_COLUMNS = [
  'story_id',
  'lang',
  'status',
  'kind',
  'section_id',
  'importance',
  'has_video',
  'has_photos',
  'headline',
  'lead',
  'source',
  'lead_media_id',
  'published_at',
  'updated_at',
  'update_note',
  'modified_at',
] as const satisfies readonly (keyof StoryVersionTable)[];

function toVersion(row: Omit<Selectable<StoryVersionTable>, 'lock_version'>): Version & Story {
  return {
    ...cardFields(row),
    id: row.story_id,
    status: row.status as Status,
    body: JSON.parse(row.body) as Block[],
    source: row.source ? (JSON.parse(row.source) as SourceAttribution) : null,
    publishedAt: toDateOrNull(row.published_at),
    updateNote: row.update_note,
    modifiedAt: toDate(row.modified_at),
    createdAt: toDate(row.modified_at),
  };
}

function toStatus(row: Pick<Selectable<StoryVersionTable>, 'lang' | 'status' | 'published_at'>): VersionStatus {
  return { lang: row.lang as Lang, status: row.status as Status, publishedAt: toDateOrNull(row.published_at) };
}

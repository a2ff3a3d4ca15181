import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Block } from '../../domain/blocks.js';
import type { Lang } from '../../domain/locale.js';
import { documentId } from '../../domain/search/search-document.js';
import type { SearchQuery } from '../../domain/search/search-query.js';
import { STATUSES, type Kind, type Status, type StoryCard } from '../../domain/story.js';
import { isPostgres, toDateOrNull } from '../dialect.js';
import type { Database } from '../schema.js';
import { ftsMatch, pgTsQuery } from './search-syntax.js';
import { rowToCard } from '../story-repository.js';
import { inRefOrder } from '../version-refs.js';

/** What one language's search looks for and among which versions. */
export interface MatchQuery {
  lang: Lang;
  /** A non-empty parsed query for `lang`. */
  query: SearchQuery;
  /** Readers: published versions, published by `now`. */
  publishedOnly: boolean;
  now: Date;
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Newsroom searches: versions in this workflow status only. */
  status?: Status;
  /** Newsroom searches: stories this member started only. */
  createdBy?: number;
  /** Published in [from, to). */
  from?: Date;
  to?: Date;
  /** Most matches returned: the newest ones. */
  limit: number;
}

/** A matching version with its text relevance (higher is better; the scales differ per database). */
export interface Match {
  storyId: number;
  lang: Lang;
  publishedAt: Date | null;
  relevance: number;
}

/** A matching version as a results page shows it, whatever its status. */
export interface MatchedVersion {
  card: StoryCard;
  status: Status;
  kind: Kind;
  body: Block[];
}

// Column weights for FTS5's bm25, in the table's column order (headline, lead, body, meta):
// a word in the headline counts most, then the lead, then section/tags/authors, then the body.
const BM25 = sql.raw('bm25(search_fts, 10.0, 4.0, 1.0, 2.0)');
// ts_rank_cd's weights for D (body), C (meta), B (lead), A (headline): the same order of importance.
const PG_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** PostgreSQL walks at most this many of a language's newest versions through the doc_id index. */
const PG_RECENT_VERSIONS = 10_000;

/**
 * Full-text queries over the search index, on SQLite (FTS5) and PostgreSQL (tsvector).
 *
 * Both read the newest `limit` matching versions in index order (doc_id, which grows with the
 * story id) and compute their text relevance; the caller blends it with recency. FTS5 walks a
 * term's doclist backwards for `ORDER BY rowid DESC`, so a word found in half the archive costs
 * what a rare one does: only the newest matches are read.
 */
export class SearchRepository {
  private readonly options: { recentVersions: number };

  /** `recentVersions`: PostgreSQL's bounded walk (see matches); tests make it small. */
  constructor(
    private readonly db: Kysely<Database>,
    options: { recentVersions?: number } = {},
  ) {
    this.options = { recentVersions: Math.max(1, options.recentVersions ?? PG_RECENT_VERSIONS) };
  }

  async matches(q: MatchQuery): Promise<Match[]> {
    const bounds = q.from || q.to ? await this.documentBounds(q) : undefined;
    if (bounds === null) return [];
    const pg = isPostgres(this.db);
    const db = this.db as Kysely<any>;
    const tsquery = sql`cast(${pg ? pgTsQuery(q.query) : ''} as tsquery)`;
    let query = pg
      ? db
          .selectFrom('search_documents as d')
          .select(sql<number>`ts_rank_cd(cast(${PG_WEIGHTS} as float4[]), d.terms, ${tsquery})`.as('score'))
          .where(sql<SqlBool>`d.terms @@ ${tsquery}`)
      : db
          .selectFrom('search_fts')
          // CROSS JOIN makes SQLite keep the full-text table as the outer loop (walked newest
          // first, stopped at the limit); left to itself, the planner would read every published
          // version of the language and look each up in the index.
          .crossJoin('search_documents as d')
          .whereRef('d.doc_id', '=', 'search_fts.rowid')
          .select(sql<number>`-${BM25}`.as('score'))
          .where(sql<SqlBool>`search_fts match ${ftsMatch(q.query)}`)
          // The rowid (documentId) tells the language: other languages' matches of a shared word
          // («школ» is Ukrainian and Russian) are skipped before their lookup.
          .where(sql<SqlBool>`search_fts.rowid % 4 = ${documentId(0, q.lang)}`);
    query = query.select(['d.story_id', 'd.lang', 'd.published_at']).where('d.lang', '=', q.lang);
    if (bounds) {
      const id = pg ? sql.ref('d.doc_id') : sql.ref('search_fts.rowid');
      query = query.where(sql<SqlBool>`${id} between ${bounds.first} and ${bounds.last}`);
    }
    if (q.publishedOnly) {
      query = query.where('d.status', '=', sql.lit('published')).where('d.published_at', '<=', q.now.toISOString());
    }
    if (q.status !== undefined) query = query.where('d.status', '=', q.status);
    if (q.sectionId !== undefined) query = query.where('d.section_id', '=', q.sectionId);
    if (q.from) query = query.where('d.published_at', '>=', q.from.toISOString());
    if (q.to) query = query.where('d.published_at', '<', q.to.toISOString());
    if (q.tagId !== undefined) {
      const tagId = q.tagId;
      query = query.where((eb: any) => eb.exists(eb.selectFrom('story_tags as t').select('t.story_id').whereRef('t.story_id', '=', 'd.story_id').where('t.tag_id', '=', tagId)));
    }
    if (q.authorId !== undefined) {
      const authorId = q.authorId;
      query = query.where((eb: any) =>
        eb.exists(eb.selectFrom('story_authors as a').select('a.story_id').whereRef('a.story_id', '=', 'd.story_id').where('a.author_id', '=', authorId)),
      );
    }
    if (q.createdBy !== undefined) {
      const createdBy = q.createdBy;
      query = query.where((eb: any) => eb.exists(eb.selectFrom('stories as s').select('s.id').whereRef('s.id', '=', 'd.story_id').where('s.created_by', '=', createdBy)));
    }
    type Row = { story_id: number; lang: string; published_at: Date | string | null; score: number | string };
    const newest = (qb: typeof query, limit: number) => qb.orderBy(pg ? 'd.doc_id' : 'search_fts.rowid', 'desc').limit(limit).execute() as Promise<Row[]>;
    let rows: Row[];
    const cutoff = pg && !bounds ? await this.recentCutoff(q.lang) : undefined;
    if (cutoff === undefined) {
      rows = await newest(query, q.limit);
    } else {
      // PostgreSQL picks between walking the doc_id index newest first (right for a common word)
      // and collecting the word's matches from the GIN index (right for a rare one) by its guess
      // of the word's frequency, and guesses prefixes and alternatives badly: a rare name typed
      // as a prefix walked most of a million-version index. So the walk is bounded to the newest
      // versions of the language, and only if they hold too few matches are the older ones
      // collected from the GIN index («+ 0» keeps the planner from walking the index for them).
      rows = await newest(query.where('d.doc_id', '>=', cutoff), q.limit);
      if (rows.length < q.limit) {
        const older = (await query
          .where('d.doc_id', '<', cutoff)
          .orderBy(sql`d.doc_id + 0`, 'desc')
          .limit(q.limit - rows.length)
          .execute()) as Row[];
        rows = rows.concat(older);
      }
    }
    return rows.map((r) => ({ storyId: r.story_id, lang: r.lang as Lang, publishedAt: toDateOrNull(r.published_at), relevance: Number(r.score) || 0 }));
  }

  /**
   * PostgreSQL: the doc_id of the language's newest `recentVersions`-th version, the bound of a
   * search's walk through the index; undefined when the language has fewer versions.
   */
  private async recentCutoff(lang: Lang): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('search_documents')
      .select('doc_id')
      .where('lang', '=', lang)
      .orderBy('doc_id', 'desc')
      .offset(this.options.recentVersions - 1)
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.doc_id);
  }

  /**
   * The first and last document ids published in the query's days (null: none). Ids grow with
   * the story id, not with the publication time, so they only bound the walk: a search for one
   * month of a twenty-year archive reads that stretch of the index, where walking newest first
   * would read every newer and older match of a common word to find the few in range.
   */
  private async documentBounds(q: MatchQuery): Promise<{ first: number; last: number } | null> {
    let query = this.db
      .selectFrom('search_documents')
      // «+ 0»: PostgreSQL would answer a bare min(doc_id) by walking the doc_id index from its
      // start until a row falls in the days, i.e. most of the archive; this reads the days' range.
      .select([sql<number | null>`min(doc_id + 0)`.as('first'), sql<number | null>`max(doc_id + 0)`.as('last')])
      .where('lang', '=', q.lang)
      // Every status listed, so the (lang, status, published_at) index serves each one's range.
      .where('status', 'in', q.publishedOnly ? ['published'] : q.status !== undefined ? [q.status] : [...STATUSES]);
    if (q.from) query = query.where('published_at', '>=', q.from.toISOString());
    if (q.to) query = query.where('published_at', '<', q.to.toISOString());
    if (q.publishedOnly) query = query.where('published_at', '<=', q.now.toISOString());
    const row = await query.executeTakeFirst();
    if (row?.first === null || row?.first === undefined || row.last === null) return null;
    return { first: Number(row.first), last: Number(row.last) };
  }

  /** The versions to show, any status, in the order asked; versions gone since are left out. */
  async versions(refs: readonly { storyId: number; lang: Lang }[]): Promise<MatchedVersion[]> {
    if (refs.length === 0) return [];
    const rows = await this.db
      .selectFrom('story_versions')
      .select([
        'story_id', 'lang', 'status', 'kind', 'section_id', 'importance', 'has_video', 'has_photos',
        'headline', 'lead', 'lead_media_id', 'published_at', 'updated_at', 'modified_at', 'body',
      ])
      .where('story_id', 'in', [...new Set(refs.map((r) => r.storyId))])
      .where('lang', 'in', [...new Set(refs.map((r) => r.lang))])
      .execute();
    return inRefOrder(refs, rows).map((r) => ({
      // A version never published (newsroom searches) shows when it was last changed.
      card: rowToCard({ ...r, published_at: r.published_at ?? r.modified_at }),
      status: r.status as Status,
      kind: r.kind as Kind,
      body: JSON.parse(r.body) as Block[],
    }));
  }

  /** Ids of the section, tag and author with these slugs in `lang`; undefined for an unknown slug. */
  async sectionId(lang: Lang, slug: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('section_translations').select('section_id').where('lang', '=', lang).where('slug', '=', slug).executeTakeFirst();
    return row?.section_id;
  }

  async tagId(lang: Lang, slug: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('tag_translations').select('tag_id').where('lang', '=', lang).where('slug', '=', slug).executeTakeFirst();
    return row?.tag_id;
  }

  async authorId(lang: Lang, slug: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('author_translations').select('author_id').where('lang', '=', lang).where('slug', '=', slug).executeTakeFirst();
    return row?.author_id;
  }
}

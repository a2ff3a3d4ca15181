import type { Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import { toDate } from './dialect.js';
import type { Database } from './schema.js';
import { SearchIndexRepository } from './search/search-index-repository.js';
import { SitemapRepository, type MonthChange } from './sitemap-repository.js';

/**
 * The one step that keeps every table derived from a story in step with it: the tag and author
 * listings, the sitemap's month counts and the search index (docs/decisions/0018). The newsroom's
 * services, the demo seed, test fixtures and importers all call it in the transaction that wrote
 * the story, and nothing else writes those rows (`seed --reset`, `reindex` and a change of
 * TIME_ZONE rebuild them whole).
 *
 * The planning part is pure: given what a story is now and what the index last recorded of it,
 * {@link planProjection} says which rows to hold; {@link StoryProjection} reads, plans and writes.
 */

/** A language version as the derived tables see it. */
export interface ProjectedVersion {
  storyId: number;
  lang: Lang;
  status: string;
  publishedAt: Date | null;
  modifiedAt: Date;
}

/** What the derived tables are made of: versions and the story's tags and authors. */
export interface ProjectionState {
  versions: ProjectedVersion[];
  tagIds: ReadonlyMap<number, readonly number[]>;
  authorIds: ReadonlyMap<number, readonly number[]>;
}

/** A version the derived tables last recorded as published (from its search document). */
export interface PreviouslyPublished {
  lang: Lang;
  publishedAt: Date;
}

export interface ListingRow {
  lang: Lang;
  published_at: string;
  story_id: number;
}

export interface ProjectionPlan {
  tagListings: (ListingRow & { tag_id: number })[];
  authorListings: (ListingRow & { author_id: number })[];
  /** The months a version left and the months it is in now, to be counted again. */
  months: MonthChange[];
}

const isListed = (v: ProjectedVersion): v is ProjectedVersion & { publishedAt: Date } => v.status === 'published' && v.publishedAt !== null;

/**
 * The rows a set of stories should hold in the listings, and the sitemap months to count again.
 * `changedAt` is when the write happened (a newsroom save); without it, as in a bulk load, each
 * version's own modification time dates its month.
 *
 * @example planProjection({ versions: [{ storyId: 7, lang: 'en', status: 'published', publishedAt, modifiedAt }],
 *   tagIds: new Map([[7, [3]]]), authorIds: new Map([[7, [2]]]) }, [], now)
 * // { tagListings: [{ tag_id: 3, lang: 'en', … }], authorListings: [{ author_id: 2, … }], months: [{ lang: 'en', publishedAt, changedAt: now }] }
 */
export function planProjection(state: ProjectionState, previous: readonly PreviouslyPublished[], changedAt?: Date): ProjectionPlan {
  const listed = state.versions.filter(isListed);
  const row = (v: ProjectedVersion & { publishedAt: Date }): ListingRow => ({ lang: v.lang, published_at: v.publishedAt.toISOString(), story_id: v.storyId });
  return {
    tagListings: listed.flatMap((v) => (state.tagIds.get(v.storyId) ?? []).map((tag_id) => ({ tag_id, ...row(v) }))),
    authorListings: listed.flatMap((v) => (state.authorIds.get(v.storyId) ?? []).map((author_id) => ({ author_id, ...row(v) }))),
    months: [
      ...previous.map((p) => ({ lang: p.lang, publishedAt: p.publishedAt, changedAt: changedAt ?? p.publishedAt })),
      ...listed.map((v) => ({ lang: v.lang, publishedAt: v.publishedAt, changedAt: changedAt ?? v.modifiedAt })),
    ],
  };
}

/** Which stories to project, and which of their languages changed (all when the meta changed). */
export interface ProjectionScope {
  storyIds: readonly number[];
  /** Languages whose versions were written; every language when omitted. */
  langs?: readonly Lang[];
  /** When the write happened: dates the months it touched (see {@link planProjection}). */
  changedAt?: Date;
}

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters. */
const CHUNK = 200;
/** Ids per `in (…)` list. */
const ID_CHUNK = 1000;

/**
 * Writes the derived rows of stories after any change to them. Build it on the writing
 * transaction, so the derived rows commit or roll back with the change.
 *
 * @example await new StoryProjection(trx).project({ storyIds: [7], langs: ['en'], changedAt: now })
 */
export class StoryProjection {
  constructor(private readonly db: Kysely<Database>) {}

  async project(scope: ProjectionScope): Promise<void> {
    for (let i = 0; i < scope.storyIds.length; i += ID_CHUNK) await this.projectChunk({ ...scope, storyIds: scope.storyIds.slice(i, i + ID_CHUNK) });
  }

  private async projectChunk(scope: ProjectionScope): Promise<void> {
    const ids = [...scope.storyIds];
    if (ids.length === 0) return;
    const langs = scope.langs ? [...scope.langs] : undefined;
    if (langs?.length === 0) return;
    const db = this.db;
    let versionQuery = db.selectFrom('story_versions').select(['story_id', 'lang', 'status', 'published_at', 'modified_at']).where('story_id', 'in', ids);
    // What the index recorded before this write: the months a version leaves must be counted again.
    let previousQuery = db
      .selectFrom('search_documents')
      .select(['lang', 'published_at'])
      .where('story_id', 'in', ids)
      .where('status', '=', 'published')
      .where('published_at', 'is not', null);
    if (langs) {
      versionQuery = versionQuery.where('lang', 'in', langs);
      previousQuery = previousQuery.where('lang', 'in', langs);
    }
    const [versions, previous, tags, authors] = await Promise.all([
      versionQuery.execute(),
      previousQuery.execute(),
      db.selectFrom('story_tags').select(['story_id', 'tag_id as id']).where('story_id', 'in', ids).orderBy('story_id').orderBy('position').execute(),
      db.selectFrom('story_authors').select(['story_id', 'author_id as id']).where('story_id', 'in', ids).orderBy('story_id').orderBy('position').execute(),
    ]);
    const plan = planProjection(
      {
        versions: versions.map((v) => ({
          storyId: v.story_id, lang: v.lang as Lang, status: v.status, publishedAt: v.published_at === null ? null : toDate(v.published_at), modifiedAt: toDate(v.modified_at),
        })),
        tagIds: group(tags),
        authorIds: group(authors),
      },
      previous.map((p) => ({ lang: p.lang as Lang, publishedAt: toDate(p.published_at!) })),
      scope.changedAt,
    );
    for (const table of ['tag_listings', 'author_listings'] as const) {
      let remove = db.deleteFrom(table).where('story_id', 'in', ids);
      if (langs) remove = remove.where('lang', 'in', langs);
      await remove.execute();
    }
    for (let i = 0; i < plan.tagListings.length; i += CHUNK) await db.insertInto('tag_listings').values(plan.tagListings.slice(i, i + CHUNK)).execute();
    for (let i = 0; i < plan.authorListings.length; i += CHUNK) await db.insertInto('author_listings').values(plan.authorListings.slice(i, i + CHUNK)).execute();
    // The index is rewritten before the months are counted: both read the versions as written.
    const search = new SearchIndexRepository(db);
    if (langs) await search.reindexVersions(ids.flatMap((storyId) => langs.map((lang) => ({ storyId, lang }))));
    else await search.reindexStories(ids);
    await new SitemapRepository(db).refreshMonths(plan.months);
  }
}

function group(rows: { story_id: number; id: number }[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const r of rows) {
    const list = map.get(r.story_id);
    if (list) list.push(r.id);
    else map.set(r.story_id, [r.id]);
  }
  return map;
}

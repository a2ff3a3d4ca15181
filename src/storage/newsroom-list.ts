import type { Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import type { Kind, Status } from '../domain/story.js';
import { toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';
import { inRefOrder } from './version-refs.js';

/** Filters of the newsroom's story list; every one optional. */
export interface NewsroomFilter {
  lang?: Lang;
  status?: Status;
  sectionId?: number;
  authorId?: number;
  /** Only stories this member started. */
  createdBy?: number;
  /** Last changed in [from, to). */
  from?: Date;
  to?: Date;
  limit: number;
  /** Continue after this item of the previous page. */
  after?: { modifiedAt: Date; storyId: number; lang: Lang };
}

export interface NewsroomItem {
  storyId: number;
  lang: Lang;
  kind: Kind;
  sectionId: number;
  status: Status;
  headline: string;
  publishedAt: Date | null;
  modifiedAt: Date;
  lockVersion: number;
  createdBy: number | null;
}

const ITEM_COLUMNS = ['v.story_id', 'v.lang', 'v.kind', 'v.section_id', 'v.status', 'v.headline', 'v.published_at', 'v.modified_at', 'v.lock_version', 's.created_by'] as const;

const versionsWithStory = (db: Kysely<Database>) =>
  db.selectFrom('story_versions as v').innerJoin('stories as s', 's.id', 'v.story_id').select(ITEM_COLUMNS);

/**
 * The newsroom's story list: every version in any status, most recently changed first, with
 * keyset pagination (stable while people keep saving). Searching by words is the search engine's
 * job (services/search/newsroom-search.ts), not this list's.
 */
export async function listForNewsroom(db: Kysely<Database>, f: NewsroomFilter): Promise<NewsroomItem[]> {
  let q = versionsWithStory(db);
  if (f.lang) q = q.where('v.lang', '=', f.lang);
  if (f.status) q = q.where('v.status', '=', f.status);
  if (f.sectionId !== undefined) q = q.where('v.section_id', '=', f.sectionId);
  if (f.createdBy !== undefined) q = q.where('s.created_by', '=', f.createdBy);
  if (f.authorId !== undefined) {
    const authorId = f.authorId;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('story_authors as a').select('a.story_id').whereRef('a.story_id', '=', 'v.story_id').where('a.author_id', '=', authorId)),
    );
  }
  if (f.from) q = q.where('v.modified_at', '>=', f.from.toISOString());
  if (f.to) q = q.where('v.modified_at', '<', f.to.toISOString());
  if (f.after) {
    const { modifiedAt, storyId, lang } = f.after;
    const at = modifiedAt.toISOString();
    q = q.where((eb) =>
      eb.or([
        eb('v.modified_at', '<', at),
        eb.and([eb('v.modified_at', '=', at), eb('v.story_id', '<', storyId)]),
        eb.and([eb('v.modified_at', '=', at), eb('v.story_id', '=', storyId), eb('v.lang', '<', lang)]),
      ]),
    );
  }
  const rows = await q.orderBy('v.modified_at', 'desc').orderBy('v.story_id', 'desc').orderBy('v.lang', 'desc').limit(f.limit).execute();
  return rows.map(rowToItem);
}

/**
 * The list items of these versions, in the order asked; versions gone since are left out.
 *
 * @example await newsroomItems(db, [{ storyId: 7, lang: 'en' }])
 */
export async function newsroomItems(db: Kysely<Database>, refs: readonly { storyId: number; lang: Lang }[]): Promise<NewsroomItem[]> {
  if (refs.length === 0) return [];
  const rows = await versionsWithStory(db)
    .where('v.story_id', 'in', [...new Set(refs.map((r) => r.storyId))])
    .where('v.lang', 'in', [...new Set(refs.map((r) => r.lang))])
    .execute();
  return inRefOrder(refs, rows).map(rowToItem);
}

function rowToItem(r: {
  story_id: number; lang: string; kind: string; section_id: number; status: string; headline: string;
  published_at: Date | string | null; modified_at: Date | string; lock_version: number; created_by: number | null;
}): NewsroomItem {
  return {
    storyId: r.story_id,
    lang: r.lang as Lang,
    kind: r.kind as Kind,
    sectionId: r.section_id,
    status: r.status as Status,
    headline: r.headline,
    publishedAt: toDateOrNull(r.published_at),
    modifiedAt: toDate(r.modified_at),
    lockVersion: r.lock_version,
    createdBy: r.created_by,
  };
}

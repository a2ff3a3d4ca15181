import { sql, type Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import type { Kind, Status } from '../domain/story.js';
import { toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';

/** Filters of the newsroom's story list; every one optional. */
export interface NewsroomFilter {
  lang?: Lang;
  status?: Status;
  sectionId?: number;
  authorId?: number;
  /** Words in the headline, any case, any script. */
  q?: string;
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

/** Escapes LIKE wildcards in what a person typed. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The newsroom's story list: every version in any status, most recently changed first, with
 * keyset pagination (stable while people keep saving).
 */
export async function listForNewsroom(db: Kysely<Database>, f: NewsroomFilter): Promise<NewsroomItem[]> {
  let q = db
    .selectFrom('story_versions as v')
    .innerJoin('stories as s', 's.id', 'v.story_id')
    .select(['v.story_id', 'v.lang', 'v.kind', 'v.section_id', 'v.status', 'v.headline', 'v.published_at', 'v.modified_at', 'v.lock_version', 's.created_by']);
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
  if (f.q?.trim()) q = q.where(sql<string>`casefold(v.headline)`, 'like', sql<string>`${likePattern(f.q.trim())} escape '\\'`);
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
  return rows.map((r) => ({
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
  }));
}

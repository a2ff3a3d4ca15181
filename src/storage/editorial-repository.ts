import type { Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { Importance, Kind, SourceAttribution, Status, StoryMeta, VersionFields } from '../domain/story.js';
import { toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';

export type { StoryMeta, VersionFields };

/** A saved state of a version: its fields and the story's meta at the time. */
export interface RevisionData extends VersionFields {
  story: StoryMeta;
}

export interface EditableStory {
  id: number;
  createdBy: number | null;
  meta: StoryMeta;
}

export interface EditableVersion extends VersionFields {
  storyId: number;
  lang: Lang;
  status: Status;
  lockVersion: number;
  publishedAt: Date | null;
}

export interface Revision {
  id: number;
  storyId: number;
  lang: Lang;
  lockVersion: number;
  userId: number | null;
  userName: string | null;
  at: Date;
  data: RevisionData;
}

/** Changes to a version row; `lockVersion` is the value the caller read (compare-and-swap). */
export interface VersionChange {
  fields?: VersionFields;
  status?: Status;
  publishedAt?: Date | null;
  updatedAt?: Date;
  updateNote?: string;
}

type Referenced = 'sections' | 'tags' | 'authors' | 'media' | 'stories';

/** Ids are 32-bit integer columns: PostgreSQL rejects a larger parameter instead of finding nothing. */
const isRowId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

const flag = (b: boolean) => (b ? 1 : 0);
const fieldColumns = (f: VersionFields) => ({
  headline: f.headline,
  lead: f.lead,
  body: JSON.stringify(f.body),
  source: f.source ? JSON.stringify(f.source) : null,
  lead_media_id: f.leadMediaId,
});
const metaColumns = (m: StoryMeta) => ({
  kind: m.kind,
  section_id: m.sectionId,
  importance: m.importance,
  has_video: flag(m.hasVideo),
  has_photos: flag(m.hasPhotos),
});

/**
 * Newsroom writes to stories and versions. Services build one per transaction
 * (`new EditorialRepository(trx)`), so every write of a use case commits or rolls back together.
 * Versions carry copies of the story's meta, which the methods here keep in step. The derived
 * tables (listings, sitemap months, search index) are not written here: the service calls
 * StoryProjection once its writes are done, in the same transaction.
 */
export class EditorialRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findStory(storyId: number): Promise<EditableStory | undefined> {
    if (!isRowId(storyId)) return undefined;
    const row = await this.db.selectFrom('stories').selectAll().where('id', '=', storyId).executeTakeFirst();
    if (!row) return undefined;
    const tags = await this.db.selectFrom('story_tags').select('tag_id').where('story_id', '=', storyId).orderBy('position').execute();
    const authors = await this.db.selectFrom('story_authors').select('author_id').where('story_id', '=', storyId).orderBy('position').execute();
    return {
      id: row.id,
      createdBy: row.created_by,
      meta: {
        kind: row.kind as Kind,
        sectionId: row.section_id,
        tagIds: tags.map((t) => t.tag_id),
        authorIds: authors.map((a) => a.author_id),
        importance: row.importance as Importance,
        hasVideo: row.has_video === 1,
        hasPhotos: row.has_photos === 1,
      },
    };
  }

  async findVersion(storyId: number, lang: Lang): Promise<EditableVersion | undefined> {
    const row = await this.db.selectFrom('story_versions').selectAll().where('story_id', '=', storyId).where('lang', '=', lang).executeTakeFirst();
    if (!row) return undefined;
    return {
      storyId: row.story_id,
      lang: row.lang as Lang,
      status: row.status as Status,
      lockVersion: row.lock_version,
      publishedAt: toDateOrNull(row.published_at),
      headline: row.headline,
      lead: row.lead,
      body: JSON.parse(row.body) as Block[],
      source: row.source ? (JSON.parse(row.source) as SourceAttribution) : null,
      leadMediaId: row.lead_media_id,
    };
  }

  /** Status of every language version of a story. */
  async versionStatuses(storyId: number): Promise<{ lang: Lang; status: Status }[]> {
    const rows = await this.db.selectFrom('story_versions').select(['lang', 'status']).where('story_id', '=', storyId).execute();
    return rows.map((r) => ({ lang: r.lang as Lang, status: r.status as Status }));
  }

  /** Of the given ids, those with no row in `table` (unknown section, tag, author, media, story). */
  async missingIds(table: Referenced, ids: number[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    const queryable = unique.filter(isRowId);
    if (queryable.length === 0) return unique;
    const rows = await (this.db as Kysely<any>).selectFrom(table).select('id').where('id', 'in', queryable).execute();
    const found = new Set(rows.map((r: { id: number | string }) => Number(r.id)));
    return unique.filter((id) => !found.has(id));
  }

  async insertStory(meta: StoryMeta, createdBy: number, now: Date): Promise<number> {
    const at = now.toISOString();
    const { id } = await this.db
      .insertInto('stories')
      .values({ ...metaColumns(meta), created_by: createdBy, created_at: at, modified_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.replaceLinks(id, meta);
    return id;
  }

  /** Adds a draft version; false when that language exists already (someone added it first). */
  async insertVersion(storyId: number, lang: Lang, meta: StoryMeta, fields: VersionFields, now: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('story_versions')
      .values({
        story_id: storyId, lang, status: 'draft', ...metaColumns(meta), ...fieldColumns(fields),
        published_at: null, updated_at: null, update_note: null, modified_at: now.toISOString(), lock_version: 1,
      })
      .onConflict((oc) => oc.columns(['story_id', 'lang']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * Applies a change only if the version still has `lockVersion`, and raises it by one.
   * False when someone changed the version in between: then nothing was written.
   */
  async updateVersion(storyId: number, lang: Lang, lockVersion: number, change: VersionChange, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('story_versions')
      .set({
        ...(change.fields ? fieldColumns(change.fields) : {}),
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.publishedAt !== undefined ? { published_at: change.publishedAt?.toISOString() ?? null } : {}),
        ...(change.updatedAt !== undefined ? { updated_at: change.updatedAt.toISOString(), update_note: change.updateNote ?? null } : {}),
        modified_at: now.toISOString(),
        lock_version: lockVersion + 1,
      })
      .where('story_id', '=', storyId)
      .where('lang', '=', lang)
      .where('lock_version', '=', lockVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Writes the story's meta to the story, to every version's copies and to its tag and author links. */
  async updateStoryMeta(storyId: number, meta: StoryMeta, now: Date): Promise<void> {
    await this.db.updateTable('stories').set({ ...metaColumns(meta), modified_at: now.toISOString() }).where('id', '=', storyId).execute();
    await this.db.updateTable('story_versions').set(metaColumns(meta)).where('story_id', '=', storyId).execute();
    await this.db.deleteFrom('story_tags').where('story_id', '=', storyId).execute();
    await this.db.deleteFrom('story_authors').where('story_id', '=', storyId).execute();
    await this.replaceLinks(storyId, meta);
  }

  async touchStory(storyId: number, now: Date): Promise<void> {
    await this.db.updateTable('stories').set({ modified_at: now.toISOString() }).where('id', '=', storyId).execute();
  }

  async addRevision(r: { storyId: number; lang: Lang; lockVersion: number; userId: number | null; at: Date; data: RevisionData }): Promise<number> {
    const { id } = await this.db
      .insertInto('revisions')
      .values({ story_id: r.storyId, lang: r.lang, lock_version: r.lockVersion, user_id: r.userId, at: r.at.toISOString(), data: JSON.stringify(r.data) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** Revisions of a version, newest first, with the names of who saved them. */
  async listRevisions(storyId: number, lang: Lang): Promise<Revision[]> {
    const rows = await this.revisionQuery().where('r.story_id', '=', storyId).where('r.lang', '=', lang).orderBy('r.id', 'desc').execute();
    return rows.map(rowToRevision);
  }

  async findRevision(id: number): Promise<Revision | undefined> {
    if (!isRowId(id)) return undefined;
    const row = await this.revisionQuery().where('r.id', '=', id).executeTakeFirst();
    return row ? rowToRevision(row) : undefined;
  }

  /** Who changed a version last and when, from the audit log (saves and status changes alike). */
  async lastChange(subject: string): Promise<{ userId: number | null; userName: string | null; at: Date } | undefined> {
    const row = await this.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.user_id', 'u.name', 'a.at'])
      .where('a.subject', '=', subject)
      .orderBy('a.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { userId: row.user_id, userName: row.name, at: toDate(row.at) } : undefined;
  }

  private revisionQuery() {
    return this.db
      .selectFrom('revisions as r')
      .leftJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.id', 'r.story_id', 'r.lang', 'r.lock_version', 'r.user_id', 'u.name', 'r.at', 'r.data']);
  }

  private async replaceLinks(storyId: number, meta: StoryMeta): Promise<void> {
    if (meta.tagIds.length) {
      await this.db.insertInto('story_tags').values(meta.tagIds.map((tag_id, position) => ({ story_id: storyId, tag_id, position }))).execute();
    }
    if (meta.authorIds.length) {
      await this.db.insertInto('story_authors').values(meta.authorIds.map((author_id, position) => ({ story_id: storyId, author_id, position }))).execute();
    }
  }
}

function rowToRevision(r: {
  id: number; story_id: number; lang: string; lock_version: number; user_id: number | null; name: string | null; at: Date | string; data: string;
}): Revision {
  return {
    id: r.id,
    storyId: r.story_id,
    lang: r.lang as Lang,
    lockVersion: r.lock_version,
    userId: r.user_id,
    userName: r.name,
    at: toDate(r.at),
    data: JSON.parse(r.data) as RevisionData,
  };
}

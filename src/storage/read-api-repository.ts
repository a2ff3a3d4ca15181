import { sql, type Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { Importance, Kind, SourceAttribution } from '../domain/story.js';
import type { Tag } from '../domain/taxonomy.js';
import { toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';
import type { Named } from './taxonomy-repository.js';

/** A language version readers can see, with the story fields it carries. */
export interface PublishedVersion {
  storyId: number;
  lang: Lang;
  kind: Kind;
  sectionId: number;
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
  headline: string;
  lead: string;
  body: Block[];
  source: SourceAttribution | null;
  leadMediaId: number | null;
  publishedAt: Date;
  updatedAt: Date | null;
  updateNote: string | null;
}

/** Reads the public read API needs beyond the reader site's: batches and keyset pages. */
export class ReadApiRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every version of a story that readers may see at `now`, in no particular order. */
  async publishedVersions(storyId: number, now: Date): Promise<PublishedVersion[]> {
    const rows = await this.db
      .selectFrom('story_versions')
      .select(['story_id', 'lang', 'kind', 'section_id', 'importance', 'has_video', 'has_photos', 'headline', 'lead', 'body', 'source', 'lead_media_id', 'published_at', 'updated_at', 'update_note'])
      .where('story_id', '=', storyId)
      .where('status', '=', sql.lit('published'))
      .where('published_at', '<=', now.toISOString())
      .execute();
    return rows.map((r) => ({
      storyId: r.story_id,
      lang: r.lang as Lang,
      kind: r.kind as Kind,
      sectionId: r.section_id,
      importance: r.importance as Importance,
      hasVideo: r.has_video === 1,
      hasPhotos: r.has_photos === 1,
      headline: r.headline,
      lead: r.lead,
      body: JSON.parse(r.body) as Block[],
      source: r.source ? (JSON.parse(r.source) as SourceAttribution) : null,
      leadMediaId: r.lead_media_id,
      publishedAt: toDate(r.published_at!),
      updatedAt: toDateOrNull(r.updated_at),
      updateNote: r.update_note,
    }));
  }

  /** Up to `limit` tags with ids above `afterId`, in id order, named in every language; `more` when others follow. */
  async tagsPage(limit: number, afterId = 0): Promise<{ tags: Named<Tag>[]; more: boolean }> {
    const ids = (await this.db.selectFrom('tags').select('id').where('id', '>', afterId).orderBy('id').limit(limit + 1).execute()).map((r) => r.id);
    const page = ids.slice(0, limit);
    const out = new Map<number, Named<Tag>>(page.map((id) => [id, { id, byLang: {} }]));
    if (page.length > 0) {
      const rows = await this.db.selectFrom('tag_translations').select(['tag_id', 'lang', 'name', 'slug']).where('tag_id', 'in', page).execute();
      for (const r of rows) out.get(r.tag_id)!.byLang[r.lang as Lang] = { id: r.tag_id, name: r.name, slug: r.slug, lang: r.lang as Lang };
    }
    return { tags: [...out.values()], more: ids.length > limit };
  }
}

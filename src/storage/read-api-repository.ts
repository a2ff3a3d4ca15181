import { sql, type Kysely } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { SourceAttribution, StoryCard } from '../domain/story.js';
import type { Tag } from '../domain/taxonomy.js';
import type { Database } from './schema.js';
import { CARD_COLUMNS, rowToCard } from './story-repository.js';
import type { Named } from './taxonomy-repository.js';

/** A language version readers can see: its card, with the body, source line and update note. */
export interface PublishedVersion extends StoryCard {
  body: Block[];
  source: SourceAttribution | null;
  updateNote: string | null;
}

/** Reads the public read API needs beyond the reader site's: batches and keyset pages. */
export class ReadApiRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every version of a story that readers may see at `now`, in no particular order. */
  async publishedVersions(storyId: number, now: Date): Promise<PublishedVersion[]> {
    const rows = await this.db
      .selectFrom('story_versions')
      .select([...CARD_COLUMNS, 'body', 'source', 'update_note'])
      .where('story_id', '=', storyId)
      .where('status', '=', sql.lit('published'))
      .where('published_at', '<=', now.toISOString())
      .execute();
    return rows.map((r) => ({
      ...rowToCard(r),
      body: JSON.parse(r.body) as Block[],
      source: r.source ? (JSON.parse(r.source) as SourceAttribution) : null,
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

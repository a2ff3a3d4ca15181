import { sql, type Kysely } from 'kysely';
import type { Lang } from '../../domain/locale.js';
import type { Database } from '../schema.js';

/** The words a "did you mean" vocabulary is built from: one edition's headlines, leads and names. */
export interface VocabularyText {
  headline: string;
  lead: string;
}

/**
 * Reads for the search suggestions' vocabulary (services/search/search-suggest.ts). Read-only, and only
 * what readers can see; nothing is written when a story is published.
 */
export class SearchVocabularyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Headlines and leads of the published versions in `lang`, newest first, `limit` of them after
   * skipping `offset` (the service reads a few hundred at a time and lets other work run between).
   */
  async publishedTexts(lang: Lang, now: Date, offset: number, limit: number): Promise<VocabularyText[]> {
    return this.db
      .selectFrom('story_versions')
      .select(['headline', 'lead'])
      .where('lang', '=', lang)
      .where('status', '=', sql.lit('published'))
      .where('published_at', '<=', now.toISOString())
      .orderBy('published_at', 'desc')
      .orderBy('story_id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute();
  }

  /** Names of every section, tag and author in `lang`. */
  async names(lang: Lang): Promise<string[]> {
    const [sections, tags, authors] = await Promise.all([
      this.db.selectFrom('section_translations').select('name').where('lang', '=', lang).execute(),
      this.db.selectFrom('tag_translations').select('name').where('lang', '=', lang).execute(),
      this.db.selectFrom('author_translations').select('name').where('lang', '=', lang).execute(),
    ]);
    return [...sections, ...tags, ...authors].map((r) => r.name);
  }
}

import type { Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import type { Media, MediaVariant } from '../domain/taxonomy.js';
import type { Database } from './schema.js';

export class MediaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Media by id with caption, credit and alt text in one language (empty where untranslated). */
  async byIds(lang: Lang, ids: number[]): Promise<Map<number, Media>> {
    const out = new Map<number, Media>();
    const unique = [...new Set(ids)];
    if (unique.length === 0) return out;
    const rows = await this.db
      .selectFrom('media as m')
      .leftJoin('media_translations as t', (j) => j.onRef('t.media_id', '=', 'm.id').on('t.lang', '=', lang))
      .select(['m.id', 'm.path', 'm.width', 'm.height', 'm.mime', 'm.variants', 't.caption', 't.credit', 't.alt'])
      .where('m.id', 'in', unique)
      .execute();
    for (const r of rows)
      out.set(r.id, {
        id: r.id,
        path: r.path,
        width: r.width,
        height: r.height,
        mime: r.mime,
        variants: JSON.parse(r.variants) as MediaVariant[],
        caption: r.caption ?? '',
        credit: r.credit ?? '',
        alt: r.alt ?? '',
      });
    return out;
  }
}

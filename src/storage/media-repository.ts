import { sql, type Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import type { Media, MediaVariant } from '../domain/taxonomy.js';
import { toDate } from './dialect.js';
import { CompiledQueries } from './compiled.js';
import type { Database } from './schema.js';

/** A library entry: the stored image with its texts in every language. */
export interface LibraryItem {
  id: number;
  path: string;
  width: number;
  height: number;
  mime: string;
  variants: MediaVariant[];
  createdAt: Date;
  texts: Partial<Record<Lang, { caption: string; credit: string; alt: string }>>;
}

export class MediaRepository {
  /** Reads of reader pages, compiled once (see compiled.ts). */
  private readonly compiled: CompiledQueries;

  constructor(private readonly db: Kysely<Database>) {
    this.compiled = new CompiledQueries(db);
  }

  /** The media library, newest first, `limit` at most, paging back by id. */
  async library(limit: number, beforeId?: number): Promise<LibraryItem[]> {
    let q = this.db.selectFrom('media').select(['id', 'path', 'width', 'height', 'mime', 'variants', 'created_at']).orderBy('id', 'desc').limit(limit);
    if (beforeId !== undefined) q = q.where('id', '<', beforeId);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const texts = await this.db
      .selectFrom('media_translations')
      .select(['media_id', 'lang', 'caption', 'credit', 'alt'])
      .where('media_id', 'in', rows.map((r) => r.id))
      .execute();
    return rows.map((r) => ({
      id: r.id, path: r.path, width: r.width, height: r.height, mime: r.mime,
      variants: JSON.parse(r.variants) as MediaVariant[],
      createdAt: toDate(r.created_at),
      texts: Object.fromEntries(texts.filter((t) => t.media_id === r.id).map((t) => [t.lang, { caption: t.caption, credit: t.credit, alt: t.alt }])),
    }));
  }

  /** The stored files of one image, or undefined. */
  async findFiles(id: number): Promise<{ path: string; width: number; height: number; variants: MediaVariant[] } | undefined> {
    const row = await this.db.selectFrom('media').select(['path', 'width', 'height', 'variants']).where('id', '=', id).executeTakeFirst();
    return row && { path: row.path, width: row.width, height: row.height, variants: JSON.parse(row.variants) as MediaVariant[] };
  }

  /**
   * Every file path stored for images in one folder (originals and variants), for the media
   * sweep: an upload's files all live in its folder.
   *
   * @example await media.pathsUnder('uploads/2025/03/') // Set { 'uploads/2025/03/x-1800.jpg', … }
   */
  async pathsUnder(folder: string): Promise<Set<string>> {
    // LIKE treats _ and % as wildcards: escaped, so a folder matches only itself.
    const pattern = `${folder.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.db
      .selectFrom('media')
      .select(['path', 'variants'])
      .where(sql<boolean>`path like ${pattern} escape '\\'`)
      .execute();
    const paths = new Set<string>();
    for (const row of rows) {
      if (row.path.startsWith(folder)) paths.add(row.path);
      for (const v of JSON.parse(row.variants) as MediaVariant[]) if (v.path.startsWith(folder)) paths.add(v.path);
    }
    return paths;
  }

  /** Adds variants made later (AVIF, in the background) to an image's list. */
  async addVariants(id: number, added: MediaVariant[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('media').select('variants').where('id', '=', id).executeTakeFirst();
      if (!row) return;
      const current = JSON.parse(row.variants) as MediaVariant[];
      const merged = [...current.filter((v) => !added.some((a) => a.path === v.path)), ...added];
      await trx.updateTable('media').set({ variants: JSON.stringify(merged) }).where('id', '=', id).execute();
    });
  }

  /** Replaces caption, credit and alt text in the languages given. Returns false for an unknown id. */
  async updateTexts(id: number, texts: Partial<Record<Lang, { caption: string; credit: string; alt: string }>>): Promise<boolean> {
    const exists = await this.db.selectFrom('media').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) return false;
    const write = async (trx: Kysely<Database>) => {
      for (const [lang, t] of Object.entries(texts)) {
        await trx.deleteFrom('media_translations').where('media_id', '=', id).where('lang', '=', lang).execute();
        await trx.insertInto('media_translations').values({ media_id: id, lang, caption: t.caption, credit: t.credit, alt: t.alt }).execute();
      }
    };
    // In the caller's transaction when there is one (the service audits in it too).
    if (this.db.isTransaction) await write(this.db);
    else await this.db.transaction().execute(write);
    return true;
  }

  /** Media by id with caption, credit and alt text in one language (empty where untranslated). */
  async byIds(lang: Lang, ids: number[]): Promise<Map<number, Media>> {
    const out = new Map<number, Media>();
    const unique = [...new Set(ids)];
    if (unique.length === 0) return out;
    const rows = await this.compiled.rows(`media:${unique.length}`, [lang, ...unique], () =>
      this.db
        .selectFrom('media as m')
        .leftJoin('media_translations as t', (j) => j.onRef('t.media_id', '=', 'm.id').on('t.lang', '=', lang))
        .select(['m.id', 'm.path', 'm.width', 'm.height', 'm.mime', 'm.variants', 't.caption', 't.credit', 't.alt'])
        .where('m.id', 'in', unique),
    );
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

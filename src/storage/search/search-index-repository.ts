import { sql, type Kysely } from 'kysely';
import type { Block } from '../../domain/blocks.js';
import type { Lang } from '../../domain/locale.js';
import { documentId, documentTerms, type IndexedText } from '../../domain/search/search-document.js';
import { isPostgres } from '../dialect.js';
import type { Database } from '../schema.js';
import { pgTsVector } from './search-syntax.js';

/** A language version of a story. */
export interface VersionRef {
  storyId: number;
  lang: Lang;
}

/** A version to index, with the names its meta field is made of. */
export interface VersionToIndex extends VersionRef {
  status: string;
  kind: string;
  sectionId: number;
  publishedAt: string | null;
  text: IndexedText;
}

/** Versions read per batch by {@link SearchIndexRepository.rebuild}. */
export const REINDEX_BATCH = 2000;
/** Rows per multi-row INSERT: well under SQLite's bound-parameter limit. */
const CHUNK = 400;

interface VersionRow {
  story_id: number;
  lang: string;
  status: string;
  kind: string;
  section_id: number;
  published_at: Date | string | null;
  headline: string;
  lead: string;
  body: string;
}

const VERSION_COLUMNS = ['story_id', 'lang', 'status', 'kind', 'section_id', 'published_at', 'headline', 'lead', 'body'] as const;

/**
 * Writes the search index (see the search-index migration). The projection step (projection.ts)
 * builds one on the transaction that changes a version, so the index commits or rolls back with
 * the change: a publish is findable the moment it commits, an unpublish gone just as fast.
 * Writers of stories call the projection, never this directly; `rebuild` and `clear` serve
 * `npm run reindex` and `seed --reset`.
 */
export class SearchIndexRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Reads the given versions as they are now (with their section, tag and author names) and
   * rewrites their documents; a version that no longer exists loses its document.
   *
   * @example await new SearchIndexRepository(trx).reindexVersions([{ storyId: 7, lang: 'en' }])
   */
  async reindexVersions(refs: readonly VersionRef[]): Promise<void> {
    if (refs.length === 0) return;
    const wanted = new Set(refs.map((r) => documentId(r.storyId, r.lang)));
    const storyIds = [...new Set(refs.map((r) => r.storyId))];
    const rows = (await this.db.selectFrom('story_versions').select(VERSION_COLUMNS).where('story_id', 'in', storyIds).execute()).filter((r) =>
      wanted.has(documentId(r.story_id, r.lang as Lang)),
    );
    await this.removeDocuments(refs);
    await this.writeDocuments(await this.withNames(rows));
  }

  /** Rewrites the documents of every language version of these stories (their shared meta changed). */
  async reindexStories(storyIds: readonly number[]): Promise<void> {
    if (storyIds.length === 0) return;
    const rows = await this.db.selectFrom('story_versions').select(['story_id', 'lang']).where('story_id', 'in', [...storyIds]).execute();
    await this.reindexVersions(rows.map((r) => ({ storyId: r.story_id, lang: r.lang as Lang })));
  }

  /**
   * Rebuilds the whole index in batches of `batch` versions, one transaction each, in story-id
   * order, then removes documents of versions that no longer exist and compacts the index. The
   * index stays searchable throughout: each batch replaces its documents in place.
   */
  async rebuild(options: { batch?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<{ versions: number }> {
    const batch = options.batch ?? REINDEX_BATCH;
    const count = await this.db.selectFrom('story_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const total = Number(count.n);
    let done = 0;
    let after = { storyId: 0, lang: '' };
    for (;;) {
      // Read and written in one transaction: an editor's save in between cannot be overwritten
      // with what the batch read before it.
      const rows = await this.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('story_versions')
          .select(VERSION_COLUMNS)
          .where((eb) => eb(eb.refTuple('story_id', 'lang'), '>', eb.tuple(after.storyId, after.lang)))
          .orderBy('story_id')
          .orderBy('lang')
          .limit(batch)
          .execute();
        const index = new SearchIndexRepository(trx);
        await index.removeDocuments(found.map((r) => ({ storyId: r.story_id, lang: r.lang as Lang })));
        await index.writeDocuments(await index.withNames(found));
        return found;
      });
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!;
      after = { storyId: last.story_id, lang: last.lang };
      done += rows.length;
      options.onProgress?.(done, Math.max(total, done));
    }
    await this.removeOrphans();
    if (isPostgres(this.db)) await sql`analyze search_documents`.execute(this.db);
    else await sql`insert into search_fts(search_fts) values ('optimize')`.execute(this.db);
    return { versions: done };
  }

  /** Empties the index (`seed --reset`). */
  async clear(): Promise<void> {
    await this.db.deleteFrom('search_documents').execute();
    if (!isPostgres(this.db)) await sql`insert into search_fts(search_fts) values ('delete-all')`.execute(this.db);
  }

  /** Documents whose version was deleted. */
  private async removeOrphans(): Promise<void> {
    const orphans = await this.db
      .selectFrom('search_documents as d')
      .select(['d.story_id', 'd.lang'])
      .where((eb) => eb.not(eb.exists(eb.selectFrom('story_versions as v').select('v.story_id').whereRef('v.story_id', '=', 'd.story_id').whereRef('v.lang', '=', 'd.lang'))))
      .execute();
    for (let i = 0; i < orphans.length; i += CHUNK) {
      await this.removeDocuments(orphans.slice(i, i + CHUNK).map((r) => ({ storyId: r.story_id, lang: r.lang as Lang })));
    }
  }

  private async removeDocuments(refs: readonly VersionRef[]): Promise<void> {
    for (let i = 0; i < refs.length; i += CHUNK) {
      const ids = refs.slice(i, i + CHUNK).map((r) => documentId(r.storyId, r.lang));
      if (!isPostgres(this.db)) {
        // Only documents that exist are deleted from FTS5: a contentless table records a
        // tombstone for every rowid it is asked to delete.
        const existing = await this.db.selectFrom('search_documents').select('doc_id').where('doc_id', 'in', ids).execute();
        if (existing.length === 0) continue;
        const rowids = existing.map((r) => Number(r.doc_id));
        await sql`delete from search_fts where rowid in (${sql.join(rowids)})`.execute(this.db);
      }
      await this.db.deleteFrom('search_documents').where('doc_id', 'in', ids).execute();
    }
  }

  private async writeDocuments(versions: readonly VersionToIndex[]): Promise<void> {
    const pg = isPostgres(this.db);
    for (let i = 0; i < versions.length; i += CHUNK) {
      const chunk = versions.slice(i, i + CHUNK).map((v) => ({ v, terms: documentTerms(v.text, v.lang) }));
      if (chunk.length === 0) continue;
      await this.db
        .insertInto('search_documents')
        .values(
          chunk.map(({ v, terms }) => ({
            story_id: v.storyId,
            lang: v.lang,
            doc_id: documentId(v.storyId, v.lang),
            status: v.status,
            kind: v.kind,
            section_id: v.sectionId,
            published_at: v.publishedAt,
            ...(pg ? { terms: sql`cast(${pgTsVector(terms)} as tsvector)` as any } : {}),
          })),
        )
        .execute();
      if (!pg) {
        const rows = chunk.map(
          ({ v, terms }) =>
            sql`(${documentId(v.storyId, v.lang)}, ${terms.headline.join(' ')}, ${terms.lead.join(' ')}, ${terms.body.join(' ')}, ${terms.meta.join(' ')})`,
        );
        await sql`insert into search_fts(rowid, headline, lead, body, meta) values ${sql.join(rows)}`.execute(this.db);
      }
    }
  }

  /** Version rows with their section, tag and author names in their own language. */
  private async withNames(rows: readonly VersionRow[]): Promise<VersionToIndex[]> {
    if (rows.length === 0) return [];
    const storyIds = [...new Set(rows.map((r) => r.story_id))];
    const langs = [...new Set(rows.map((r) => r.lang))];
    const [tags, authors, sections] = await Promise.all([
      this.db
        .selectFrom('story_tags as l')
        .innerJoin('tag_translations as t', 't.tag_id', 'l.tag_id')
        .select(['l.story_id', 't.lang', 't.name'])
        .where('l.story_id', 'in', storyIds)
        .where('t.lang', 'in', langs)
        .orderBy('l.story_id')
        .orderBy('l.position')
        .execute(),
      this.db
        .selectFrom('story_authors as l')
        .innerJoin('author_translations as a', 'a.author_id', 'l.author_id')
        .select(['l.story_id', 'a.lang', 'a.name'])
        .where('l.story_id', 'in', storyIds)
        .where('a.lang', 'in', langs)
        .orderBy('l.story_id')
        .orderBy('l.position')
        .execute(),
      this.db.selectFrom('section_translations').select(['section_id', 'lang', 'name']).where('section_id', 'in', [...new Set(rows.map((r) => r.section_id))]).execute(),
    ]);
    const group = (list: { story_id: number; lang: string; name: string }[]) => {
      const map = new Map<string, string[]>();
      for (const r of list) {
        const key = `${r.story_id}/${r.lang}`;
        const names = map.get(key);
        if (names) names.push(r.name);
        else map.set(key, [r.name]);
      }
      return map;
    };
    const tagNames = group(tags);
    const authorNames = group(authors);
    const sectionNames = new Map(sections.map((s) => [`${s.section_id}/${s.lang}`, s.name]));
    return rows.map((r) => {
      const key = `${r.story_id}/${r.lang}`;
      return {
        storyId: r.story_id,
        lang: r.lang as Lang,
        status: r.status,
        kind: r.kind,
        sectionId: r.section_id,
        publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
        text: {
          headline: r.headline,
          lead: r.lead,
          body: JSON.parse(r.body) as Block[],
          sectionName: sectionNames.get(`${r.section_id}/${r.lang}`) ?? '',
          tagNames: tagNames.get(key) ?? [],
          authorNames: authorNames.get(key) ?? [],
        },
      };
    });
  }
}

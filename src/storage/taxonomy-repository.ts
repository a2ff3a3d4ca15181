import type { Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import type { Author, Section, Tag } from '../domain/taxonomy.js';
import { CompiledQueries } from './compiled.js';
import type { Database } from './schema.js';

export type { Named } from '../domain/taxonomy.js';
import type { Named } from '../domain/taxonomy.js';

/** Sections, tags and authors: small tables, names and slugs per language. */
export class TaxonomyRepository {
  /** Reads of reader pages, compiled once (see compiled.ts). */
  private readonly compiled: CompiledQueries;

  constructor(private readonly db: Kysely<Database>) {
    this.compiled = new CompiledQueries(db);
  }

  /** Every section with its names in all languages, in menu order. */
  async listSections(): Promise<Named<Section>[]> {
    const rows = await this.db
      .selectFrom('sections as s')
      .innerJoin('section_translations as t', 't.section_id', 's.id')
      .select(['s.id', 's.position', 't.lang', 't.name', 't.slug'])
      .orderBy('s.position')
      .orderBy('s.id')
      .execute();
    const out = new Map<number, Named<Section>>();
    for (const r of rows) {
      const entry = out.get(r.id) ?? { id: r.id, byLang: {} };
      entry.byLang[r.lang as Lang] = { id: r.id, position: r.position, name: r.name, slug: r.slug, lang: r.lang as Lang };
      out.set(r.id, entry);
    }
    return [...out.values()];
  }

  /** Every tag with its names in all languages (the editor's tag picker). */
  async listTags(): Promise<Named<Tag>[]> {
    const rows = await this.db.selectFrom('tag_translations').select(['tag_id', 'lang', 'name', 'slug']).orderBy('tag_id').execute();
    const out = new Map<number, Named<Tag>>();
    for (const r of rows) {
      const entry = out.get(r.tag_id) ?? { id: r.tag_id, byLang: {} };
      entry.byLang[r.lang as Lang] = { id: r.tag_id, name: r.name, slug: r.slug, lang: r.lang as Lang };
      out.set(r.tag_id, entry);
    }
    return [...out.values()];
  }

  /** Every author with names in all languages (the editor's byline picker). */
  async listAuthors(): Promise<Named<Author>[]> {
    const rows = await this.db
      .selectFrom('author_translations as t')
      .innerJoin('authors as a', 'a.id', 't.author_id')
      .select(['t.author_id', 't.lang', 't.name', 't.slug', 't.title', 't.bio', 'a.photo_media_id'])
      .orderBy('t.author_id')
      .execute();
    const out = new Map<number, Named<Author>>();
    for (const r of rows) {
      const entry = out.get(r.author_id) ?? { id: r.author_id, byLang: {} };
      entry.byLang[r.lang as Lang] = { id: r.author_id, name: r.name, slug: r.slug, lang: r.lang as Lang, title: r.title, bio: r.bio, photoMediaId: r.photo_media_id };
      out.set(r.author_id, entry);
    }
    return [...out.values()];
  }

  /** A tag by its slug in one language, with its names in every language. */
  async findTagBySlug(lang: Lang, slug: string): Promise<Named<Tag> | undefined> {
    const rows = await this.db
      .selectFrom('tag_translations as t')
      .innerJoin('tag_translations as mine', 'mine.tag_id', 't.tag_id')
      .select(['t.tag_id', 't.lang', 't.name', 't.slug'])
      .where('mine.lang', '=', lang)
      .where('mine.slug', '=', slug)
      .execute();
    if (rows.length === 0) return undefined;
    const named: Named<Tag> = { id: rows[0]!.tag_id, byLang: {} };
    for (const r of rows) named.byLang[r.lang as Lang] = { id: r.tag_id, name: r.name, slug: r.slug, lang: r.lang as Lang };
    return named;
  }

  /** Tags of several stories in one language, in each story's order. */
  async tagsOfStories(lang: Lang, storyIds: number[]): Promise<Map<number, Tag[]>> {
    const out = new Map<number, Tag[]>();
    if (storyIds.length === 0) return out;
    const rows = await this.compiled.rows(`tags:${storyIds.length}`, [...storyIds, lang], () =>
      this.db
        .selectFrom('story_tags as st')
        .innerJoin('tag_translations as t', 't.tag_id', 'st.tag_id')
        .select(['st.story_id', 't.tag_id', 't.name', 't.slug'])
        .where('st.story_id', 'in', storyIds)
        .where('t.lang', '=', lang)
        .orderBy('st.story_id')
        .orderBy('st.position'),
    );
    for (const r of rows) {
      const list = out.get(r.story_id) ?? [];
      list.push({ id: r.tag_id, name: r.name, slug: r.slug, lang });
      out.set(r.story_id, list);
    }
    return out;
  }

  /** An author by slug in one language, with every language's name and slug. */
  async findAuthorBySlug(lang: Lang, slug: string): Promise<Named<Author> | undefined> {
    const rows = await this.db
      .selectFrom('author_translations as t')
      .innerJoin('author_translations as mine', 'mine.author_id', 't.author_id')
      .innerJoin('authors as a', 'a.id', 't.author_id')
      .select(['t.author_id', 't.lang', 't.name', 't.slug', 't.title', 't.bio', 'a.photo_media_id'])
      .where('mine.lang', '=', lang)
      .where('mine.slug', '=', slug)
      .execute();
    if (rows.length === 0) return undefined;
    const named: Named<Author> = { id: rows[0]!.author_id, byLang: {} };
    for (const r of rows)
      named.byLang[r.lang as Lang] = {
        id: r.author_id, name: r.name, slug: r.slug, lang: r.lang as Lang, title: r.title, bio: r.bio, photoMediaId: r.photo_media_id,
      };
    return named;
  }

  /** A story's authors in one language, in byline order. */
  async authorsOfStory(lang: Lang, storyId: number): Promise<Author[]> {
    const rows = await this.compiled.rows('authors', [lang, storyId], () =>
      this.db
        .selectFrom('story_authors as sa')
        .innerJoin('author_translations as t', (j) => j.onRef('t.author_id', '=', 'sa.author_id').on('t.lang', '=', lang))
        .innerJoin('authors as a', 'a.id', 'sa.author_id')
        .select(['sa.author_id', 't.name', 't.slug', 't.title', 't.bio', 'a.photo_media_id'])
        .where('sa.story_id', '=', storyId)
        .orderBy('sa.position'),
    );
    return rows.map((r) => ({
      id: r.author_id, name: r.name, slug: r.slug, lang, title: r.title, bio: r.bio, photoMediaId: r.photo_media_id,
    }));
  }

  /** Authors of several stories in one language, each in byline order, in one query (feeds). */
  async authorsOfStories(lang: Lang, storyIds: number[]): Promise<Map<number, Author[]>> {
    const out = new Map<number, Author[]>();
    if (storyIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('story_authors as sa')
      .innerJoin('author_translations as t', (j) => j.onRef('t.author_id', '=', 'sa.author_id').on('t.lang', '=', lang))
      .innerJoin('authors as a', 'a.id', 'sa.author_id')
      .select(['sa.story_id', 'sa.author_id', 't.name', 't.slug', 't.title', 't.bio', 'a.photo_media_id'])
      .where('sa.story_id', 'in', storyIds)
      .orderBy('sa.story_id')
      .orderBy('sa.position')
      .execute();
    for (const r of rows) {
      const list = out.get(r.story_id) ?? [];
      list.push({ id: r.author_id, name: r.name, slug: r.slug, lang, title: r.title, bio: r.bio, photoMediaId: r.photo_media_id });
      out.set(r.story_id, list);
    }
    return out;
  }

  /** Authors by id in one language, in the order asked (bylines). */
  async authorsByIds(lang: Lang, ids: number[]): Promise<Author[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('author_translations as t')
      .innerJoin('authors as a', 'a.id', 't.author_id')
      .select(['t.author_id', 't.name', 't.slug', 't.title', 't.bio', 'a.photo_media_id'])
      .where('t.author_id', 'in', ids)
      .where('t.lang', '=', lang)
      .execute();
    const byId = new Map(rows.map((r) => [r.author_id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [{ id, name: r.name, slug: r.slug, lang, title: r.title, bio: r.bio, photoMediaId: r.photo_media_id }] : [];
    });
  }
}

import type { Block } from '../../src/domain/blocks.js';
import type { Lang } from '../../src/domain/locale.js';
import type { Importance, Kind, Status } from '../../src/domain/story.js';
import type { VersionInput } from '../../src/storage/content-writer.js';
import { createRepositories, type Repositories } from '../../src/storage/repositories.js';
import type { DatabaseHandle } from '../../src/storage/database.js';

/** A fixed "now" for tests: Saturday, 1 March 2025, 18:22 in Kyiv. */
export const NOW = new Date('2025-03-01T16:22:00.000Z');

export const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export interface SmallNewsroom {
  repos: Repositories;
  sections: { politics: number; economy: number };
  tags: { energy: number; kyiv: number };
  authors: { olena: number; taras: number };
  photo: number;
  /** Creates one story; versions default to published one hour before NOW. */
  story(options: StoryOptions): Promise<number>;
}

export interface StoryOptions {
  kind?: Kind;
  section?: 'politics' | 'economy';
  importance?: Importance;
  hasVideo?: boolean;
  tags?: ('energy' | 'kyiv')[];
  authors?: ('olena' | 'taras')[];
  background?: number[];
  versions: Partial<Record<Lang, Partial<VersionInput> & { status?: Status }>>;
}

const HEADLINES: Record<Lang, string> = { uk: 'Заголовок новини', ru: 'Заголовок новости', en: 'News headline' };

/** Builds the smallest newsroom a test needs: two sections, two tags, two authors, one photo. */
export async function buildNewsroom(handle: DatabaseHandle): Promise<SmallNewsroom> {
  const repos = createRepositories(handle.db);
  const w = repos.writer;
  const tri = (uk: string, ru: string, en: string) => ({ uk, ru, en });
  const politics = await w.createSection(1, { name: tri('Політика', 'Политика', 'Politics'), slug: tri('polityka', 'politika', 'politics') }, NOW);
  const economy = await w.createSection(2, { name: tri('Економіка', 'Экономика', 'Economy'), slug: tri('ekonomika', 'ekonomika', 'economy') }, NOW);
  const energy = await w.createTag({ name: tri('Енергетика', 'Энергетика', 'Energy'), slug: tri('enerhetyka', 'energetika', 'energy') }, NOW);
  const kyiv = await w.createTag({ name: tri('Київ', 'Киев', 'Kyiv'), slug: tri('kyiv', 'kiev', 'kyiv') }, NOW);
  const photo = await w.createMedia(
    {
      path: 'demo/photo-1-1200.jpg', width: 1200, height: 675, mime: 'image/jpeg',
      variants: [{ width: 400, height: 225, path: 'demo/photo-1-400.jpg', mime: 'image/jpeg' }],
      caption: tri('Підпис', 'Подпись', 'Caption'), credit: tri('Фото: Агенція', 'Фото: Агентство', 'Photo: Agency'), alt: tri('Опис', 'Описание', 'Description'),
    },
    NOW,
  );
  const author = (uk: string, ru: string, en: string, slug: string) =>
    w.createAuthor({ name: tri(uk, ru, en), slug: tri(slug, slug, slug), title: tri('Кореспондентка', 'Корреспондент', 'Correspondent'), bio: tri('Біо', 'Био', 'Bio'), photoMediaId: null }, NOW);
  const olena = await author('Олена Коваль', 'Елена Коваль', 'Olena Koval', 'olena-koval');
  const taras = await author('Тарас Мельник', 'Тарас Мельник', 'Taras Melnyk', 'taras-melnyk');
  const sections = { politics, economy };
  const tags = { energy, kyiv };
  const authors = { olena, taras };
  return {
    repos, sections, tags, authors, photo,
    async story(o) {
      const [id] = await w.insertStories([
        {
          kind: o.kind ?? 'news',
          sectionId: sections[o.section ?? 'politics'],
          importance: o.importance ?? 0,
          hasVideo: o.hasVideo ?? false,
          hasPhotos: false,
          createdAt: new Date(NOW.getTime() - 2 * 3_600_000),
          authorIds: (o.authors ?? ['olena']).map((a) => authors[a]),
          tagIds: (o.tags ?? []).map((t) => tags[t]),
          backgroundStoryIds: o.background ?? [],
          versions: (Object.keys(o.versions) as Lang[]).map((lang) => {
            const v = o.versions[lang]!;
            const status = v.status ?? 'published';
            return {
              lang,
              status,
              headline: v.headline ?? HEADLINES[lang],
              lead: v.lead ?? `${HEADLINES[lang]}: lead`,
              body: v.body ?? [paragraph('Один.'), paragraph('Два.'), paragraph('Три.')],
              source: v.source ?? null,
              leadMediaId: v.leadMediaId === undefined ? photo : v.leadMediaId,
              publishedAt: v.publishedAt === undefined ? (status === 'published' ? new Date(NOW.getTime() - 3_600_000) : null) : v.publishedAt,
              updatedAt: v.updatedAt ?? null,
              updateNote: v.updateNote ?? null,
            };
          }),
        },
      ]);
      return id!;
    },
  };
}

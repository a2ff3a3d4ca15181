import type { Kysely } from 'kysely';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import type { Status } from '../domain/story.js';
import type { StoryInput } from '../storage/content-writer.js';
import type { Repositories } from '../storage/repositories.js';
import type { Database } from '../storage/schema.js';
import { SearchIndexRepository } from '../storage/search-index-repository.js';
import { AUTHORS, OUTLETS, PHOTOS, SECTIONS, TAGS, createRng, generateStory } from './corpus/index.js';
import type { Rng, StoryDraft } from './corpus/types.js';
import { generatePhoto, generatePortrait } from './images.js';

export interface SeedOptions {
  stories: number;
  mediaDir: string;
  now: Date;
  /** Deterministic content: the same seed makes the same newspaper. */
  seed?: number;
  /** Called after every batch with stories done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** The model newsroom publishes about 80 stories a day; large archives spread over as many days. */
const STORIES_PER_DAY = 80;
/** The demo covers at least the last 30 days. */
const MIN_DAYS = 30;
const BATCH = 1000;

interface Ids {
  sections: Map<string, number>;
  tags: Map<string, number>;
  authors: Map<string, number>;
  photos: number[];
}

/**
 * Fills an empty database with the demo newsroom: sections, tags, authors with portraits, a pool
 * of lead photos (real JPEG files) and `stories` stories over the last 30 days or more, in batches.
 */
export async function seedDemo(repos: Repositories, options: SeedOptions): Promise<void> {
  const { now } = options;
  const ids = await seedTaxonomy(repos, options.mediaDir, now);
  const rng = createRng(options.seed ?? 20251128);
  const days = Math.max(MIN_DAYS, Math.ceil(options.stories / STORIES_PER_DAY));
  const span = days * 86_400_000;
  // Publication times, oldest first, so background links point to earlier (lower) ids.
  const start = now.getTime() - span;
  const step = span / options.stories;
  // The writer numbers new stories on from the highest id, in order; knowing that, a story can
  // name earlier stories of the same run (even of the same batch) as its background.
  const firstId = (await repos.stories.maxStoryId()) + 1;
  // The latest story ids per section: background links go to earlier stories on the same beat.
  const recentBySection = new Map<string, number[]>();
  for (let done = 0; done < options.stories; done += BATCH) {
    const count = Math.min(BATCH, options.stories - done);
    const batch: StoryInput[] = [];
    for (let i = 0; i < count; i++) {
      const index = done + i;
      // Even spacing with jitter; the newest story lands a few minutes before "now".
      const t = start + (index + 0.2 + rng.next() * 0.6) * step;
      const publishedAt = new Date(Math.min(t, now.getTime() - 5 * 60_000));
      const draft = generateStory(rng, index);
      const earlier = recentBySection.get(draft.section) ?? [];
      batch.push(toInput(draft, rng, ids, publishedAt, now, earlier));
      recentBySection.set(draft.section, [...earlier.slice(-29), firstId + index]);
    }
    const stored = await repos.writer.insertStories(batch);
    if (stored[0] !== firstId + done) throw new Error('story ids were not assigned in sequence: was another writer running?');
    options.onProgress?.(done + count, options.stories);
  }
  await repos.writer.refreshStatistics();
}

function toInput(draft: StoryDraft, rng: Rng, ids: Ids, publishedAt: Date, now: Date, earlier: number[]): StoryInput {
  const sectionId = ids.sections.get(draft.section)!;
  const langs = LANGUAGES.filter((l) => draft.texts[l]);
  const leadMediaId = ids.photos[draft.photo % ids.photos.length]!;
  const sourceLinks = draft.sourceOutlets.flatMap((key) => OUTLETS.filter((o) => o.key === key));
  // Up to three earlier stories of the same section as background, newest first.
  const background: number[] = [];
  if (earlier.length > 0 && rng.next() < 0.6) {
    const n = 1 + rng.int(3);
    for (let i = 0; i < n; i++) {
      const id = earlier[earlier.length - 1 - rng.int(Math.min(10, earlier.length))]!;
      if (!background.includes(id)) background.push(id);
    }
    background.sort((a, b) => b - a);
  }
  return {
    kind: draft.kind,
    sectionId,
    importance: draft.importance,
    hasVideo: draft.hasVideo,
    hasPhotos: draft.hasPhotos,
    createdAt: new Date(publishedAt.getTime() - 30 * 60_000),
    authorIds: draft.authors.map((k) => ids.authors.get(k)!),
    tagIds: draft.tags.map((k) => ids.tags.get(k)!),
    backgroundStoryIds: background,
    versions: langs.map((lang, order) => {
      const text = draft.texts[lang]!;
      // Translations follow the original by a few minutes to an hour.
      const at = new Date(Math.min(publishedAt.getTime() + order * (5 + rng.int(55)) * 60_000, now.getTime() - 60_000));
      // A few translations are still being written or reviewed: readers must not see them.
      const status: Status = order > 0 && rng.next() < 0.03 ? (rng.next() < 0.5 ? 'draft' : 'review') : 'published';
      const updatedAt = draft.updated && text.updateNote ? new Date(Math.min(at.getTime() + (1 + rng.int(5)) * 3_600_000, now.getTime() - 30_000)) : null;
      return {
        lang,
        status,
        headline: text.headline,
        lead: text.lead,
        body: text.body,
        source: { text: text.sourceText, links: sourceLinks.map((o) => ({ text: o.name[lang], url: o.url })) },
        leadMediaId,
        publishedAt: status === 'published' ? at : null,
        updatedAt: status === 'published' ? updatedAt : null,
        updateNote: status === 'published' && updatedAt ? text.updateNote! : null,
      };
    }),
  };
}

async function seedTaxonomy(repos: Repositories, mediaDir: string, now: Date): Promise<Ids> {
  const ids: Ids = { sections: new Map(), tags: new Map(), authors: new Map(), photos: [] };
  for (const [i, s] of SECTIONS.entries()) ids.sections.set(s.key, await repos.writer.createSection(i + 1, s, now));
  for (const t of TAGS) ids.tags.set(t.key, await repos.writer.createTag(t, now));
  for (const [i, p] of PHOTOS.entries()) {
    const image = await generatePhoto(mediaDir, i, p.palette);
    ids.photos.push(await repos.writer.createMedia({ ...image, caption: p.caption, credit: p.credit, alt: p.alt }, now));
  }
  for (const [i, a] of AUTHORS.entries()) {
    const palette = PHOTOS[(i * 7) % PHOTOS.length]!.palette;
    const image = await generatePortrait(mediaDir, i, palette);
    const name = a.name;
    const alt = Object.fromEntries(LANGUAGES.map((l) => [l, name[l]])) as Record<Lang, string>;
    const empty = { uk: '', ru: '', en: '' };
    const photoMediaId = await repos.writer.createMedia({ ...image, caption: empty, credit: empty, alt }, now);
    ids.authors.set(a.key, await repos.writer.createAuthor({ ...a, photoMediaId }, now));
  }
  return ids;
}

/** Removes all content (not settings): `seed --reset`. Children first, for the foreign keys. */
export async function wipeContent(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await new SearchIndexRepository(trx).clear();
    for (const table of [
      'sitemap_months', 'tag_listings', 'author_listings', 'story_background', 'story_tags', 'story_authors', 'story_versions', 'stories', 'author_translations', 'authors',
      'media_translations', 'media', 'tag_translations', 'tags', 'section_translations', 'sections',
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
  });
}

import { rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { ChangeEvent } from '../domain/change-event.js';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import type { Status } from '../domain/story.js';
import type { ContentWriter, RemovedContent, StoryInput } from '../storage/content-writer.js';
import { demoState, describeState, parseProgress, type DemoIds, type SeedProgress } from './demo-state.js';
import type { Repositories } from '../storage/repositories.js';
import { AUTHORS, OUTLETS, PHOTOS, SECTIONS, TAGS, createRng, generateStory } from './corpus/index.js';
import type { Rng, StoryDraft } from './corpus/types.js';
import { generatePhoto, generatePortrait, type GeneratedImage } from './images.js';

export interface SeedOptions {
  stories: number;
  mediaDir: string;
  now: Date;
  /** Deterministic content: the same seed makes the same newspaper. */
  seed?: number;
  /** Called after every batch has committed, with stories done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Stories per transaction (1,000). */
  batchSize?: number;
  /** Called inside each batch's transaction just before it commits: a throw rolls the batch back. */
  beforeCommit?: (done: number, total: number) => void | Promise<void>;
  /**
   * Told `content-replaced` after every batch commits, so that servers on this database drop
   * what they cached (the seed command publishes it over Redis when REDIS_URL is set).
   */
  announce?: (event: ChangeEvent) => void;
}

/** The model newsroom publishes about 80 stories a day; large archives spread over as many days. */
const STORIES_PER_DAY = 80;
/** The demo covers at least the last 30 days. */
const MIN_DAYS = 30;
const BATCH = 1000;

/**
 * Fills an empty database with the demo newsroom: sections, tags, authors with portraits, a pool
 * of lead photos (real JPEG files) and `stories` stories over the last 30 days or more, in batches.
 *
 * Crash-safe: the image files are written first; the taxonomy, authors and media rows commit in
 * one transaction with the first batch, every later batch in its own, each with a record of the
 * progress. Killed at any moment, it leaves either an empty database (files aside, made again
 * under the same names) or whole batches that `continueDemo` completes.
 *
 * @example await seedDemo(createRepositories(db), { stories: 320, mediaDir: './data/media', now: new Date() })
 */
export async function seedDemo(repos: Repositories, options: SeedOptions): Promise<void> {
  const state = await demoState(repos);
  if (state.kind !== 'empty') throw new Error(`the demo is seeded into an empty database only (this one has ${describeState(state)})`);
  const images = await generateImages(options.mediaDir);
  const plan: Omit<SeedProgress, 'ids'> = {
    total: options.stories,
    done: 0,
    seed: options.seed ?? 20251128,
    now: options.now.toISOString(),
    batchSize: options.batchSize ?? BATCH,
    // The writer numbers new stories on from the highest id, in order; knowing that, a story can
    // name earlier stories of the same run (even of the same batch) as its background.
    firstId: (await repos.stories.maxStoryId()) + 1,
  };
  await writeStories(repos, plan, (w) => seedTaxonomy(w, images, options.now), options);
}

/**
 * Finishes a demo seed that stopped part-way (the process was killed): makes the same remaining
 * stories it would have made, from the batch after the last one that committed.
 */
export async function continueDemo(repos: Repositories, options: Pick<SeedOptions, 'onProgress' | 'beforeCommit' | 'announce'> = {}): Promise<{ done: number; total: number }> {
  const progress = parseProgress(await repos.writer.seedProgress());
  const state = await demoState(repos);
  if (!progress || state.kind !== 'interrupted') throw new Error(`no interrupted demo seed to continue (the database has ${describeState(state)})`);
  // The stories must be exactly those the seed wrote: ids run on from the last one.
  if ((await repos.stories.maxStoryId()) !== progress.firstId + progress.done - 1) {
    throw new Error('stories were added or removed since the demo seed stopped: use --reset to start over');
  }
  await writeStories(repos, progress, async () => progress.ids, options);
  return { done: progress.done, total: progress.total };
}

/**
 * Writes the plan's stories from `plan.done` on, batch by batch. The stories before it are made
 * again and dropped, so the random sequence and the background links continue as they were.
 * `taxonomy` runs in the first written batch's transaction and gives the ids stories refer to.
 */
async function writeStories(
  repos: Repositories,
  plan: Omit<SeedProgress, 'ids'> & { ids?: DemoIds },
  taxonomy: (writer: ContentWriter) => Promise<DemoIds>,
  options: Pick<SeedOptions, 'onProgress' | 'beforeCommit' | 'announce'>,
): Promise<void> {
  const { total, batchSize, firstId } = plan;
  const now = new Date(plan.now);
  const rng = createRng(plan.seed);
  const days = Math.max(MIN_DAYS, Math.ceil(total / STORIES_PER_DAY));
  const span = days * 86_400_000;
  // Publication times, oldest first, so background links point to earlier (lower) ids.
  const start = now.getTime() - span;
  const step = span / total;
  // The latest story ids per section: background links go to earlier stories on the same beat.
  const recentBySection = new Map<string, number[]>();
  const makeBatch = (ids: DemoIds, done: number, count: number): StoryInput[] => {
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
    return batch;
  };
  let ids = plan.ids;
  for (let done = 0; done < total; done += batchSize) {
    const count = Math.min(batchSize, total - done);
    if (done < plan.done) {
      makeBatch(ids!, done, count);
      continue;
    }
    await repos.writer.transaction(async (writer) => {
      ids ??= await taxonomy(writer);
      const stored = await writer.insertStories(makeBatch(ids, done, count));
      if (stored[0] !== firstId + done) throw new Error('story ids were not assigned in sequence: was another writer running?');
      const progress: SeedProgress = { ...plan, ids, done: done + count };
      await writer.recordSeedProgress(progress);
      await options.beforeCommit?.(done + count, total);
    });
    // After the commit: a server that re-renders on hearing it must find the batch there.
    options.announce?.({ type: 'content-replaced' });
    options.onProgress?.(done + count, total);
  }
  await repos.writer.refreshStatistics();
}

function toInput(draft: StoryDraft, rng: Rng, ids: DemoIds, publishedAt: Date, now: Date, earlier: number[]): StoryInput {
  const sectionId = ids.sections[draft.section]!;
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
    authorIds: draft.authors.map((k) => ids.authors[k]!),
    tagIds: draft.tags.map((k) => ids.tags[k]!),
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

interface Images {
  photos: GeneratedImage[];
  portraits: GeneratedImage[];
}

/** Writes the photo and portrait files (same names every time), before any row refers to them. */
async function generateImages(mediaDir: string): Promise<Images> {
  const photos: GeneratedImage[] = [];
  for (const [i, p] of PHOTOS.entries()) photos.push(await generatePhoto(mediaDir, i, p.palette));
  const portraits: GeneratedImage[] = [];
  for (const i of AUTHORS.keys()) portraits.push(await generatePortrait(mediaDir, i, PHOTOS[(i * 7) % PHOTOS.length]!.palette));
  return { photos, portraits };
}

async function seedTaxonomy(writer: ContentWriter, images: Images, now: Date): Promise<DemoIds> {
  const ids: DemoIds = { sections: {}, tags: {}, authors: {}, photos: [] };
  for (const [i, s] of SECTIONS.entries()) ids.sections[s.key] = await writer.createSection(i + 1, s, now);
  for (const t of TAGS) ids.tags[t.key] = await writer.createTag(t, now);
  for (const [i, p] of PHOTOS.entries()) {
    ids.photos.push(await writer.createMedia({ ...images.photos[i]!, caption: p.caption, credit: p.credit, alt: p.alt }, now));
  }
  for (const [i, a] of AUTHORS.entries()) {
    const name = a.name;
    const alt = Object.fromEntries(LANGUAGES.map((l) => [l, name[l]])) as Record<Lang, string>;
    const empty = { uk: '', ru: '', en: '' };
    const photoMediaId = await writer.createMedia({ ...images.portraits[i]!, caption: empty, credit: empty, alt }, now);
    ids.authors[a.key] = await writer.createAuthor({ ...a, photoMediaId }, now);
  }
  return ids;
}

/**
 * Removes all content (not people or settings) in one transaction, then the removed media's
 * files and the seed's image folder: `seed --reset`, whatever state a crash left behind.
 */
export async function wipeContent(repos: Repositories, mediaDir: string, announce?: (event: ChangeEvent) => void): Promise<RemovedContent> {
  const removed = await repos.writer.removeAllContent();
  announce?.({ type: 'content-replaced' });
  // Files go after the commit: a failed removal keeps rows and files together.
  const root = resolve(mediaDir);
  const inside = (path: string) => {
    const file = resolve(root, path);
    return file.startsWith(root + sep) ? [file] : [];
  };
  await Promise.all([...removed.mediaPaths.flatMap(inside), join(root, 'demo')].map((file) => rm(file, { recursive: true, force: true })));
  return removed;
}

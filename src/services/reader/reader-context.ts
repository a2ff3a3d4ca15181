import type { Lang } from '../../domain/locale.js';
import type { SiteSettings } from '../../domain/settings.js';
import type { StoryCard } from '../../domain/story.js';
import type { Media, Section } from '../../domain/taxonomy.js';
import type { Repositories } from '../../storage/repositories.js';
import { CacheKey } from '../../domain/cache-keys.js';
import type { ReaderMemo } from './reader-memo.js';
import type { Named } from '../../storage/taxonomy-repository.js';

/** What reader-page services need: repositories and a clock (tests pass a fixed one). */
export interface ReaderDeps {
  repos: Repositories;
  now: () => Date;
  /** Lists many pages share, kept between requests; without it every page reads them afresh. */
  memo?: ReaderMemo;
}

/** Loads through the memo when there is one. */
export function shared<T>(deps: ReaderDeps, name: string, load: () => Promise<T>, keysOf: (value: T) => Iterable<string>): Promise<T> {
  return deps.memo ? deps.memo.get(name, load, keysOf) : load();
}

/** The keys of a list of cards: the list's own, and each story's (a new headline shows in every list). */
export function cardKeys(listKey: string, cards: StoryCard[]): string[] {
  return [listKey, ...cards.map((c) => CacheKey.story(c.storyId))];
}

/** What every reader page shows around its content. */
export interface PageFrame {
  lang: Lang;
  now: Date;
  sections: Named<Section>[];
  settings: SiteSettings;
  /** Stories editors pinned to the top of this edition's front page, in order. */
  pinned: number[];
  /** The recent-news stream, newest first. */
  stream: StoryCard[];
  /** Lead photos of every card on the page, loaded in one query by {@link withMedia}. */
  media: Map<number, Media>;
}

/** How many items the recent-news stream shows. */
export const STREAM_SIZE = 30;

/**
 * Loads the frame shared by all reader pages: three queries (sections, settings, stream), none
 * when the memo has them.
 */
export async function loadFrame(deps: ReaderDeps, lang: Lang, options: { stream?: boolean } = {}): Promise<PageFrame> {
  const now = deps.now();
  const [sections, { site: settings, pinned }, stream] = await Promise.all([
    shared(deps, 'sections', () => deps.repos.taxonomy.listSections(), () => []),
    shared(deps, `settings:${lang}`, () => deps.repos.settings.loadForEdition(lang), () => [CacheKey.front(lang)]),
    options.stream === false
      ? Promise.resolve([])
      : shared(deps, `stream:${lang}`, () => deps.repos.stories.listPublished({ lang, now, limit: STREAM_SIZE }), (cards) => cardKeys(CacheKey.latest(lang), cards)),
  ]);
  return { lang, now, sections, settings, pinned, stream, media: new Map() };
}

/**
 * Loads the lead photos (and any extra media ids) of all cards: the memo's, and the rest in one
 * query. The same photos head the stream and the tag lists on page after page, so most come from
 * the memo; each is kept under its own key, which a caption edit or a new image file drops.
 */
export async function withMedia<F extends PageFrame>(deps: ReaderDeps, frame: F, cards: StoryCard[], extraIds: number[] = []): Promise<F> {
  const ids = [...new Set([...cards.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])), ...extraIds])];
  const { lang } = frame;
  const missing: number[] = [];
  let batch: Promise<Map<number, Media>> | undefined;
  // The memo calls a load at once for each photo it lacks; the batch query runs after all are named.
  const loadOne = (id: number) => {
    missing.push(id);
    batch ??= Promise.resolve().then(() => deps.repos.media.byIds(lang, missing));
    return batch.then((found) => found.get(id) ?? null);
  };
  const found = await Promise.all(ids.map((id) => shared(deps, `media:${lang}:${id}`, () => loadOne(id), () => [CacheKey.media(id)])));
  frame.media = new Map();
  for (const media of found) if (media) frame.media.set(media.id, media);
  return frame;
}

/** The section a story belongs to, in the page language. */
export function sectionOf(frame: PageFrame, sectionId: number): Section | undefined {
  return frame.sections.find((s) => s.id === sectionId)?.byLang[frame.lang];
}

import { CacheKey } from '../../domain/cache-keys.js';
import { addDays, dayOf, startOfDay } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import type { ArchivePageData } from '../../services/reader/compose-archive-page.js';
import type { ArticlePageData } from '../../services/reader/compose-article-page.js';
import type { FeedData } from '../../services/reader/compose-feed.js';
import type { FrontPageData } from '../../services/reader/compose-front-page.js';
import type { ListPageData, ListSubject } from '../../services/reader/compose-list-page.js';
import type { PageFrame } from '../../services/reader/reader-context.js';
import type { CacheSpec } from '../cache/page-cache.js';

/**
 * The surrogate keys of each reader page: one per story it shows a card or text of, one per list
 * whose membership it shows (src/domain/cache-keys.ts). Every page also depends on `site`, which
 * the cache adds itself.
 */

function cards(keys: Set<string>, list: Iterable<StoryCard>): void {
  for (const card of list) keys.add(CacheKey.story(card.storyId));
}

/** Every photo a page shows: lead photos of its cards, the story's own pictures, bylines' portraits. */
function photos(keys: Set<string>, frame: PageFrame): void {
  for (const id of frame.media.keys()) keys.add(CacheKey.media(id));
}

/** The recent-news stream around a page: which stories are newest, and each of them. */
function stream(keys: Set<string>, frame: PageFrame): void {
  keys.add(CacheKey.latest(frame.lang));
  cards(keys, frame.stream);
}

export function subjectKey(subject: ListSubject, lang: Lang): string {
  const id = subject.named.id;
  return subject.kind === 'section' ? CacheKey.section(id, lang) : subject.kind === 'tag' ? CacheKey.tag(id, lang) : CacheKey.author(id, lang);
}

/** Front pages rank the last three days' important stories: the ranking moves when one turns three days old. */
const TOP_WINDOW_MS = 3 * 86_400_000;

export function frontPageCache(data: FrontPageData): CacheSpec {
  const keys = new Set([CacheKey.front(data.lang)]);
  stream(keys, data);
  cards(keys, [...data.top, ...data.latest, ...data.columns, ...data.sectionBlocks.flatMap((b) => b.stories)]);
  for (const section of data.sections) keys.add(CacheKey.section(section.id, data.lang));
  photos(keys, data);
  // The next moment a top story leaves the window (pinned and fallback ones may be out of it already).
  const now = data.now.getTime();
  const leaving = data.top.map((c) => c.publishedAt.getTime() + TOP_WINDOW_MS).filter((t) => t > now);
  return { keys, expiresAt: Math.min(...leaving) };
}

export function articleCache(data: ArticlePageData): CacheSpec {
  const keys = new Set([CacheKey.story(data.story.storyId)]);
  stream(keys, data);
  cards(keys, [...data.background, ...data.bodyStories, ...data.moreNews, ...(data.tagBlock?.stories ?? [])]);
  // "More news" and the tag block list the newest stories on the story's tags.
  for (const tag of data.tags) keys.add(CacheKey.tag(tag.id, data.lang));
  photos(keys, data);
  return { keys };
}

export function listPageCache(data: ListPageData): CacheSpec {
  const keys = new Set([subjectKey(data.subject, data.lang)]);
  stream(keys, data);
  cards(keys, data.stories);
  photos(keys, data);
  return { keys };
}

/** Archive pages: the day's stories; today's page and the calendar change when the day ends. */
export function archiveCache(data: ArchivePageData, timeZone: string): CacheSpec {
  const keys = new Set([CacheKey.archive(data.lang)]);
  cards(keys, data.items);
  photos(keys, data);
  const tomorrow = startOfDay(addDays(dayOf(data.now, timeZone), 1), timeZone).getTime();
  return { keys, expiresAt: tomorrow };
}

export function feedCache(data: FeedData): CacheSpec {
  const keys = new Set([data.subject ? subjectKey(data.subject, data.lang) : CacheKey.latest(data.lang)]);
  cards(keys, data.entries.map((e) => e.card));
  cards(keys, data.linkedStories.values());
  photos(keys, data);
  return { keys };
}

/** Pages that show only the site's settings and sections (support, OpenSearch, robots.txt). */
export const SITE_ONLY: CacheSpec = { keys: [] };

/** Sitemaps; the news sitemap also moves with time (it lists the last two days), so it is kept at most a few minutes. */
export function sitemapCache(now: number, news = false): CacheSpec {
  return { keys: [CacheKey.sitemaps], ...(news ? { expiresAt: now + 5 * 60_000 } : {}) };
}

/** Search results: any change may move a result. */
export const SEARCH: CacheSpec = { keys: [CacheKey.search], kind: 'search' };

/**
 * A 404 page: the address may start to exist when a story is published in its edition (or a
 * section is added), so publishing there evicts it.
 */
export function notFoundCache(lang: Lang): CacheSpec {
  return { keys: [CacheKey.latest(lang), CacheKey.archive(lang)], kind: 'error' };
}

import type { ChangeEvent } from './change-event.js';
import type { Lang } from './locale.js';

/**
 * Surrogate keys: the names under which cached pages are filed, so that a change evicts exactly
 * the pages that show what it changed — in our own page cache and, through the purge hook, in a
 * CDN or Varnish. A page lists a key for every story it shows and for every list whose membership
 * it shows; a change lists the keys of what it touched.
 *
 * Keys are short (they travel in a response header) and need no lookup: `s123` is story 123 in
 * every language, because an article links its other language versions.
 */
export const CacheKey = {
  /** Every cached response: settings, sections, photos and anything shown on every page. */
  site: 'site',
  /** One story: its article pages in all languages and every card of it anywhere. */
  story: (id: number) => `s${id}`,
  /** The newest stories of an edition: the recent-news stream, the edition feed, the front page's latest. */
  latest: (lang: Lang) => `latest-${lang}`,
  /** The editors' choice on an edition's front page. */
  front: (lang: Lang) => `front-${lang}`,
  /** Which stories a section, tag or author lists in an edition (its pages and feeds). */
  section: (id: number, lang: Lang) => `section${id}-${lang}`,
  tag: (id: number, lang: Lang) => `tag${id}-${lang}`,
  author: (id: number, lang: Lang) => `author${id}-${lang}`,
  /** One photo: every page that shows it (captions, credits and image files may change). */
  media: (id: number) => `m${id}`,
  /** An edition's archive pages. */
  archive: (lang: Lang) => `archive-${lang}`,
  /** Sitemaps, all of them. */
  sitemaps: 'sitemaps',
  /** Search results pages, all of them: any change may move a result. */
  search: 'search',
} as const;

/**
 * The keys a change touches.
 *
 * A story's own key reaches every page that shows it (its article, every card of it). Publishing
 * or unpublishing also changes which stories the lists show — the edition's newest, its section,
 * tags and authors, the archive — so their keys go too. An update may move a story between lists
 * (the event names the old and new section, tags and authors) and changes sitemaps' dates.
 * A photo's change reaches the pages that show it; settings show on every page, and a bulk load
 * touches any page: everything goes.
 */
export function keysOfChange(change: ChangeEvent): string[] {
  switch (change.type) {
    case 'settings-changed':
    case 'content-replaced':
      return [CacheKey.site];
    case 'media-changed':
      return [CacheKey.media(change.mediaId)];
    case 'front-page-changed':
      return [CacheKey.front(change.lang)];
    default: {
      const { storyId, lang } = change;
      const keys = [
        CacheKey.story(storyId),
        CacheKey.section(change.sectionId, lang),
        ...change.tagIds.map((id) => CacheKey.tag(id, lang)),
        ...change.authorIds.map((id) => CacheKey.author(id, lang)),
        CacheKey.sitemaps,
        CacheKey.search,
      ];
      if (change.type !== 'story-updated') keys.push(CacheKey.latest(lang), CacheKey.archive(lang));
      return keys;
    }
  }
}

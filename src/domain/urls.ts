import { dayOf, type Day } from './dates.js';
import type { Lang } from './locale.js';
import type { Kind } from './story.js';

/**
 * One URL scheme, stable forever: language prefix (none for the default language), kind, the
 * publication day in the newsroom's zone, and the story id, which all language versions share:
 * `/en/news/2025/03/01/7501234/`. The language switcher and hreflang need no lookup table.
 */

/** The path segment of each kind. */
export const KIND_SEGMENTS: Record<Kind, string> = { news: 'news', article: 'articles', column: 'columns' };

export function kindFromSegment(segment: string): Kind | undefined {
  return (Object.keys(KIND_SEGMENTS) as Kind[]).find((k) => KIND_SEGMENTS[k] === segment);
}

const pad = (n: number) => String(n).padStart(2, '0');

export type FeedFormat = 'rss' | 'atom' | 'json';

/** What a feed lists besides a whole edition. */
export interface FeedSubject {
  kind: 'section' | 'tag' | 'author';
  slug: string;
}

/** File names of each feed format: [summary, full text]. */
export const FEED_FILES: Record<FeedFormat, readonly [string, string]> = {
  rss: ['rss.xml', 'rss-full.xml'],
  atom: ['atom.xml', 'atom-full.xml'],
  json: ['feed.json', 'feed-full.json'],
};

/** Builds every reader path for a site whose default language has no prefix. */
export class Paths {
  constructor(
    readonly defaultLang: Lang,
    readonly timeZone: string,
  ) {}

  /** "/" for the default language, "/en/" for the others. */
  home(lang: Lang): string {
    return lang === this.defaultLang ? '/' : `/${lang}/`;
  }

  story(lang: Lang, kind: Kind, publishedAt: Date, id: number): string {
    const d = dayOf(publishedAt, this.timeZone);
    return `${this.home(lang)}${KIND_SEGMENTS[kind]}/${d.year}/${pad(d.month)}/${pad(d.day)}/${id}/`;
  }

  section(lang: Lang, slug: string, page = 1): string {
    return this.paged(`${this.home(lang)}sections/${encodeURIComponent(slug)}/`, page);
  }

  tag(lang: Lang, slug: string, page = 1): string {
    return this.paged(`${this.home(lang)}tags/${encodeURIComponent(slug)}/`, page);
  }

  author(lang: Lang, slug: string, page = 1): string {
    return this.paged(`${this.home(lang)}authors/${encodeURIComponent(slug)}/`, page);
  }

  /** The "All news" archive: today without a day, else the given day. */
  archive(lang: Lang, day?: Day): string {
    const base = `${this.home(lang)}archive/`;
    return day ? `${base}${day.year}/${pad(day.month)}/${pad(day.day)}/` : base;
  }

  media(path: string): string {
    return `/media/${path}`;
  }

  /**
   * A feed of an edition (no subject) or of a section, tag or author: `/rss.xml`,
   * `/en/sections/politics/atom-full.xml`, `/ru/authors/olena-koval/feed.json`.
   */
  feed(lang: Lang, subject: FeedSubject | null, format: FeedFormat, full = false): string {
    const base = subject ? this[subject.kind](lang, subject.slug) : this.home(lang);
    return `${base}${FEED_FILES[format][full ? 1 : 0]}`;
  }

  private paged(path: string, page: number): string {
    return page > 1 ? `${path}?page=${page}` : path;
  }
}

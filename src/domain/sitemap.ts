import type { Lang } from './locale.js';
import { startOfDay } from './dates.js';

/**
 * Sitemap rules that need no I/O: the limits of the sitemaps.org protocol and Google News, and
 * the calendar months (in the newsroom's zone, as in story URLs) that monthly sitemaps cover.
 */

/** How many URLs one sitemap file may list, and one news sitemap file. Tests pass smaller ones. */
export interface SitemapLimits {
  /** URLs per story or list sitemap file (sitemaps.org allows up to 50,000). */
  urlsPerFile: number;
  /** Google News: at most 1,000 URLs per news sitemap file. */
  newsPerFile: number;
}

/**
 * 2,000 URLs a file, as WordPress sitemaps have: about 0.8 MB of XML (with hreflang links), built
 * in a few tens of milliseconds. At the protocol's 50,000 a busy month would be one 20 MB file,
 * built in one piece and held in memory while a crawler fetches it.
 */
export const SITEMAP_LIMITS: SitemapLimits = { urlsPerFile: 2_000, newsPerFile: 1_000 };

/** Google News lists only articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;

/** A calendar month in the newsroom's zone. */
export interface Month {
  year: number;
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-03": how sitemap_months keys a month, and how sitemap file names spell it. */
export function monthKey(m: Month): string {
  return `${m.year}-${pad(m.month)}`;
}

export function parseMonthKey(key: string): Month {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();

/** The newsroom-zone month a moment falls in. */
export function monthOf(date: Date, timeZone: string): Month {
  let f = monthFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit' });
    monthFormatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(date)) p[part.type] = part.value;
  return { year: Number(p.year), month: Number(p.month) };
}

export function nextMonth(m: Month): Month {
  return m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 };
}

/**
 * The half-open UTC range [start, end) a newsroom-zone month covers, exact across DST changes.
 * @example monthRange({ year: 2025, month: 3 }, 'Europe/Kyiv') // 2025-02-28T22:00Z .. 2025-03-31T21:00Z
 */
export function monthRange(m: Month, timeZone: string): { start: Date; end: Date } {
  const n = nextMonth(m);
  return { start: startOfDay({ ...m, day: 1 }, timeZone), end: startOfDay({ ...n, day: 1 }, timeZone) };
}

/** True when the numbers name a month a sitemap may cover (1900–9999, 1–12). */
export function isSitemapMonth(m: Month): boolean {
  return Number.isInteger(m.year) && m.year >= 1900 && m.year <= 9999 && Number.isInteger(m.month) && m.month >= 1 && m.month <= 12;
}

/** How many files `count` URLs take at `perFile` each (a list with no URLs takes none). */
export function partCount(count: number, perFile: number): number {
  return Math.ceil(count / perFile);
}

/** The kinds of list sitemaps each edition has. */
export type ListSitemap = 'sections' | 'tags' | 'authors';

const suffix = (part: number) => (part > 1 ? `-${part}` : '');

/**
 * Sitemap file paths, all at the site root (a sitemap may list only URLs under its own folder).
 * Part 1 has no number; later parts of a month or list over the limit are `-2`, `-3`, …
 * News parts are numbered from 1: `/sitemap-news.xml` is always an index of them.
 */
export const SitemapFiles = {
  index: '/sitemap.xml',
  month: (lang: Lang, m: Month, part = 1) => `/sitemap-${lang}-${monthKey(m)}${suffix(part)}.xml`,
  list: (lang: Lang, kind: ListSitemap, part = 1) => `/sitemap-${lang}-${kind}${suffix(part)}.xml`,
  newsIndex: '/sitemap-news.xml',
  news: (part: number) => `/sitemap-news-${part}.xml`,
};

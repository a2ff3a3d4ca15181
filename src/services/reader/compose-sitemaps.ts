import { LANGUAGES, type Lang } from '../../domain/locale.js';
import {
  NEWS_WINDOW_MS, SitemapFiles, monthKey, monthOf, monthRange, partCount,
  type ListSitemap, type Month, type SitemapLimits,
} from '../../domain/sitemap.js';
import type { Paths } from '../../domain/urls.js';
import type { SitemapMonthRow } from '../../storage/sitemap-repository.js';
import type { ReaderDeps } from './reader-context.js';

/**
 * What the sitemap files list, as site paths (the web layer makes them absolute):
 *
 * - `/sitemap.xml`, the index: every part of every monthly story sitemap of every language, the
 *   section, tag and author sitemaps of each language, and the news sitemap parts;
 * - `/sitemap-{lang}-{YYYY}-{MM}[-{n}].xml`: that language's versions published in that month
 *   (newsroom zone), newest first, at most `urlsPerFile` each, with hreflang alternates;
 * - `/sitemap-{lang}-{sections|tags|authors}[-{n}].xml`: list pages dated by their newest story;
 * - `/sitemap-news.xml`: always a sitemap index of `/sitemap-news-{n}.xml` (n from 1), each at
 *   most `newsPerFile` versions of any language published in the last 48 hours. With no recent
 *   news it lists one empty part, as Google News expects (an empty news sitemap is not an error).
 */

export interface SitemapDeps extends ReaderDeps {
  paths: Paths;
  timeZone: string;
  limits: SitemapLimits;
}

/** A file the index lists. */
export interface SitemapRef {
  path: string;
  lastModified: Date | null;
}

export interface SitemapUrl {
  path: string;
  lastModified: Date | null;
  /** hreflang → path, the page itself included, x-default last; empty for single-language stories. */
  alternates: { hreflang: string; path: string }[];
}

export interface NewsUrl {
  path: string;
  lang: Lang;
  title: string;
  publishedAt: Date;
  lastModified: Date;
}

export interface Composed<T> {
  items: T[];
  /** The newest change among what the file shows: Last-Modified. */
  lastModified: Date | null;
}

const newest = (dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/** The sitemap index: months from sitemap_months (a small table), lists and news parts. */
export async function composeSitemapIndex(deps: SitemapDeps): Promise<Composed<SitemapRef>> {
  const now = deps.now();
  const items: SitemapRef[] = [];
  for (const row of await deps.repos.sitemaps.listMonths()) {
    const count = await visibleCount(deps, row, now);
    // An imported version dated ahead may have set a future time: it counts when it comes.
    const lastModified = row.lastModified > now ? now : row.lastModified;
    for (let part = 1; part <= partCount(count, deps.limits.urlsPerFile); part++) {
      items.push({ path: SitemapFiles.month(row.lang, row.month, part), lastModified });
    }
  }
  for (const lang of LANGUAGES) {
    for (const kind of ['sections', 'tags', 'authors'] as const) {
      const entries = await listEntries(deps, lang, kind, now);
      chunk(entries, deps.limits.urlsPerFile).forEach((part, i) =>
        items.push({ path: SitemapFiles.list(lang, kind, i + 1), lastModified: newest(part.map((e) => e.lastModified)) }),
      );
    }
  }
  const news = await composeNews(deps);
  if (news.items.length > 0) {
    chunk(news.items, deps.limits.newsPerFile).forEach((_, i) => items.push({ path: SitemapFiles.news(i + 1), lastModified: news.lastModified }));
  }
  return { items, lastModified: newest(items.map((i) => i.lastModified)) };
}

/** One part of a month's story sitemap; undefined when there is no such file. */
export async function composeMonthSitemap(deps: SitemapDeps, lang: Lang, month: Month, part: number): Promise<Composed<SitemapUrl> | undefined> {
  const now = deps.now();
  if (monthKey(month) > monthKey(monthOf(now, deps.timeZone))) return undefined;
  const row = await deps.repos.sitemaps.findMonth(lang, month);
  if (!row) return undefined;
  const perFile = deps.limits.urlsPerFile;
  if (part > partCount(await visibleCount(deps, row, now), perFile)) return undefined;
  const { start, end } = monthRange(month, deps.timeZone);
  const versions = await deps.repos.sitemaps.monthVersions(lang, start, end, now, (part - 1) * perFile, perFile);
  if (versions.length === 0) return undefined;
  const { paths } = deps;
  const items = versions.map((v): SitemapUrl => {
    const byLang = new Map(v.versions.map((x) => [x.lang, paths.story(x.lang, x.kind, x.publishedAt, v.storyId)]));
    const alternates: SitemapUrl['alternates'] = [];
    if (byLang.size > 1) {
      for (const l of LANGUAGES) if (byLang.has(l)) alternates.push({ hreflang: l, path: byLang.get(l)! });
      alternates.push({ hreflang: 'x-default', path: byLang.get(paths.defaultLang) ?? alternates[0]!.path });
    }
    return { path: byLang.get(lang)!, lastModified: v.modifiedAt, alternates };
  });
  // A version whose future publication time has come joins the month without a write.
  const lastModified = newest([row.lastModified, ...versions.map((v) => v.publishedAt)]);
  return { items, lastModified: lastModified && lastModified > now ? now : lastModified };
}

/** One part of an edition's section, tag or author sitemap; undefined when there is no such file. */
export async function composeListSitemap(deps: SitemapDeps, lang: Lang, kind: ListSitemap, part: number): Promise<Composed<SitemapUrl> | undefined> {
  const items = chunk(await listEntries(deps, lang, kind, deps.now()), deps.limits.urlsPerFile)[part - 1];
  if (!items) return undefined;
  return { items, lastModified: newest(items.map((i) => i.lastModified)) };
}

/** The news sitemap index: its parts, at least one (possibly empty). */
export async function composeNewsIndex(deps: SitemapDeps): Promise<Composed<SitemapRef>> {
  const news = await composeNews(deps);
  const parts = Math.max(1, partCount(news.items.length, deps.limits.newsPerFile));
  const items = Array.from({ length: parts }, (_, i) => ({ path: SitemapFiles.news(i + 1), lastModified: news.lastModified }));
  return { items, lastModified: news.lastModified };
}

/** One part of the news sitemap (from 1); undefined beyond the last. */
export async function composeNewsPart(deps: SitemapDeps, part: number): Promise<Composed<NewsUrl> | undefined> {
  const news = await composeNews(deps);
  if (part > Math.max(1, partCount(news.items.length, deps.limits.newsPerFile))) return undefined;
  return { items: chunk(news.items, deps.limits.newsPerFile)[part - 1] ?? [], lastModified: news.lastModified };
}

/**
 * Versions published in the last 48 hours. Last-Modified moves when one is published, saved or
 * unpublished (the months' change times), and when the window lets one go.
 */
async function composeNews(deps: SitemapDeps): Promise<Composed<NewsUrl>> {
  const now = deps.now();
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  const repo = deps.repos.sitemaps;
  // Far more than Google reads; bounds the work if an import dates thousands of stories today.
  const cap = deps.limits.newsPerFile * 50;
  const [versions, expired, changed] = await Promise.all([
    repo.recentNews(since, now, cap),
    repo.newestPublishedUpTo(since),
    repo.newestMonthChange(monthOf(since, deps.timeZone)),
  ]);
  const items = versions.map((v) => ({
    path: deps.paths.story(v.lang, v.kind, v.publishedAt, v.storyId),
    lang: v.lang,
    title: v.headline,
    publishedAt: v.publishedAt,
    lastModified: v.modifiedAt,
  }));
  const left = expired ? new Date(expired.getTime() + NEWS_WINDOW_MS) : null;
  const last = newest([left, changed, ...versions.flatMap((v) => [v.publishedAt, v.modifiedAt])]);
  return { items, lastModified: last && last > now ? now : last };
}

/** How many of a month's versions readers can see now: the stored count unless some are dated ahead. */
async function visibleCount(deps: SitemapDeps, row: SitemapMonthRow, now: Date): Promise<number> {
  if (monthKey(row.month) > monthKey(monthOf(now, deps.timeZone))) return 0;
  if (row.newestPublished <= now) return row.urlCount;
  const { start, end } = monthRange(row.month, deps.timeZone);
  return deps.repos.sitemaps.countPublished(row.lang, start, end, now);
}

async function listEntries(deps: SitemapDeps, lang: Lang, kind: ListSitemap, now: Date): Promise<SitemapUrl[]> {
  const { paths, repos } = deps;
  const entry = (path: string, lastModified: Date | null): SitemapUrl => ({ path, lastModified, alternates: [] });
  if (kind === 'sections') {
    const [edition, sections] = await Promise.all([repos.sitemaps.newestInEdition(lang, now), repos.sitemaps.sections(lang, now)]);
    return [
      entry(paths.home(lang), edition),
      entry(paths.archive(lang), edition),
      ...sections.map((s) => entry(paths.section(lang, s.slug), s.newest)),
    ];
  }
  const rows = await repos.sitemaps.listings(kind === 'tags' ? 'tag' : 'author', lang, now);
  return rows.map((r) => entry(kind === 'tags' ? paths.tag(lang, r.slug) : paths.author(lang, r.slug), r.newest));
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

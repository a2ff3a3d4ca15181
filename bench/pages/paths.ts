/**
 * The paths each case requests, read from the data set with SQL and built the way the app builds
 * its links (`Paths`, `SitemapFiles`, `searchPath`), for the default edition (uk, no prefix).
 * Random picks use a fixed seed: every run on one data set requests the same lists.
 */
import { sql } from 'kysely';
import { dayKey, dayOf, type Day } from '../../src/domain/dates.js';
import type { Lang } from '../../src/domain/locale.js';
import { SitemapFiles } from '../../src/domain/sitemap.js';
import type { Kind } from '../../src/domain/story.js';
import { Paths } from '../../src/domain/urls.js';
import { toDate } from '../../src/storage/dialect.js';
import type { Database } from '../../src/storage/schema.js';
import { PAGE_SIZE } from '../../src/services/reader/compose-list-page.js';
import { searchPath } from '../../src/web/reader/search-params.js';
import type { Kysely } from 'kysely';
import { createRng } from '../../src/seed/corpus/generate.js';

/** The benchmarked articles: a random sample of this many published stories. */
export /** Stories the cold-article case draws from; all of them in archives up to this size. */
const COLD_SAMPLE = 100_000;
const ARTICLE_SAMPLE = 10_000;
/** Section pages requested: 1 to this (fewer when a section has fewer). */
const SECTION_PAGES = 5;
/** Tag pages: the most used tags. */
const TOP_TAGS = 200;

/** What readers type into the search box (uk edition), in the query string the search form sends. */
const SEARCHES: Record<string, string>[] = [
  { q: 'школи' },
  { q: 'бюджет області' },
  { q: 'Світанок' },
  { q: '"базових станцій"' },
  { q: 'відновили електропост' },
  { q: 'школи -укриття' },
  { q: 'укриття', sort: 'date' },
  { q: 'Житомир' },
  { q: 'Київ' },
  { q: 'Харків' },
  { q: 'Львів' },
  { q: 'Одеса' },
  { q: 'Варшава' },
  { q: 'енергетика' },
  { q: 'ремонт доріг' },
  { q: 'лікарня' },
  { q: 'тендер' },
  { q: 'області', page: '2' },
  { q: 'школи', section: 'suspilstvo', from: '2026-09-01', to: '2026-09-30' },
  { q: 'Житомир', lang: 'all' },
];

export interface CasePaths {
  front: string[];
  article: string[];
  section: string[];
  tag: string[];
  author: string[];
  archive: string[];
  rss: string[];
  'news-sitemap': string[];
  search: string[];
  /** Every published story of the edition: the uncached case. */
  'cold-article': string[];
}


function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const copy = [...items];
  // The seed's own generator (mulberry32): the same lists on every run.
  const random = createRng(seed).next;
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

/**
 * Every case's paths for the edition `lang` (the site's default language, so without prefix).
 *
 * @example const paths = await choosePaths(db, new Paths('uk', 'Europe/Kyiv'), 'uk');
 */
export async function choosePaths(db: Kysely<Database>, paths: Paths, lang: Lang): Promise<CasePaths> {
  if (lang !== paths.defaultLang) throw new Error('the benchmark requests the default edition');
  const published = await db
    .selectFrom('story_versions')
    .select(['story_id', 'kind', 'published_at'])
    .where('lang', '=', lang)
    .where('status', '=', 'published')
    .orderBy('story_id')
    .execute();
  if (published.length === 0) throw new Error(`the data set has no published ${lang} stories`);
  const stories = published.map((r) => ({ id: r.story_id, path: paths.story(lang, r.kind as Kind, toDate(r.published_at!), r.story_id), at: toDate(r.published_at!) }));
  const allArticles = stories.map((s) => s.path);

  const sectionCounts = await db
    .selectFrom('story_versions as v')
    .innerJoin('section_translations as t', (j) => j.onRef('t.section_id', '=', 'v.section_id').on('t.lang', '=', lang))
    .select(['t.slug', (eb) => eb.fn.countAll().as('n')])
    .where('v.lang', '=', lang)
    .where('v.status', '=', 'published')
    .groupBy('t.slug')
    .execute();
  const sections = sectionCounts.flatMap((s) => {
    const pages = Math.min(SECTION_PAGES, Math.ceil(Number(s.n) / PAGE_SIZE));
    return Array.from({ length: pages }, (_, i) => paths.section(lang, s.slug, i + 1));
  });

  const tags = await db
    .selectFrom('tag_listings as l')
    .innerJoin('tag_translations as t', (j) => j.onRef('t.tag_id', '=', 'l.tag_id').on('t.lang', '=', lang))
    .select(['t.slug', (eb) => eb.fn.countAll().as('n')])
    .where('l.lang', '=', lang)
    .groupBy('t.slug')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('t.slug')
    .limit(TOP_TAGS)
    .execute();

  const authors = await db
    .selectFrom('author_translations as t')
    .select('t.slug')
    .where('t.lang', '=', lang)
    .where((eb) => eb.exists(eb.selectFrom('author_listings as l').select('l.author_id').whereRef('l.author_id', '=', 't.author_id').where('l.lang', '=', lang)))
    .orderBy('t.slug')
    .execute();

  // Every day from the first publication to the last, in the newsroom's zone (as story URLs).
  const days = new Map<string, Day>();
  for (const s of stories) {
    const d = dayOf(s.at, paths.timeZone);
    days.set(dayKey(d), d);
  }

  return {
    front: [paths.home(lang)],
    article: sample(allArticles, ARTICLE_SAMPLE, 1),
    section: sections,
    tag: tags.map((t) => paths.tag(lang, t.slug)),
    author: authors.map((a) => paths.author(lang, a.slug)),
    archive: [...days.values()].map((d) => paths.archive(lang, d)),
    rss: [paths.feed(lang, null, 'rss')],
    'news-sitemap': [SitemapFiles.news(1)],
    search: SEARCHES.map((q) => `${searchPath(paths, lang)}?${new URLSearchParams(q).toString()}`),
    // Every published story up to 100,000 of them: with a million, checking each first would take longer than the case.
    'cold-article': sample(allArticles, COLD_SAMPLE, 2),
  };
}

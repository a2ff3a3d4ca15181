import { dayRange, isRealDay, type Day } from '../../domain/dates.js';
import { LANGUAGES, isLang, type Lang } from '../../domain/locale.js';
import { cleanText } from '../../domain/text.js';
import { bodyText } from '../../domain/search/search-document.js';
import { highlight } from '../../domain/search/search-highlight.js';
import { isEmptyQuery, parseQuery, type SearchQuery } from '../../domain/search/search-query.js';
import { STATUSES, type Status } from '../../domain/story.js';
import type { Match, SearchRepository } from '../../storage/search/search-repository.js';
import type { SearchHit, SearchRequest, SearchResults } from './search-types.js';

export type { SearchRequest, SearchResults, SearchHit } from './search-types.js';

/** What a search needs: the search repository and a clock; the zone days are counted in. */
export interface SearchDeps {
  repos: { search: SearchRepository };
  now: () => Date;
  /** The newsroom's zone (TIME_ZONE) for `from`/`to` days. */
  timeZone: string;
}

/**
 * Matches ranked per language: the newest this many (in index order, i.e. by story id). Ranking
 * and counting stop there, so a word found in half of a million-story archive costs what a rare
 * one does (one backwards walk of the index, stopped early), at the price that relevance ranks
 * only the newest RANK_WINDOW matches and totals beyond it read "more than". For news, where the
 * blend with recency weighs old stories down anyway, the older matches rarely rank; a reader
 * looking further back narrows by date, section or a rarer word.
 */
export const RANK_WINDOW = 1000;
/** Results per page allowed; a request outside is brought inside. */
export const MAX_PER_PAGE = 50;
export const DEFAULT_PER_PAGE = 10;
/** Relevance halves when a story is this many days old: relevance / (1 + age / HALF_LIFE_DAYS). */
export const HALF_LIFE_DAYS = 7;
const DAY_MS = 86_400_000;
/** Slugs longer than this name nothing. */
const MAX_SLUG = 200;

/**
 * Searches the archive: readers see published versions only, the newsroom every version (and may
 * narrow by workflow status and by who started the story). Never throws on any request: an input
 * that asks for nothing answers `empty: true` without touching the database, unknown filters and
 * pages past the last find nothing.
 *
 * @example
 * const results = await search(deps, { q: 'переговори', lang: 'uk', filterLang: 'uk', sort: 'relevance',
 *   page: 1, perPage: 10, audience: 'readers' });
 */
export async function search(deps: SearchDeps, request: SearchRequest): Promise<SearchResults> {
  const filterLang: Lang = isLang(request.filterLang) ? request.filterLang : 'uk';
  const langs: readonly Lang[] = request.lang === 'all' ? LANGUAGES : [isLang(request.lang) ? request.lang : filterLang];
  const perPage = Number.isSafeInteger(request.perPage) ? Math.min(MAX_PER_PAGE, Math.max(1, request.perPage)) : DEFAULT_PER_PAGE;
  const page = Number.isSafeInteger(request.page) && request.page >= 1 ? request.page : 1;
  // The reader's, the newsroom's and the read API's queries alike: no control character reaches SQL (PostgreSQL refuses NUL).
  const q = typeof request.q === 'string' ? cleanText(request.q) : '';

  const queries = new Map<Lang, SearchQuery>();
  for (const lang of langs) {
    const parsed = parseQuery(q, lang);
    if (!isEmptyQuery(parsed)) queries.set(lang, parsed);
  }
  const shown = parseQuery(q, langs.length === 1 ? langs[0]! : filterLang);
  const answer = (hits: SearchHit[], total: number, totalIsExact: boolean, empty = false): SearchResults => ({
    empty,
    words: shown.words,
    truncated: shown.truncated,
    hits,
    total,
    totalIsExact,
    page,
    perPage,
  });
  if (queries.size === 0) return answer([], 0, true, true);

  const workflow = newsroomFilters(request);
  if (!workflow) return answer([], 0, true);
  const repo = deps.repos.search;
  const filters = await resolveFilters(repo, filterLang, request);
  if (!filters) return answer([], 0, true);
  const zone = deps.timeZone;
  const from = isDay(request.from) ? dayRange(request.from, zone).start : undefined;
  const to = isDay(request.to) ? dayRange(request.to, zone).end : undefined;
  const now = deps.now();

  // Filters and days make a common word's matches few; whether the word is common is asked of the
  // whole archive (one walk stopped at the window, as for a search without filters).
  const narrowed = Object.keys(filters).length > 0 || Object.keys(workflow).length > 0 || from !== undefined || to !== undefined;
  const isCommon = async (lang: Lang, term: string) => {
    const word: SearchQuery = { lang, terms: [term], phrases: [], prefix: undefined, excludedTerms: [], excludedPhrases: [], words: [], truncated: false };
    const newest = await repo.matches({ lang, query: word, now, publishedOnly: request.audience !== 'newsroom', limit: RANK_WINDOW });
    return newest.length >= RANK_WINDOW;
  };
  const found: Match[] = [];
  let exact = true;
  for (const [lang, query] of queries) {
    const ask = (q: SearchQuery) =>
      repo.matches({ lang, query: q, now, ...filters, ...workflow, from, to, publishedOnly: request.audience !== 'newsroom', limit: RANK_WINDOW });
    // The last word as a prefix costs a merge of every term it starts (all of «школ*»), the
    // more the commoner the word. A word the archive holds RANK_WINDOW times is taken as typed:
    // the reader has finished it, and its prefix would mostly add other words.
    let matches: Match[] | undefined;
    if (query.prefix) {
      const stem = query.prefix.starts[0]!;
      const whole = await ask({ ...query, prefix: undefined, terms: [...query.terms, stem] });
      if (whole.length >= RANK_WINDOW) matches = whole;
      else if (narrowed && (await isCommon(lang, stem))) matches = whole;
    }
    matches ??= await ask(query);
    if (matches.length >= RANK_WINDOW) exact = false;
    found.push(...matches);
  }

  const order = request.sort === 'date' ? byDate : byBlend(now);
  found.sort(order);
  const start = (page - 1) * perPage;
  const pageMatches = start < found.length ? found.slice(start, start + perPage) : [];
  const versions = await repo.versions(pageMatches);
  const hits = versions.map((v): SearchHit => {
    const query = queries.get(v.card.lang)!;
    const text = [v.card.lead, bodyText(v.body)].filter((t) => t.trim() !== '').join('\n\n');
    return {
      card: v.card,
      status: v.status,
      kind: v.kind,
      headline: highlight(v.card.headline, query, v.card.lang, Number.MAX_SAFE_INTEGER),
      snippet: highlight(text, query, v.card.lang),
    };
  });
  return answer(hits, found.length, exact);
}

type IdFilters = { sectionId?: number; tagId?: number; authorId?: number };

/** Section, tag and author ids from slugs and ids; undefined when a filter can match nothing. */
async function resolveFilters(repo: SearchRepository, lang: Lang, request: SearchRequest): Promise<IdFilters | undefined> {
  const out: IdFilters = {};
  const wanted = (slug: unknown): slug is string => typeof slug === 'string' && slug !== '';
  for (const [key, slug, given, find] of [
    ['sectionId', request.section, request.sectionId, repo.sectionId],
    ['tagId', request.tag, request.tagId, repo.tagId],
    ['authorId', request.author, request.authorId, repo.authorId],
  ] as const) {
    if (given !== undefined) {
      if (!isId(given)) return undefined;
      out[key] = given;
    }
    if (!wanted(slug)) continue;
    const id = slug.length > MAX_SLUG ? undefined : await find.call(repo, lang, slug);
    // A slug and an id naming different things: nothing can match both.
    if (id === undefined || (given !== undefined && id !== given)) return undefined;
    out[key] = id;
  }
  return out;
}

/**
 * The workflow filters of a newsroom search (readers' searches ignore them: they see published
 * versions only, whoever started the story); undefined when they can match nothing.
 */
function newsroomFilters(request: SearchRequest): { status?: Status; createdBy?: number } | undefined {
  if (request.audience !== 'newsroom') return {};
  const out: { status?: Status; createdBy?: number } = {};
  if (request.status !== undefined) {
    if (!(STATUSES as readonly unknown[]).includes(request.status)) return undefined;
    out.status = request.status;
  }
  if (request.createdBy !== undefined) {
    if (!isId(request.createdBy)) return undefined;
    out.createdBy = request.createdBy;
  }
  return out;
}

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

function isDay(value: unknown): value is Day {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Day;
  return Number.isInteger(d.month) && Number.isInteger(d.day) && isRealDay(d);
}

const stamp = (m: Match) => m.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
const tieBreak = (a: Match, b: Match) => b.storyId - a.storyId || LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang);

/** Newest first; versions never published (newsroom) before all, newest story first. */
function byDate(a: Match, b: Match): number {
  return stamp(b) - stamp(a) || tieBreak(a, b);
}

/** Relevance weighed down by age: news ages fast. A version never published counts as new. */
function byBlend(now: Date) {
  const blended = (m: Match) => {
    const age = m.publishedAt ? Math.max(0, (now.getTime() - m.publishedAt.getTime()) / DAY_MS) : 0;
    return m.relevance / (1 + age / HALF_LIFE_DAYS);
  };
  const scores = new Map<Match, number>();
  const score = (m: Match) => {
    let s = scores.get(m);
    if (s === undefined) scores.set(m, (s = blended(m)));
    return s;
  };
  return (a: Match, b: Match) => score(b) - score(a) || tieBreak(a, b);
}

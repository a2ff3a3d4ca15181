import type { Actor } from '../../domain/access.js';
import type { Day } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import type { Segment } from '../../domain/search/search-highlight.js';
import type { Status } from '../../domain/story.js';
import { newsroomItems, type NewsroomItem } from '../../storage/newsroom-list.js';
import { SearchRepository } from '../../storage/search/search-repository.js';
import type { EditorialDeps } from '../editorial/editorial-deps.js';
import { seesAll } from '../editorial/open-story.js';
import { search } from './search.js';

/** What the newsroom's story search asks: the words, the list's filters by id, the order and page. */
export interface NewsroomSearchRequest {
  q: string;
  lang: Lang | 'all';
  status?: Status;
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Publication days in the newsroom's time zone, both included. */
  from?: Day;
  to?: Day;
  sort: 'relevance' | 'date';
  page: number;
  perPage: number;
}

/** A found version: the story list's item plus its headline and best passage with the matched words marked. */
export interface NewsroomSearchItem extends NewsroomItem {
  headlineMarks: Segment[];
  snippet: Segment[];
}

export interface NewsroomSearchResults {
  items: NewsroomSearchItem[];
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
  /** The words asked for nothing (blank, only stop words): nothing was searched. */
  empty: boolean;
  /** Part of the words was ignored (too many). */
  truncated: boolean;
}

/**
 * The newsroom's story search and the background-links picker: the readers' search engine over
 * every version in any status. Members below editor find only the stories they started, as in
 * the story list.
 *
 * @example
 * const found = await searchNewsroomStories(deps, editor, { q: 'переговори', lang: 'all', sort: 'relevance', page: 1, perPage: 20 });
 * found.items[0]?.snippet // [{ text: '…', match: false }, { text: 'переговорів', match: true }, …]
 */
export async function searchNewsroomStories(deps: EditorialDeps, actor: Actor, request: NewsroomSearchRequest): Promise<NewsroomSearchResults> {
  const results = await search(
    { repos: { search: new SearchRepository(deps.db) }, now: deps.now, timeZone: deps.timeZone },
    {
      ...request,
      // Filters come as ids, so no slug is read in this language; it only names the words shown.
      filterLang: request.lang === 'all' ? 'uk' : request.lang,
      audience: 'newsroom',
      ...(seesAll(actor) ? {} : { createdBy: actor.id }),
    },
  );
  // The list's own fields (the real publication time, lock version, who started it) in one read.
  const items = await newsroomItems(deps.db, results.hits.map((h) => ({ storyId: h.card.storyId, lang: h.card.lang })));
  const byKey = new Map(items.map((i) => [`${i.storyId}/${i.lang}`, i]));
  return {
    items: results.hits.flatMap((hit) => {
      const item = byKey.get(`${hit.card.storyId}/${hit.card.lang}`);
      return item ? [{ ...item, headlineMarks: hit.headline, snippet: hit.snippet }] : [];
    }),
    total: results.total,
    totalIsExact: results.totalIsExact,
    page: results.page,
    perPage: results.perPage,
    empty: results.empty,
    truncated: results.truncated,
  };
}

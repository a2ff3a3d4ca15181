import type { Day } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import { findSubject, type ListSubject } from '../reader/compose-list-page.js';
import { loadFrame, type PageFrame, type ReaderDeps } from '../reader/reader-context.js';
import type { SuggestFn } from './search-suggest.js';
import type { SearchRequest, SearchResults } from './search-types.js';

/**
 * The reader's search page: the frame, the engine's answer for the page's query, and the names of
 * the filters in use (for "Section: Politics ✕"). An empty search box asks the engine nothing.
 */

/** The search engine as the reader site uses it: `search(deps, request)` with its deps bound. */
export type SearchFn = (request: SearchRequest) => Promise<SearchResults>;

export interface SearchPageRequest {
  q: string;
  page: number;
  perPage: number;
  sort: SearchRequest['sort'];
  lang: SearchRequest['lang'];
  section?: string;
  tag?: string;
  author?: string;
  from?: Day;
  to?: Day;
}

export interface SearchPageData extends PageFrame {
  request: SearchPageRequest;
  /** Undefined when the search box was empty: the page invites a search. */
  results: SearchResults | undefined;
  /** Names of the section, tag and author filters, in the page language; unknown slugs have none. */
  filterNames: Partial<Record<ListSubject['kind'], string>>;
  /** "Did you mean": a corrected query that finds more, when this one found (next to) nothing. */
  suggestion: string | null;
}

/**
 * Three frame queries, one per tag or author filter in use, and the search; then, when it found
 * (next to) nothing, a suggestion. The rail's stream is not loaded: results fill the page.
 *
 * @example composeSearchPage(deps, searchFn, 'uk', { q: 'Київ', page: 1, perPage: 20, sort: 'relevance', lang: 'uk' })
 */
export async function composeSearchPage(
  deps: ReaderDeps,
  searchFn: SearchFn,
  lang: Lang,
  request: SearchPageRequest,
  suggestFn?: SuggestFn,
): Promise<SearchPageData> {
  const frame = await loadFrame(deps, lang, { stream: false });
  const { q, page, perPage, sort, section, tag, author, from, to } = request;
  const asked: SearchRequest = {
    q, lang: request.lang, filterLang: lang, sort, page, perPage, audience: 'readers',
    ...(section ? { section } : {}), ...(tag ? { tag } : {}), ...(author ? { author } : {}),
    ...(from ? { from } : {}), ...(to ? { to } : {}),
  };
  const [results, ...subjects] = await Promise.all([
    q === '' ? Promise.resolve(undefined) : searchFn(asked),
    ...(['section', 'tag', 'author'] as const).map((kind) => (request[kind] ? findSubject(deps, frame, kind, request[kind]) : Promise.resolve(undefined))),
  ]);
  const filterNames: SearchPageData['filterNames'] = {};
  for (const s of subjects) if (s) filterNames[s.kind] = s.named.byLang[lang]?.name;
  const suggestion = results && suggestFn ? await suggestFn(asked, results) : null;
  return { ...frame, request, results, filterNames, suggestion };
}

import { query, type AdminApi, type Lang, type ListItem, type Status } from './api.js';

/**
 * The newsroom's story search as the browser sees it (GET /admin/api/stories/search): found
 * versions with their headline and best passage cut into marked and unmarked pieces. The pieces
 * are plain text; {@link Marked} puts the found words in <mark>, so no HTML ever comes from the
 * server.
 */

/** A piece of headline or snippet text; `match` marks the words the search found. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface FoundItem extends ListItem {
  headlineMarks: Segment[];
  snippet: Segment[];
}

export interface FoundPage {
  items: FoundItem[];
  /** Matching versions, counted up to a cap: a lower bound when `totalIsExact` is false. */
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
  /** The words asked for nothing (only stop words): nothing was searched. */
  empty: boolean;
  /** Part of the query was ignored (too many words). */
  truncated: boolean;
}

export interface StorySearch {
  q: string;
  lang?: Lang | 'all';
  status?: Status;
  sectionId?: number | string;
  authorId?: number | string;
  /** Publication days in the newsroom's zone, "2025-03-01", both included. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date';
  page?: number;
  limit?: number;
}

/** The deepest page the API serves. */
export const MAX_SEARCH_PAGE = 100;

/**
 * Finds story versions by their words, in any status unless told.
 *
 * @example const found = await searchStories(api, { q: 'переговори', status: 'published', limit: 20 });
 */
export function searchStories(api: AdminApi, s: StorySearch): Promise<FoundPage> {
  return api.call<FoundPage>(
    'GET',
    `/stories/search${query({
      q: s.q,
      lang: s.lang === 'all' ? undefined : s.lang,
      status: s.status,
      sectionId: s.sectionId,
      authorId: s.authorId,
      from: s.from,
      to: s.to,
      sort: s.sort === 'date' ? 'date' : undefined,
      page: s.page && s.page > 1 ? s.page : undefined,
      limit: s.limit,
    })}`,
  );
}

/** Text pieces with the found words in <mark>. */
export function Marked({ parts }: { parts: readonly Segment[] }) {
  return <>{parts.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

import type { Day } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import type { Segment } from '../../domain/search/search-highlight.js';
import type { Kind, Status, StoryCard } from '../../domain/story.js';

/**
 * What a search asks and answers: the contract between the search engine (services/search/search.ts
 * over storage/search/search-repository.ts) and its users: the reader's results page, the read API's
 * /api/v1/search and the newsroom's story search and background-links picker.
 */

/** Who is searching: readers see published versions only; the newsroom sees every version. */
export type SearchAudience = 'readers' | 'newsroom';

export interface SearchRequest {
  /** The search box input, as typed (the engine parses it; any string is safe). */
  q: string;
  /** The language to search, or every language. */
  lang: Lang | 'all';
  /** Filters by slug in `filterLang` (the page's language). Unknown slugs find nothing. */
  section?: string;
  tag?: string;
  author?: string;
  /**
   * The same filters by id, as the newsroom names them. Given with a slug, both must name the same
   * thing; an id that is not a positive whole number finds nothing.
   */
  sectionId?: number;
  tagId?: number;
  authorId?: number;
  /** Language of the filter slugs and of the answer's section names. */
  filterLang: Lang;
  /** Publication days in the newsroom's time zone, both included. */
  from?: Day;
  to?: Day;
  /** Relevance blended with recency (news ages fast), or newest first. */
  sort: 'relevance' | 'date';
  /** 1-based. */
  page: number;
  perPage: number;
  audience: SearchAudience;
  /** Newsroom only (readers' searches ignore it): versions in this workflow status. */
  status?: Status;
  /** Newsroom only (readers' searches ignore it): stories this member started. */
  createdBy?: number;
}

export interface SearchHit {
  card: StoryCard;
  /** Newsroom searches: the version's workflow status (readers only ever get 'published'). */
  status: Status;
  kind: Kind;
  /** The headline with the matched words marked. */
  headline: Segment[];
  /** The best window of the lead and body text, with the matched words marked. */
  snippet: Segment[];
}

export interface SearchResults {
  /** The query as understood: no terms means nothing was searched (empty or only stop words). */
  empty: boolean;
  /** The words asked for, normalized, for "nothing found for …" and suggestions. */
  words: readonly string[];
  /** Part of the input was ignored (too long, too many terms). */
  truncated: boolean;
  hits: SearchHit[];
  /** Matching versions; counted up to a cap, `totalIsExact` false beyond it. */
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
}

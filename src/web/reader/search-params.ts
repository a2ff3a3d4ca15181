import { dayKey, isRealDay, type Day } from '../../domain/dates.js';
import { cleanText } from '../../domain/text.js';
import { isLang, LANGUAGE_LABELS, type Lang } from '../../domain/locale.js';
import type { Paths } from '../../domain/urls.js';
import { BadRequest } from '../errors.js';

/**
 * The query string of a search page, `/search/?q=…&sort=date&lang=all&section=…&from=…`, read into
 * {@link SearchParams} and written back for links (sort switch, pagination, dropping a filter).
 * Whatever a reader types in `q` is a normal search; the other parameters come from our own links,
 * so malformed ones are a bad request, as on list pages.
 */

export interface SearchParams {
  /** The search box text, trimmed, spaces collapsed, control characters removed, capped. */
  q: string;
  page: number;
  sort: 'relevance' | 'date';
  /** The page's language unless the reader chose all languages (or another one). */
  lang: Lang | 'all';
  section?: string;
  tag?: string;
  author?: string;
  from?: Day;
  to?: Day;
}

export type SearchFilter = 'section' | 'tag' | 'author' | 'from' | 'to';
export const SEARCH_FILTERS: readonly SearchFilter[] = ['section', 'tag', 'author', 'from', 'to'];

/**
 * Characters of `q` kept. The engine reads fewer (and says the query was cut); this keeps URLs,
 * titles and the echoed text of a pasted article bounded.
 */
export const MAX_Q_LENGTH = 400;
/** Deeper pages are clamped: nobody reads result 2,000, and deep pages cost the most. */
export const MAX_SEARCH_PAGE = 100;
/** Results per page. */
export const SEARCH_PER_PAGE = 20;

/** `/search/` of an edition. */
export function searchPath(paths: Paths, lang: Lang): string {
  return `${paths.home(lang)}search/`;
}

/** `/opensearch.xml` of an edition. */
export function openSearchPath(paths: Paths, lang: Lang): string {
  return `${paths.home(lang)}opensearch.xml`;
}

/**
 * The name browsers list the edition's search under: the site name and the edition, e.g.
 * "Masthead UA", at most 16 characters (OpenSearch's ShortName limit).
 */
export function openSearchTitle(siteName: string, lang: Lang): string {
  const label = ` ${LANGUAGE_LABELS[lang]}`;
  return [...siteName].slice(0, 16 - label.length).join('').trim() + label;
}

/** Every query parameter the results page reads: the page cache keys results by these alone. */
export const SEARCH_PARAMS = ['q', 'page', 'sort', 'lang', 'section', 'tag', 'author', 'from', 'to'] as const;

/**
 * Reads the query string of `/search/` in the edition `pageLang`.
 *
 * @example parseSearchParams({ q: '  Київ ', sort: 'date' }, 'uk') // { q: 'Київ', page: 1, sort: 'date', lang: 'uk' }
 */
export function parseSearchParams(query: unknown, pageLang: Lang): SearchParams {
  const raw = (query ?? {}) as Record<string, unknown>;
  const params: SearchParams = { q: cleanQ(raw.q), page: parseSearchPage(raw.page), sort: 'relevance', lang: pageLang };
  const sort = single(raw, 'sort');
  if (sort !== undefined) {
    if (sort !== 'relevance' && sort !== 'date') throw new BadRequest('sort must be relevance or date');
    params.sort = sort;
  }
  const lang = single(raw, 'lang');
  if (lang !== undefined) {
    if (lang !== 'all' && !isLang(lang)) throw new BadRequest('lang must be all or a language code');
    params.lang = lang;
  }
  for (const key of ['section', 'tag', 'author'] as const) {
    const slug = single(raw, key);
    if (slug === undefined) continue;
    if (slug.length > 120 || !/^[\p{Ll}\p{N}-]+$/u.test(slug)) throw new BadRequest(`${key} must be a slug`);
    params[key] = slug;
  }
  const from = single(raw, 'from');
  const to = single(raw, 'to');
  if (from !== undefined) params.from = parseIsoDay(from);
  if (to !== undefined) params.to = parseIsoDay(to);
  // A range typed backwards still means the days between.
  if (params.from && params.to && dayKey(params.from) > dayKey(params.to)) [params.from, params.to] = [params.to, params.from];
  return params;
}

/**
 * `?q=…&…` for `params` with `change` applied; defaults (page 1, relevance, the page's language,
 * no filter) are left out, so every page has one short address.
 *
 * @example searchQueryString({ q: 'Київ', page: 2, sort: 'date', lang: 'uk' }, 'uk') // "?q=%D0%9A%D0%B8%D1%97%D0%B2&sort=date&page=2"
 */
export function searchQueryString(params: SearchParams, pageLang: Lang, change: Partial<SearchParams> = {}): string {
  const p = { ...params, ...change };
  const out = new URLSearchParams();
  if (p.q !== '') out.set('q', p.q);
  if (p.sort !== 'relevance') out.set('sort', p.sort);
  if (p.lang !== pageLang) out.set('lang', p.lang);
  for (const key of ['section', 'tag', 'author'] as const) if (p[key]) out.set(key, p[key]);
  if (p.from) out.set('from', dayKey(p.from));
  if (p.to) out.set('to', dayKey(p.to));
  if (p.page > 1) out.set('page', String(p.page));
  const s = out.toString();
  return s === '' ? '' : `?${s}`;
}

/** The first value of a repeated text parameter; empty means absent (a form's blank field). */
function single(raw: Record<string, unknown>, key: string): string | undefined {
  const value = Array.isArray(raw[key]) ? (raw[key] as unknown[])[0] : raw[key];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new BadRequest(`${key} must be text`);
  return value;
}

/** Any text is a query: the engine makes sense of it. Here it is only tidied and bounded (also for the read API). */
export function cleanQ(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return '';
  const tidy = cleanText(first).replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...tidy];
  return chars.length > MAX_Q_LENGTH ? chars.slice(0, MAX_Q_LENGTH).join('').trim() : tidy;
}

/** `page=N`: absent is 1, malformed is a bad request (as on list pages), beyond the last is clamped. */
function parseSearchPage(value: unknown): number {
  if (value === undefined || value === '') return 1;
  if (typeof value !== 'string' || !/^[0-9]{1,12}$/.test(value) || Number(value) < 1) throw new BadRequest('page must be a positive whole number');
  return Math.min(Number(value), MAX_SEARCH_PAGE);
}

/** "2025-03-01" to a real calendar day. */
function parseIsoDay(value: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!day || !isRealDay(day)) throw new BadRequest('dates must be real days as YYYY-MM-DD');
  return day;
}

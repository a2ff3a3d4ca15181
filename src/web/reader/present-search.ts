import { formatDay, startOfDay } from '../../domain/dates.js';
import { LANGUAGES, LANGUAGE_NAMES } from '../../domain/locale.js';
import { SEARCH_UI } from '../../render/search-i18n.js';
import type { Chrome, SearchFilterView, SearchHitView, SearchPageView } from '../../render/view-models.js';
import type { SearchPageData } from '../../services/search/compose-search-page.js';
import { sectionOf } from '../../services/reader/reader-context.js';
import type { SearchHit, SearchResults } from '../../services/search/search-types.js';
import { presentChrome, storyHref, type Equivalents, type PresentContext } from './present-common.js';
import { MAX_SEARCH_PAGE, searchPath, searchQueryString, type SearchParams } from './search-params.js';

/**
 * The search page's view: results with marked headlines and snippets, the count, the sort and
 * language switches, the filters in use with a link to drop each, and pagination. Every link
 * keeps the rest of the search as it is. Search pages are never indexed: their content is
 * the archive's, which is indexed at its own addresses.
 */

/** Robots meta and X-Robots-Tag of search pages: never indexed (their links are still followed). */
export const SEARCH_ROBOTS = 'noindex';

export function presentSearchPage(ctx: PresentContext, data: SearchPageData, params: SearchParams): SearchPageView {
  const { lang, results } = data;
  const t = SEARCH_UI[lang];
  const base = searchPath(ctx.paths, lang);
  const href = (change: Partial<SearchParams> = {}) => base + searchQueryString(params, lang, { page: 1, ...change });
  const path = base + searchQueryString(params, lang);
  // Only the empty search page exists alike in every language; a query's results differ by edition.
  const equivalents: Equivalents = params.q === '' ? Object.fromEntries(LANGUAGES.map((l) => [l, searchPath(ctx.paths, l)])) : {};
  const chrome: Chrome = presentChrome(ctx, data, {
    title: params.q === '' ? t.title : t.titleFor(params.q),
    path,
    equivalents,
    robots: SEARCH_ROBOTS,
  });
  const hits = results?.hits ?? [];
  const state: SearchPageView['state'] = !results ? 'invite' : hits.length > 0 ? 'results' : results.total > 0 && params.page > 1 ? 'beyond' : 'none';
  const hidden = (['sort', 'lang', 'section', 'tag', 'author', 'from', 'to'] as const).flatMap((name) => {
    const value = new URLSearchParams(searchQueryString(params, lang)).get(name);
    return value === null ? [] : [{ name, value }];
  });
  // The language switcher carries the words over: the same search in the other edition (filters
  // are left behind, their slugs are per language).
  const languages = chrome.languages.map((l) => ({
    ...l,
    href: searchPath(ctx.paths, l.lang) + searchQueryString({ q: params.q, page: 1, sort: params.sort, lang: params.lang === 'all' ? 'all' : l.lang }, l.lang),
  }));
  return {
    // Never indexed, so the canonical link simply names the page itself.
    chrome: { ...chrome, canonical: ctx.baseUrl + path, languages },
    q: params.q,
    action: base,
    hidden,
    state,
    nothingToSearch: results?.empty ?? false,
    truncated: results?.truncated ?? false,
    total: results?.total ?? 0,
    totalIsExact: results?.totalIsExact ?? true,
    hits: hits.map((h) => presentHit(ctx, data, h)),
    sortChoices: [
      { text: t.sortRelevance, href: href({ sort: 'relevance' }), current: params.sort === 'relevance' },
      { text: t.sortDate, href: href({ sort: 'date' }), current: params.sort === 'date' },
    ],
    languageChoices: [
      { text: t.thisLanguage, href: href({ lang }), current: params.lang === lang },
      { text: t.allLanguages, href: href({ lang: 'all' }), current: params.lang === 'all' },
    ],
    allLanguagesHref: params.lang === 'all' ? null : href({ lang: 'all' }),
    suggestion: data.suggestion && results ? { text: data.suggestion, href: href({ q: data.suggestion }) } : null,
    filters: presentFilters(ctx, data, params, href),
    pagination: {
      page: params.page,
      previousHref: params.page > 1 && state === 'results' ? href({ page: params.page - 1 }) : null,
      nextHref: hasNext(params.page, results) ? href({ page: params.page + 1 }) : null,
      firstHref: state === 'beyond' ? href() : null,
    },
    sections: chrome.sections,
    archiveHref: chrome.archiveHref,
  };
}

/** A full page, and more results counted (or too many to count) beyond it, up to the deepest page served. */
function hasNext(page: number, results: SearchResults | undefined): boolean {
  if (!results || results.hits.length < results.perPage || page >= MAX_SEARCH_PAGE) return false;
  return !results.totalIsExact || page * results.perPage < results.total;
}

function presentHit(ctx: PresentContext, data: SearchPageData, hit: SearchHit): SearchHitView {
  const { card } = hit;
  const section = sectionOf(data, card.sectionId);
  return {
    href: storyHref(ctx, card),
    // A story without a headline match still shows its whole headline.
    headline: hit.headline.length > 0 ? hit.headline.map((s) => ({ text: s.text, match: s.match })) : [{ text: card.headline, match: false }],
    snippet: hit.snippet.map((s) => ({ text: s.text, match: s.match })),
    publishedAt: card.publishedAt,
    kind: card.kind,
    lang: card.lang === data.lang ? null : card.lang,
    section: section ? { href: ctx.paths.section(data.lang, section.slug), text: section.name } : null,
  };
}

function presentFilters(
  ctx: PresentContext,
  data: SearchPageData,
  params: SearchParams,
  href: (change: Partial<SearchParams>) => string,
): SearchFilterView[] {
  const t = SEARCH_UI[data.lang];
  const out: SearchFilterView[] = [];
  // A language other than the page's and "all" (a hand-made address): shown so it can be dropped.
  if (params.lang !== 'all' && params.lang !== data.lang) {
    out.push({ label: t.language.replace(/:$/, ''), value: LANGUAGE_NAMES[params.lang], removeHref: href({ lang: data.lang }) });
  }
  for (const kind of ['section', 'tag', 'author'] as const) {
    const slug = params[kind];
    if (slug) out.push({ label: t[kind], value: data.filterNames[kind] ?? slug, removeHref: href({ [kind]: undefined }) });
  }
  for (const key of ['from', 'to'] as const) {
    const day = params[key];
    if (day) out.push({ label: t[key], value: formatDay(startOfDay(day, ctx.timeZone), data.lang, ctx.timeZone), removeHref: href({ [key]: undefined }) });
  }
  return out;
}

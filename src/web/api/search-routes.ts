import type { FastifyPluginAsync } from 'fastify';
import { dayRangeParams } from '../day-params.js';
import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import { loadSummaryParts, resolveFilters, type SummaryParts } from '../../services/reader/read-api.js';
import type { SearchRequest } from '../../services/search/search-types.js';
import { cleanQ } from '../reader/search-params.js';
import { UnknownFilter } from './errors.js';
import type { ApiRouteOptions } from './plugin.js';
import { presentSummary } from './present.js';
import { commonErrors, searchQuery, searchResponseSchema } from './schemas.js';
import { sendJson } from './send.js';

interface SearchQuery {
  q: string;
  lang?: Lang | 'all';
  section?: string;
  tag?: string;
  author?: string;
  from?: string;
  to?: string;
  sort: 'relevance' | 'date';
  page: number;
  limit: number;
}

/**
 * Full-text search over what readers can see: the engine behind the reader's search page, with the
 * read API's checks (unknown slugs are 400 UNKNOWN_FILTER, as on /stories) and its summaries.
 */
export const searchRoutes: FastifyPluginAsync<ApiRouteOptions> = async (app, { deps, ctx, defaultLang, search, suggest }) => {
  app.get<{ Querystring: SearchQuery }>(
    '/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Published stories matching a query, best first or newest first',
        description:
          'Words match in any inflected form («переговорів» finds «Переговори», "negotiated" finds "Negotiations"). ' +
          'Only versions readers can see now. Relevance is weighed with recency; relevance ranks the newest 1,000 matches per language, ' +
          'and total beyond them is a lower bound (total_is_exact false). A q with nothing to search for (blank, only stop words) ' +
          'answers empty true with no data. An unknown section, tag or author slug answers 400 UNKNOWN_FILTER. ' +
          'When fewer than 3 stories match, suggestion may hold a corrected q that finds more (a typo fixed, or q read as typed on the other keyboard layout).',
        querystring: searchQuery,
        response: { 200: searchResponseSchema, ...commonErrors },
      },
    },
    async (req, reply) => {
      const query = req.query;
      const lang = query.lang ?? defaultLang;
      // Filter slugs are in the edition searched; across all languages, in the default one.
      const filterLang = lang === 'all' ? defaultLang : lang;
      const days = dayRangeParams(query);
      const sections = await deps.repos.taxonomy.listSections();
      const filters = await resolveFilters(deps, filterLang, sections, { section: query.section, tag: query.tag, author: query.author });
      if ('unknown' in filters) throw new UnknownFilter(filters.unknown, filters.slug, filterLang);

      const request: SearchRequest = {
        q: cleanQ(query.q), lang, filterLang, sort: query.sort, page: query.page, perPage: query.limit, audience: 'readers',
        ...(query.section !== undefined ? { section: query.section } : {}),
        ...(query.tag !== undefined ? { tag: query.tag } : {}),
        ...(query.author !== undefined ? { author: query.author } : {}),
        ...days,
      };
      const results = await search(request);
      const suggestion = suggest ? await suggest(request, results) : null;

      // Tags, bylines and lead photos of the page: one batch per language found.
      const byLang = new Map<Lang, StoryCard[]>();
      for (const { card } of results.hits) byLang.set(card.lang, [...(byLang.get(card.lang) ?? []), card]);
      const parts = new Map<Lang, SummaryParts>(
        await Promise.all([...byLang].map(async ([l, cards]) => [l, await loadSummaryParts(deps, l, cards)] as const)),
      );
      return sendJson(req, reply, {
        data: results.hits.map(({ card, headline, snippet }) => {
          const p = parts.get(card.lang)!;
          return {
            ...presentSummary(ctx, sections, card, p.tags.get(card.storyId) ?? [], p.authors.get(card.storyId) ?? [], p.media),
            headline_highlighted: headline,
            snippet,
          };
        }),
        total: results.total,
        total_is_exact: results.totalIsExact,
        page: results.page,
        per_page: results.perPage,
        empty: results.empty,
        truncated: results.truncated,
        suggestion,
      });
    },
  );
};

import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGE_TAGS, type Lang } from '../../domain/locale.js';
import { renderSearchPage } from '../../render/index.js';
import { OPENSEARCH_CONTENT_TYPE, renderOpenSearch } from '../../render/opensearch.js';
import { SEARCH_UI } from '../../render/search-i18n.js';
import { composeSearchPage, type SearchFn } from '../../services/compose-search-page.js';
import type { ReaderDeps } from '../../services/reader-context.js';
import type { SuggestFn } from '../../services/search-suggest.js';
import { logoAsset } from './logo.js';
import type { PresentContext } from './present-common.js';
import { presentSearchPage, SEARCH_ROBOTS } from './present-search.js';
import { openSearchPath, openSearchTitle, parseSearchParams, searchPath, SEARCH_PER_PAGE } from './search-params.js';

export interface SearchRoutesOptions {
  lang: Lang;
  deps: ReaderDeps;
  ctx: PresentContext;
  /** The search engine (services/search.ts with its deps bound); tests of the page may pass a stand-in. */
  searchFn: SearchFn;
  /** "Did you mean" (services/search-suggest.ts); none when left out. */
  suggestFn?: SuggestFn;
}

/** Results change with every publication, and a query's page is rarely asked twice: a short life. */
const SEARCH_CACHE_CONTROL = 'public, max-age=60';
/** The description changes only with the site name. */
const OPENSEARCH_CACHE_CONTROL = 'public, max-age=86400';

/**
 * One edition's search: `/search/?q=…` (results, "nothing found", or an invitation to search)
 * and `/opensearch.xml`. Registered per language with the reader routes' prefix.
 */
export const searchRoutes: FastifyPluginAsync<SearchRoutesOptions> = async (app, { lang, deps, ctx, searchFn, suggestFn }) => {
  app.get('/search/', async (req, reply) => {
    const params = parseSearchParams(req.query, lang);
    const data = await composeSearchPage(deps, searchFn, lang, { ...params, perPage: SEARCH_PER_PAGE }, suggestFn);
    const body = renderSearchPage(presentSearchPage(ctx, data, params));
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', SEARCH_CACHE_CONTROL)
      .header('x-robots-tag', SEARCH_ROBOTS)
      .send(body);
  });

  app.get('/opensearch.xml', async (_req, reply) => {
    const siteName = (await deps.repos.settings.loadForEdition(lang)).site.siteName[lang];
    const logo = logoAsset('square', siteName);
    const body = renderOpenSearch({
      shortName: openSearchTitle(siteName, lang),
      description: `${siteName}: ${SEARCH_UI[lang].title}`,
      language: LANGUAGE_TAGS[lang],
      searchUrl: ctx.baseUrl + searchPath(ctx.paths, lang),
      selfUrl: ctx.baseUrl + openSearchPath(ctx.paths, lang),
      image: { url: ctx.baseUrl + logo.path, width: logo.width, height: logo.height, type: 'image/png' },
    });
    return reply.type(OPENSEARCH_CONTENT_TYPE).header('cache-control', OPENSEARCH_CACHE_CONTROL).send(body);
  });
};

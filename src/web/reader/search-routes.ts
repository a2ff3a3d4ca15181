import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGE_TAGS, type Lang } from '../../domain/locale.js';
import { renderSearchPage } from '../../render/index.js';
import { OPENSEARCH_CONTENT_TYPE, renderOpenSearch } from '../../render/opensearch.js';
import { SEARCH_UI } from '../../render/search-i18n.js';
import { composeSearchPage, type SearchFn } from '../../services/search/compose-search-page.js';
import type { ReaderDeps } from '../../services/reader/reader-context.js';
import type { SuggestFn } from '../../services/search/search-suggest.js';
import { cacheAs } from '../cache/page-cache.js';
import { logoAsset } from './logo.js';
import { SEARCH, SITE_ONLY } from './page-keys.js';
import type { PresentContext } from './present-common.js';
import { presentSearchPage, SEARCH_ROBOTS } from './present-search.js';
import { openSearchPath, openSearchTitle, parseSearchParams, searchPath, SEARCH_PARAMS, SEARCH_PER_PAGE } from './search-params.js';
import { endOfTurn } from '../turns.js';

export interface SearchRoutesOptions {
  lang: Lang;
  deps: ReaderDeps;
  ctx: PresentContext;
  /** The search engine (services/search/search.ts with its deps bound); tests of the page may pass a stand-in. */
  searchFn: SearchFn;
  /** "Did you mean" (services/search/search-suggest.ts); none when left out. */
  suggestFn?: SuggestFn;
}


/**
 * One edition's search: `/search/?q=…` (results, "nothing found", or an invitation to search)
 * and `/opensearch.xml`. Registered per language with the reader routes' prefix.
 */
export const searchRoutes: FastifyPluginAsync<SearchRoutesOptions> = async (app, { lang, deps, ctx, searchFn, suggestFn }) => {
  // As the reader's pages: made together with the others that came in this turn (turns.ts).
  app.addHook('preHandler', endOfTurn);
  app.get('/search/', { config: { cacheParams: SEARCH_PARAMS } }, async (req, reply) => {
    const params = parseSearchParams(req.query, lang);
    const data = await composeSearchPage(deps, searchFn, lang, { ...params, perPage: SEARCH_PER_PAGE }, suggestFn);
    const body = renderSearchPage(presentSearchPage(ctx, data, params));
    return cacheAs(reply, SEARCH).type('text/html; charset=utf-8').header('x-robots-tag', SEARCH_ROBOTS).send(body);
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
    return cacheAs(reply, SITE_ONLY).type(OPENSEARCH_CONTENT_TYPE).send(body);
  });
};

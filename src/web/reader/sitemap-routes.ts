import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isLang, type Lang } from '../../domain/locale.js';
import { SITEMAP_LIMITS, SitemapFiles, isSitemapMonth, type ListSitemap, type SitemapLimits } from '../../domain/sitemap.js';
import { renderNewsSitemap, renderRobotsTxt, renderSitemapIndex, renderUrlSet, type XmlContext } from '../../render/sitemaps.js';
import {
  composeListSitemap, composeMonthSitemap, composeNewsIndex, composeNewsPart, composeSitemapIndex,
  type SitemapDeps,
} from '../../services/reader/compose-sitemaps.js';
import type { ReaderDeps } from '../../services/reader/reader-context.js';
import { sendConditional } from '../conditional.js';
import { PageNotFound } from '../errors.js';
import type { PresentContext } from './present-common.js';
import { cacheAs } from '../cache/page-cache.js';
import { SITE_ONLY, sitemapCache } from './page-keys.js';
import { endOfTurn } from '../turns.js';

export interface SitemapRoutesOptions {
  deps: ReaderDeps;
  ctx: PresentContext;
  /** URLs per file; tests pass small ones to see files split. */
  limits?: SitemapLimits;
}

const XML = 'application/xml; charset=utf-8';
/** Before the page cache sets its own (src/web/cache/page-cache.ts). */
const CACHE_CONTROL = 'public, max-age=0';

/** What follows "/sitemap-": a month (`uk-2025-03`, `uk-2025-03-2`), a list (`en-tags-2`) or a news part (`news-1`). */
const MONTH_FILE = /^([a-z]{2})-(\d{4})-(\d{2})(?:-([1-9]\d{0,5}))?\.xml$/;
const LIST_FILE = /^([a-z]{2})-(sections|tags|authors)(?:-([1-9]\d{0,5}))?\.xml$/;
const NEWS_FILE = /^news-([1-9]\d{0,5})\.xml$/;

/**
 * Sitemaps and robots.txt, at the site root for every language (a sitemap may list only URLs
 * under its own folder). Malformed or unknown names get the 404 page.
 */
export const sitemapRoutes: FastifyPluginAsync<SitemapRoutesOptions> = async (app, { deps, ctx, limits = SITEMAP_LIMITS }) => {
  // As the reader's pages: made together with the others that came in this turn (turns.ts).
  app.addHook('preHandler', endOfTurn);
  // sitemap_months counts months in the newsroom's zone: re-count once if TIME_ZONE changed.
  await deps.repos.sitemaps.useTimeZone(ctx.timeZone);
  const sd: SitemapDeps = { ...deps, paths: ctx.paths, timeZone: ctx.timeZone, limits };
  const xml: XmlContext = { baseUrl: ctx.baseUrl, timeZone: ctx.timeZone };
  const send = (req: FastifyRequest, reply: FastifyReply, body: string, lastModified: Date | null, news = false) =>
    sendConditional(req, cacheAs(reply, sitemapCache(deps.now().getTime(), news)), { body, contentType: XML, cacheControl: CACHE_CONTROL, lastModified });

  app.get('/robots.txt', async (req, reply) =>
    sendConditional(req, cacheAs(reply, SITE_ONLY), {
      body: renderRobotsTxt(ctx.baseUrl, [SitemapFiles.index, SitemapFiles.newsIndex]),
      contentType: 'text/plain; charset=utf-8',
      cacheControl: CACHE_CONTROL,
    }),
  );

  app.get(SitemapFiles.index, async (req, reply) => {
    const index = await composeSitemapIndex(sd);
    return send(req, reply, renderSitemapIndex(xml, index.items), index.lastModified);
  });

  app.get(SitemapFiles.newsIndex, async (req, reply) => {
    const index = await composeNewsIndex(sd);
    return send(req, reply, renderSitemapIndex(xml, index.items), index.lastModified, true);
  });

  app.get<{ Params: { '*': string } }>('/sitemap-*', async (req, reply) => {
    const name = req.params['*'];
    let m: RegExpExecArray | null;
    if ((m = NEWS_FILE.exec(name))) {
      const news = await composeNewsPart(sd, Number(m[1]));
      if (!news) throw new PageNotFound('no such news sitemap part');
      const { site } = await deps.repos.settings.loadForEdition(ctx.paths.defaultLang);
      return send(req, reply, renderNewsSitemap(xml, (lang: Lang) => site.siteName[lang], news.items), news.lastModified, true);
    }
    if ((m = MONTH_FILE.exec(name))) {
      const [, lang, year, month, part] = m;
      const when = { year: Number(year), month: Number(month) };
      // Part 1 has one name only: without a number.
      if (!isLang(lang) || !isSitemapMonth(when) || part === '1') throw new PageNotFound('no such sitemap');
      const file = await composeMonthSitemap(sd, lang, when, part ? Number(part) : 1);
      if (!file) throw new PageNotFound('no such sitemap');
      return send(req, reply, renderUrlSet(xml, file.items), file.lastModified);
    }
    if ((m = LIST_FILE.exec(name))) {
      const [, lang, kind, part] = m;
      if (!isLang(lang) || part === '1') throw new PageNotFound('no such sitemap');
      const file = await composeListSitemap(sd, lang, kind as ListSitemap, part ? Number(part) : 1);
      if (!file) throw new PageNotFound('no such sitemap');
      return send(req, reply, renderUrlSet(xml, file.items), file.lastModified);
    }
    throw new PageNotFound('no such sitemap');
  });
};

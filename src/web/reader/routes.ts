import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { kindFromSegment } from '../../domain/urls.js';
import { renderArchive, renderArticle, renderFrontPage, renderListPage, renderSupportPage } from '../../render/index.js';
import { composeArchivePage } from '../../services/reader/compose-archive-page.js';
import { composeArticlePage } from '../../services/reader/compose-article-page.js';
import { composeFrontPage } from '../../services/reader/compose-front-page.js';
import { composeListPage, type ListSubject } from '../../services/reader/compose-list-page.js';
import { PageNotFound } from '../errors.js';
import { parseDay, parsePage, parseSlug, parseStoryId } from './params.js';
import type { PresentContext } from './present-common.js';
import { articlePath, presentArchive, presentArticle, presentFrontPage, presentListPage, presentSupportPage } from './present-pages.js';
import { loadFrame, type ReaderDeps } from '../../services/reader/reader-context.js';
import { cacheAs } from '../cache/page-cache.js';
import { archiveCache, articleCache, frontPageCache, listPageCache, SITE_ONLY } from './page-keys.js';
import { endOfTurn } from '../turns.js';

export interface ReaderRoutesOptions {
  lang: Lang;
  deps: ReaderDeps;
  ctx: PresentContext;
}

/** Sends a reader page; its caching headers come from the page cache (src/web/cache/page-cache.ts). */
export function sendPage(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

/**
 * One edition's reader pages. Registered once per language, with `/ru`, `/en` prefixes and none
 * for the default language. Routes stay thin: parse, call a service, present, render.
 */
export const readerRoutes: FastifyPluginAsync<ReaderRoutesOptions> = async (app, { lang, deps, ctx }) => {
  // Pages the cache does not hold are made together with the others that came in this turn (turns.ts).
  app.addHook('preHandler', endOfTurn);
  app.get('/', async (_req, reply) => {
    const data = await composeFrontPage(deps, lang);
    cacheAs(reply, frontPageCache(data));
    return sendPage(reply, renderFrontPage(presentFrontPage(ctx, data)));
  });

  app.get<{ Params: { kind: string; year: string; month: string; day: string; id: string } }>(
    '/:kind/:year/:month/:day/:id/',
    async (req, reply) => {
      const kind = kindFromSegment(req.params.kind);
      if (!kind) throw new PageNotFound('unknown kind');
      parseDay(req.params.year, req.params.month, req.params.day);
      const id = parseStoryId(req.params.id);
      const data = await composeArticlePage(deps, lang, id);
      if (!data) throw new PageNotFound('no published version');
      const canonical = articlePath(ctx, data);
      // A wrong kind or date still finds the story: old links and hand-typed URLs get a permanent redirect.
      if (req.url.split('?')[0] !== canonical) return reply.redirect(canonical, 301);
      cacheAs(reply, articleCache(data));
      return sendPage(reply, renderArticle(presentArticle(ctx, data)));
    },
  );

  for (const kind of ['section', 'tag', 'author'] as const satisfies ListSubject['kind'][]) {
    app.get<{ Params: { slug: string } }>(`/${kind}s/:slug/`, { config: { cacheParams: ['page'] } }, async (req, reply) => {
      const page = parsePage(req.query);
      const data = await composeListPage(deps, lang, kind, parseSlug(req.params.slug), page);
      if (!data) throw new PageNotFound(`no such ${kind} page`);
      cacheAs(reply, listPageCache(data));
      return sendPage(reply, renderListPage(presentListPage(ctx, data)));
    });
  }

  app.get('/support/', async (_req, reply) => {
    const frame = await loadFrame(deps, lang, { stream: false });
    cacheAs(reply, SITE_ONLY);
    return sendPage(reply, renderSupportPage(presentSupportPage(ctx, frame)));
  });

  app.get('/archive/', async (_req, reply) => {
    const data = await composeArchivePage(deps, lang, ctx.timeZone);
    if (!data) throw new PageNotFound();
    cacheAs(reply, archiveCache(data, ctx.timeZone));
    return sendPage(reply, renderArchive(presentArchive(ctx, data, false)));
  });

  app.get<{ Params: { year: string; month: string; day: string } }>('/archive/:year/:month/:day/', async (req, reply) => {
    const { year, month, day } = req.params;
    const data = await composeArchivePage(deps, lang, ctx.timeZone, parseDay(year, month, day));
    if (!data) throw new PageNotFound('archive day in the future');
    cacheAs(reply, archiveCache(data, ctx.timeZone));
    return sendPage(reply, renderArchive(presentArchive(ctx, data, true)));
  });
};

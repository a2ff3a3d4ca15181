import type { FastifyPluginAsync } from 'fastify';
import { renderArticle } from '../../render/index.js';
import { composeArticlePage } from '../../services/reader/compose-article-page.js';
import { readPreviewToken } from '../../services/editorial/preview-link.js';
import type { ReaderDeps } from '../../services/reader/reader-context.js';
import { PageNotFound } from '../errors.js';
import type { PresentContext } from './present-common.js';
import { presentArticle } from './present-pages.js';

/**
 * Private previews: `/preview/<signed token>/` shows a version exactly as readers will see it,
 * whatever its status. Never cached, never indexed; a forged or expired token is a 404.
 */
export const previewRoutes: FastifyPluginAsync<{ deps: ReaderDeps; ctx: PresentContext }> = async (app, { deps, ctx }) => {
  app.get<{ Params: { token: string } }>('/preview/:token/', async (req, reply) => {
    const target = await readPreviewToken(deps.repos.settings, req.params.token, deps.now());
    if (!target) throw new PageNotFound('no such preview');
    const data = await composeArticlePage(deps, target.lang, target.storyId, { preview: true });
    if (!data) throw new PageNotFound('the version no longer exists');
    const view = presentArticle(ctx, data);
    view.chrome = { ...view.chrome, robots: 'noindex, nofollow' };
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('x-robots-tag', 'noindex, nofollow')
      .send(renderArticle(view));
  });
};

import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { FEED_FILES, type FeedFormat } from '../../domain/urls.js';
import { FEED_CONTENT_TYPES, FEED_RENDERERS } from '../../render/feeds.js';
import { composeFeed, type FeedDeps } from '../../services/reader/compose-feed.js';
import type { ListSubject } from '../../services/reader/compose-list-page.js';
import { sendConditional } from '../conditional.js';
import { PageNotFound } from '../errors.js';
import { parseSlug } from './params.js';
import type { PresentContext } from './present-common.js';
import { presentFeed } from './present-feed.js';
import { cacheAs } from '../cache/page-cache.js';
import { feedCache } from './page-keys.js';
import { endOfTurn } from '../turns.js';

export interface FeedRoutesOptions {
  lang: Lang;
  deps: FeedDeps;
  ctx: PresentContext;
}

/** Before the page cache sets its own (src/web/cache/page-cache.ts). */
const CACHE_CONTROL = 'public, max-age=0';

/**
 * One edition's feeds: `/rss.xml`, `/atom.xml`, `/feed.json` and their `-full` variants, for the
 * edition and under each section, tag and author page (`/sections/politics/rss.xml`).
 * Registered once per language with the reader routes' prefix. Query strings are ignored.
 */
export const feedRoutes: FastifyPluginAsync<FeedRoutesOptions> = async (app, { lang, deps, ctx }) => {
  // As the reader's pages: made together with the others that came in this turn (turns.ts).
  app.addHook('preHandler', endOfTurn);
  for (const format of Object.keys(FEED_FILES) as FeedFormat[]) {
    for (const full of [false, true]) {
      const file = FEED_FILES[format][full ? 1 : 0];
      const send = async (reply: FastifyReply, subject: { kind: ListSubject['kind']; slug: string } | null) => {
        const data = await composeFeed(deps, lang, subject, full);
        if (!data) throw new PageNotFound(`no such ${subject?.kind ?? 'edition'} feed`);
        cacheAs(reply, feedCache(data));
        return { body: FEED_RENDERERS[format](presentFeed(ctx, data)), lastModified: data.lastModified };
      };
      app.get(`/${file}`, async (req, reply) => {
        const { body, lastModified } = await send(reply, null);
        return sendConditional(req, reply, { body, lastModified, contentType: FEED_CONTENT_TYPES[format], cacheControl: CACHE_CONTROL });
      });
      for (const kind of ['section', 'tag', 'author'] as const) {
        app.get<{ Params: { slug: string } }>(`/${kind}s/:slug/${file}`, async (req, reply) => {
          const { body, lastModified } = await send(reply, { kind, slug: parseSlug(req.params.slug) });
          return sendConditional(req, reply, { body, lastModified, contentType: FEED_CONTENT_TYPES[format], cacheControl: CACHE_CONTROL });
        });
      }
    }
  }
};

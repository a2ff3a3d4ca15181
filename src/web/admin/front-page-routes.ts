import type { FastifyPluginAsync } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { pinFrontPage, pinnedStories, type SiteDeps } from '../../services/editorial/site-settings.js';
import { requireMember } from './member.js';
import { langParam } from './story-schemas.js';

export interface FrontPageRouteOptions {
  site: SiteDeps;
}

const params = { type: 'object', required: ['lang'], properties: { lang: langParam } } as const;

/** Front-page curation per edition: the stories pinned above the automatic top stories, in order. */
export const frontPageRoutes: FastifyPluginAsync<FrontPageRouteOptions> = async (app, options) => {
  app.get<{ Params: { lang: Lang } }>('/front-pages/:lang', { config: { permission: 'frontpage.curate' }, schema: { tags: ['front pages'], summary: "An edition's pinned stories (editors)", params } }, async (req) => {
    return pinnedStories(options.site, req.params.lang);
  });

  app.put<{ Params: { lang: Lang }; Body: { storyIds: number[] } }>(
    '/front-pages/:lang',
    {
      config: { permission: 'frontpage.curate' },
      schema: {
        tags: ['front pages'],
        summary: "Pin and order an edition's top stories (editors); unpublished ones show once published",
        params,
        body: {
          type: 'object',
          required: ['storyIds'],
          additionalProperties: false,
          properties: { storyIds: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 2147483647 } } },
        },
      },
    },
    async (req) => {
      const member = requireMember(req);
      return pinFrontPage(options.site, member.user.id, req.params.lang, req.body.storyIds);
    },
  );
};

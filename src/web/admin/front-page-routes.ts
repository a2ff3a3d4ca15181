import type { FastifyPluginAsync } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import type { ChangeEvents } from '../../services/change-events.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import type { SettingsRepository } from '../../storage/settings-repository.js';
import type { StoryRepository } from '../../storage/story-repository.js';
import { requireMember } from './member.js';
import { langParam } from './story-schemas.js';

export interface FrontPageRouteOptions {
  settings: SettingsRepository;
  stories: StoryRepository;
  audit: AuditRepository;
  events: ChangeEvents;
  now: () => Date;
}

const params = { type: 'object', required: ['lang'], properties: { lang: langParam } } as const;

/** Front-page curation per edition: the stories pinned above the automatic top stories, in order. */
export const frontPageRoutes: FastifyPluginAsync<FrontPageRouteOptions> = async (app, options) => {
  const current = async (lang: Lang) => {
    const { pinned } = await options.settings.loadForEdition(lang);
    const visible = await options.stories.cardsByIds(lang, options.now(), pinned);
    return { storyIds: pinned, published: visible.map((c) => ({ storyId: c.storyId, headline: c.headline, publishedAt: c.publishedAt.toISOString() })) };
  };

  app.get<{ Params: { lang: Lang } }>('/front-pages/:lang', { config: { permission: 'frontpage.curate' }, schema: { tags: ['front pages'], summary: "An edition's pinned stories (editors)", params } }, async (req) => {
    return current(req.params.lang);
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
      await options.settings.savePinned(req.params.lang, req.body.storyIds);
      await options.audit.record({ userId: member.user.id, action: 'frontpage.pin', subject: `front:${req.params.lang}`, details: { storyIds: req.body.storyIds }, at: options.now() });
      options.events.emit({ type: 'front-page-changed', lang: req.params.lang });
      return current(req.params.lang);
    },
  );
};

import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { ADMIN_CSS } from '../../render/admin/pages.js';
import { authenticate, type AuthDeps } from '../../services/auth.js';
import { AuthError } from '../../services/auth-errors.js';
import { ADMIN_CSS_HREF } from './cookies.js';
import { SESSION_COOKIE } from './member.js';
import swagger from '@fastify/swagger';
import type { ChangeEvents } from '../../services/change-events.js';
import type { SettingsRepository } from '../../storage/settings-repository.js';
import type { EditorialDeps } from '../../services/editorial-deps.js';
import type { TaxonomyRepository } from '../../storage/taxonomy-repository.js';
import type { PhotoDeps } from '../../services/upload-photo.js';
import type { SiteDeps } from '../../services/site-settings.js';
import type { MediaRepository } from '../../storage/media-repository.js';
import { mediaRoutes } from './media-routes.js';
import { frontPageRoutes } from './front-page-routes.js';
import type { StoryRepository } from '../../storage/story-repository.js';
import { sessionRoutes } from './session-routes.js';
import { storyRoutes } from './story-routes.js';
import { taxonomyRoutes } from './taxonomy-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { userRoutes } from './user-routes.js';
import { signInPages } from './sign-in-pages.js';
import { loadAdminBundle, shellRoutes } from './shell-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';
import type { ApiKeys } from '../../services/api-keys.js';

export interface AdminOptions {
  auth: AuthDeps;
  stories: StoryRepository;
  photos: PhotoDeps;
  media: MediaRepository;
  editorial: EditorialDeps;
  taxonomy: TaxonomyRepository;
  settings: SettingsRepository;
  /** Site settings and front-page curation. */
  site: SiteDeps;
  events: ChangeEvents;
  /** Keys for the public read API. */
  apiKeys: ApiKeys;
  defaultLang: Lang;
  /** Public origin, for absolute preview links. */
  baseUrl: string;
  /** The newsroom's TIME_ZONE, for the app's times. */
  timeZone: string;
  /** Cookies get `Secure` when the site is served over HTTPS. */
  secureCookies: boolean;
}


/**
 * The newsroom: sign-in pages and the admin API. A sibling of the reader routes, so its cookie
 * parsing, session hook and error handler never touch reader pages.
 */
export const adminPlugin: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  // Read at start-up: a missing build stops the start with how to fix it, not a blank page later.
  const bundle = loadAdminBundle();
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  app.decorateRequest('member', undefined);

  app.addHook('onRequest', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
    // The app's script and styles are the same for everyone: no session lookup for them.
    if (req.url.startsWith('/admin/assets/')) return;
    req.member = await authenticate(options.auth, req.cookies[SESSION_COOKIE]);
  });

  // API errors are `{ error: { code, message } }`; a 5xx says nothing about its cause.
  app.setErrorHandler(async (error, req, reply) => {
    if (error instanceof AuthError) {
      if (error.code === 'SIGN_IN_THROTTLED') reply.header('retry-after', String((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 900));
      return reply.code(error.statusCode).send({ error: { code: error.code, message: error.message } });
    }
    const e = error as { statusCode?: number; code?: string; message: string; validation?: unknown; problems?: unknown; current?: unknown };
    if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
      const code = e.validation ? 'INVALID_REQUEST' : e.code && /^[A-Z_]+$/.test(e.code) && !e.code.startsWith('FST_') ? e.code : 'BAD_REQUEST';
      // What an editor needs to fix the request: each problem's place, or whose save came first.
      const extra = { ...(e.problems ? { problems: e.problems } : {}), ...(e.current ? { current: e.current } : {}) };
      return reply.code(e.statusCode).send({ error: { code, message: e.message, ...extra } });
    }
    req.log.error({ err: error }, 'admin request failed');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: 'something went wrong on our side; nothing was changed' } });
  });

  app.get(ADMIN_CSS_HREF.slice('/admin'.length), async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(ADMIN_CSS),
  );

  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'no such newsroom address' } }));

  // Fastify passes the registration's own `prefix` in with the options: child plugins must not inherit it.
  const { prefix: _prefix, ...own } = options as AdminOptions & { prefix?: string };
  await app.register(signInPages, own);
  // The newsroom app for every client-side address (/admin/, /admin/stories/…) and its files.
  await app.register(shellRoutes, { bundle, defaultLang: options.defaultLang, timeZone: options.timeZone });
  await app.register(
    async (api) => {
      await api.register(swagger, {
        openapi: {
          openapi: '3.0.3',
          info: { title: 'Masthead admin API', version: '1', description: 'The newsroom API the admin UI uses. Sign in with POST /admin/api/session; send the returned csrfToken as x-csrf-token on every change.' },
          servers: [{ url: '/admin/api' }],
          components: {
            securitySchemes: {
              session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
              csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
            },
          },
          security: [{ session: [], csrf: [] }],
        },
      });
      await api.register(sessionRoutes, own);
      await api.register(userRoutes, own);
      await api.register(storyRoutes, { editorial: options.editorial, settings: options.settings, baseUrl: options.baseUrl });
      await api.register(taxonomyRoutes, { taxonomy: options.taxonomy });
      await api.register(frontPageRoutes, { site: options.site });
      await api.register(mediaRoutes, { photos: options.photos, media: options.media, texts: { db: options.site.db, events: options.events, audit: options.auth.audit, now: options.auth.now } });
      await api.register(settingsRoutes, { site: options.site });
      await api.register(apiKeyRoutes, { apiKeys: options.apiKeys });
      api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
    },
    { prefix: '/api' },
  );
};

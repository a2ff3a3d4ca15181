import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { ADMIN_CSS } from '../../render/admin/pages.js';
import { authenticate, type AuthDeps } from '../../services/people/auth.js';
import { MastheadError } from '../../domain/errors.js';
import { errorBody, publicError, sendJsonError } from '../error-answers.js';
import { ADMIN_CSS_HREF } from './cookies.js';
import { checkAccess, requireDeclaredAccess, SESSION_COOKIE } from './member.js';
import swagger from '@fastify/swagger';
import type { ChangeEvents } from '../../services/events/change-events.js';
import type { EditorialDeps } from '../../services/editorial/editorial-deps.js';
import type { PhotoDeps } from '../../services/media/upload-photo.js';
import type { SiteDeps } from '../../services/editorial/site-settings.js';
import type { MediaLibrary, PreviewSettings, TaxonomyReads } from '../../services/editorial/newsroom-reads.js';
import { mediaRoutes } from './media-routes.js';
import { frontPageRoutes } from './front-page-routes.js';
import { sessionRoutes } from './session-routes.js';
import { storyRoutes } from './story-routes.js';
import { taxonomyRoutes } from './taxonomy-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { userRoutes } from './user-routes.js';
import { signInPages } from './sign-in-pages.js';
import { loadAdminBundle, shellRoutes } from './shell-routes.js';
import { apiKeyRoutes } from './api-key-routes.js';
import type { ApiKeys } from '../../services/people/api-keys.js';
import type { FastifyReply } from 'fastify';
import { parserRejectionError, type Rejection, type RejectionStatus } from '../client-errors.js';

export interface AdminOptions {
  auth: AuthDeps;
  photos: PhotoDeps;
  media: MediaLibrary;
  editorial: EditorialDeps;
  taxonomy: TaxonomyReads;
  settings: PreviewSettings;
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


const ADMIN_API_HEADERS = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' } as const;

/**
 * A malformed admin API address (bad percent-encoding, an over-long path part): Fastify fails it
 * before routing, so the plugin's error handler never sees it. The same JSON shape as every other
 * admin API error.
 */
export function sendAdminFrameworkError(reply: FastifyReply, status: 400 | 404): FastifyReply {
  return reply
    .code(status)
    .headers(ADMIN_API_HEADERS)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(errorBody(status === 404 ? new MastheadError('NOT_FOUND', 'no such newsroom address') : new MastheadError('BAD_REQUEST', 'the address is malformed'))));
}

/** The admin API's answer to a request Node's HTTP parser refused (src/web/client-errors.ts). */
export function adminParserRejection(status: RejectionStatus): Rejection {
  return { type: 'application/json; charset=utf-8', headers: ADMIN_API_HEADERS, body: JSON.stringify({ error: parserRejectionError(status) }) };
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
  app.setErrorHandler(async (thrown, req, reply) => {
    const { error, internal } = publicError(thrown, 'admin');
    if (internal) req.log.error({ err: thrown }, 'admin request failed');
    return sendJsonError(reply, error);
  });

  app.get(ADMIN_CSS_HREF.slice('/admin'.length), async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(ADMIN_CSS),
  );

  app.setNotFoundHandler(async (_req, reply) => sendJsonError(reply, new MastheadError('NOT_FOUND', 'no such newsroom address')));

  // Fastify passes the registration's own `prefix` in with the options: child plugins must not inherit it.
  const { prefix: _prefix, ...own } = options as AdminOptions & { prefix?: string };
  await app.register(signInPages, own);
  // The newsroom app for every client-side address (/admin/, /admin/stories/…) and its files.
  await app.register(shellRoutes, { bundle, defaultLang: options.defaultLang, timeZone: options.timeZone });
  await app.register(
    async (api) => {
      // Every route below declares who may call it; one hook checks that before the body is read.
      api.addHook('onRoute', requireDeclaredAccess);
      api.addHook('onRequest', checkAccess);
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
      api.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => api.swagger());
    },
    { prefix: '/api' },
  );
};

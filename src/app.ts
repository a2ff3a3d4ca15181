import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyServerFactory, type FastifyServerOptions } from 'fastify';
import type { Config } from './config/config.js';
import { LANGUAGES } from './domain/locale.js';
import { Paths } from './domain/urls.js';
import { SITE_CSS } from './render/index.js';
import type { ReaderDeps } from './services/reader/reader-context.js';
import type { DatabaseHandle } from './storage/database.js';
import { createRepositories } from './storage/repositories.js';
import { PageNotFound } from './web/errors.js';
import { publicError } from './web/error-answers.js';
import { renderRejectionPage, sendErrorPage } from './web/reader/error-pages.js';
import { clientErrorHandler, surfaceOf, type Surface } from './web/client-errors.js';
import type { PresentContext } from './web/reader/present-common.js';
import { readerRoutes } from './web/reader/routes.js';
import { feedRoutes } from './web/reader/feed-routes.js';
import { MediaFileSizes } from './storage/media-files.js';
import { logoRoutes } from './web/reader/logo.js';
import { previewRoutes } from './web/reader/preview-routes.js';
import { sitemapRoutes } from './web/reader/sitemap-routes.js';
import { searchRoutes } from './web/reader/search-routes.js';
import type { SearchFn } from './services/search/compose-search-page.js';
import { search } from './services/search/search.js';
import { SearchVocabularies, suggest, type SuggestFn } from './services/search/search-suggest.js';
import { SearchVocabularyRepository } from './storage/search/search-vocabulary-repository.js';
import type { SitemapLimits } from './domain/sitemap.js';
import { adminParserRejection, adminPlugin, sendAdminFrameworkError } from './web/admin/plugin.js';
import { apiParserRejection, readApiPlugin, sendApiFrameworkError } from './web/api/plugin.js';
import { ApiKeys } from './services/people/api-keys.js';
import { ApiKeyRepository } from './storage/api-key-repository.js';
import { ReadApiRepository } from './storage/read-api-repository.js';
import type { AuthDeps } from './services/people/auth.js';
import { ChangeEvents } from './services/events/change-events.js';
import { AuditRepository } from './storage/audit-repository.js';
import { SessionRepository } from './storage/session-repository.js';
import { UserRepository } from './storage/user-repository.js';
import { JobRepository } from './storage/job-repository.js';
import { hstsHeader, securityHeaders, securityHeadersFor } from './web/security-headers.js';
import { createServer } from 'node:http';
import { PageCache, registerPageCache } from './web/cache/page-cache.js';
import { installHitLane, type HitLane } from './web/cache/hit-lane.js';
import { applyHttpTimeouts, HTTP_TIMEOUTS, watchBodyRate, type HttpTimeouts } from './web/http-timeouts.js';
import { ReaderMemo } from './services/reader/reader-memo.js';
import { startCachePurge } from './jobs/purge-cache.js';
import { LazySchemas } from './web/lazy-schemas.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Announcements of changes to published content, for caches, feeds and tests. */
    changeEvents: ChangeEvents;
    /** Rendered reader pages in memory (src/web/cache/page-cache.ts). */
    pageCache: PageCache;
    /** Cache hits answered before Node's HTTP layer (src/web/cache/hit-lane.ts); none without a page cache. */
    hitLane: HitLane | undefined;
    /** Compiles the route schemas not compiled yet (src/web/lazy-schemas.ts); rejects on one that does not compile. */
    compileSchemas(): Promise<void>;
  }
}

export interface AppDeps {
  database: DatabaseHandle;
  /** Where changes to published content are announced (caches and feeds listen). */
  events?: ChangeEvents;
  /** The clock: tests pass a fixed one. */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** URLs per sitemap file (sitemaps.org and Google News limits by default); tests pass small ones. */
  sitemapLimits?: SitemapLimits;
  /** The reader's search engine; services/search/search.ts unless a test of the search pages passes a stand-in. */
  search?: SearchFn;
  /** How long a photo upload may send nothing before it is answered 408 (ms); tests pass a short one. */
  uploadIdleMs?: number;
  /** Limits for slow clients (src/web/http-timeouts.ts); tests pass small ones. */
  httpTimeouts?: Partial<HttpTimeouts>;
}

/**
 * Builds the whole application without listening, so tests can `inject()` requests.
 * The one place where things are wired.
 */
export async function buildApp(config: Readonly<Config>, deps: AppDeps): Promise<FastifyInstance> {
  const events = deps.events ?? new ChangeEvents();
  // Reader traffic reads the replica when there is one (DATABASE_READ_URL). Its listener comes
  // first: once a change is told, no cache refills from a replica that may not have it yet.
  const { read } = deps.database;
  const readDb = read?.db ?? deps.database.db;
  // Events missed while the relay was down count as a change when it is back.
  const replicaListeners = read ? [events.on(() => read.changed()), events.onRelayState((state) => state === 'up' && read.changed())] : [];
  const memo = new ReaderMemo();
  const readerDeps: ReaderDeps = { repos: createRepositories(readDb), now: deps.now ?? (() => new Date()), memo };
  // The newsroom and previews read what they write: always the primary.
  const newsroomRepos = read ? createRepositories(deps.database.db) : readerDeps.repos;
  const paths = new Paths(config.defaultLanguage, config.timeZone);
  const cssHash = createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12);
  const ctx: PresentContext = { paths, baseUrl: config.baseUrl, timeZone: config.timeZone, cssHref: `/assets/site.${cssHash}.css` };

  let log: ((message: string) => void) | undefined;
  const pageCache = new PageCache({
    maxBytes: config.pageCacheBytes,
    events,
    purging: config.purgeUrl !== undefined,
    now: () => readerDeps.now().getTime(),
    log: (message) => log?.(message),
  });

  const https = config.baseUrl.startsWith('https://');
  const hsts = hstsHeader({ https, preload: config.hstsPreload });
  let lane: HitLane | undefined;
  const timeouts: HttpTimeouts = { ...HTTP_TIMEOUTS, ...deps.httpTimeouts };
  const schemas = new LazySchemas();
  const app = Fastify({
    logger: deps.logger ?? false,
    // X-Forwarded-For/-Proto/-Host are believed only from the proxies TRUST_PROXY lists: req.ip
    // (which sign-in throttling counts by) and req.protocol are the client's behind them, and a
    // client cannot choose them without them.
    trustProxy: config.trustProxy === false ? false : [...config.trustProxy],
    // Validators and serializers compile at a route's first request, or once the server listens.
    schemaController: schemas.controller,
    // Cached pages are answered before the router: a hit costs a lookup and a write. Most are
    // answered before Node's HTTP layer too, by the hit lane.
    serverFactory: ((handler) => {
      const server = createServer((req, res) => {
        watchBodyRate(server, req, timeouts);
        pageCache.handle(req, res, () => handler(req, res));
      });
      // Before the lane reads them: its idle limits are the server's.
      applyHttpTimeouts(server, timeouts);
      if (pageCache.enabled && config.hitLane) lane = installHitLane(server, (request) => pageCache.hit(request));
      return server;
    }) satisfies FastifyServerFactory,
    // One line per request is the CDN's or proxy's job; at debug level we log them too.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    routerOptions: {
      // Longer path parts match no route and get the 404 page.
      maxParamLength: 200,
      // Reader URLs end in "/": a missing slash is redirected in the not-found handler instead.
      ignoreTrailingSlash: false,
    },
    // Malformed percent-encoding and over-long path parts: each surface's own 400/404, not
    // Fastify's JSON.
    frameworkErrors: (error, req, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 404 : 400;
      const surface: Surface = surfaceOf(req.url);
      // These replies skip the onSend hooks: their security headers are set here.
      reply.headers(securityHeadersFor(req.url, surface === 'reader' ? 'text/html' : 'application/json', hsts));
      if (surface === 'read-api') return void sendApiFrameworkError(reply, status);
      if (surface === 'admin-api') return void sendAdminFrameworkError(reply, status);
      return void sendErrorPage(readerDeps, ctx, req, reply, status);
    },
    // Requests Node's HTTP parser refuses never reach the router: each surface's answer, written
    // on the connection (src/web/client-errors.ts).
    clientErrorHandler: clientErrorHandler({
      answer: (surface, status, target) =>
        surface === 'read-api'
          ? apiParserRejection(status)
          : surface === 'admin-api'
            ? adminParserRejection(status)
            : { type: 'text/html; charset=utf-8', headers: { 'cache-control': 'no-store' }, body: renderRejectionPage(readerDeps, ctx, target) },
      headers: (surface, type) => securityHeadersFor(surface === 'reader' ? '/' : '/api', type, hsts),
      log: (error) => log?.(`a refused request could not be answered: ${error.message}`),
    }),
  });
  // Set before any route plugin: Fastify hands handlers down only to plugins registered after them.
  app.setNotFoundHandler(async (req, reply) => {
    const [path, query] = splitUrl(req.url);
    // "/en/news/2025/03/01/7" → "/en/news/2025/03/01/7/": one hop, then a real 404 if still nothing.
    if ((req.method === 'GET' || req.method === 'HEAD') && !path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && path.length < 300) {
      return reply.redirect(`${path}/${query}`, 301);
    }
    return sendErrorPage(readerDeps, ctx, req, reply, 404);
  });

  // Readers get the edition's page for the status: 404, 400 for anything else they did wrong, 500.
  app.setErrorHandler(async (thrown, req, reply) => {
    const { error, internal } = publicError(thrown, 'reader');
    if (internal) req.log.error({ err: thrown }, 'request failed');
    return sendErrorPage(readerDeps, ctx, req, reply, internal ? 500 : error.status === 404 ? 404 : 400);
  });

  log = (message) => app.log.warn(message);
  app.decorate('pageCache', pageCache);
  app.decorate('hitLane', lane);
  app.decorate('compileSchemas', () => schemas.compileAll());
  const forgetMemo = memo.listen(events);
  // Before the server stops listening: keep-alive connections the lane holds are ended, as Node
  // ends its own idle ones.
  app.addHook('preClose', async () => lane?.close());
  app.addHook('onClose', async () => {
    forgetMemo();
    for (const forget of replicaListeners) forget();
  });
  // onSend hooks run in the order they are added: security headers, then the page cache files the
  // response with them, then compression of what the cache did not compress already.
  app.addHook('onSend', securityHeaders(hsts));
  registerPageCache(app, pageCache);
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });

  app.get(`/assets/site.${cssHash}.css`, async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(SITE_CSS),
  );
  // Raster logos drawn from the site name, for JSON-LD publishers and social cards.
  await app.register(logoRoutes, { settings: readerDeps.repos.settings, notFound: () => new PageNotFound('no such logo') });
  await app.register(fastifyStatic, {
    root: resolve(config.mediaDir),
    prefix: '/media/',
    maxAge: '365d',
    immutable: true,
    index: false,
    list: false,
  });

  // Feeds also read media file sizes (RSS enclosures must state their length).
  const feedDeps = { ...readerDeps, fileSizes: new MediaFileSizes(config.mediaDir) };
  const searchFn: SearchFn = deps.search ?? ((request) => search({ ...readerDeps, timeZone: config.timeZone }, request));
  // "Did you mean": vocabularies built lazily in memory from published headlines, shared by the
  // reader's search pages and the read API.
  const vocabularies = new SearchVocabularies(new SearchVocabularyRepository(readDb), readerDeps.now);
  const suggestFn: SuggestFn = (request, results) => suggest({ vocabularies, search: searchFn }, request, results);
  for (const lang of LANGUAGES) {
    const prefix = lang === config.defaultLanguage ? '' : `/${lang}`;
    await app.register(readerRoutes, { prefix, lang, deps: readerDeps, ctx });
    await app.register(feedRoutes, { prefix, lang, deps: feedDeps, ctx });
    await app.register(searchRoutes, { prefix, lang, deps: readerDeps, ctx, searchFn, suggestFn });
  }
  // Sitemaps and robots.txt live at the root for every language.
  await app.register(sitemapRoutes, { deps: readerDeps, ctx, ...(deps.sitemapLimits ? { limits: deps.sitemapLimits } : {}) });
  // The default edition lives at the root; its prefixed URLs are permanent redirects there.
  app.get(`/${config.defaultLanguage}/*`, async (req, reply) => reply.redirect(req.url.slice(config.defaultLanguage.length + 1), 301));
  app.get(`/${config.defaultLanguage}`, async (_req, reply) => reply.redirect('/', 301));

  app.decorate('changeEvents', events);
  if (config.purgeUrl) {
    const stopPurging = startCachePurge({ events, url: config.purgeUrl, log: (message) => app.log.warn(message) });
    app.addHook('onClose', async () => stopPurging());
  }
  const auth: AuthDeps = {
    users: new UserRepository(deps.database.db),
    sessions: new SessionRepository(deps.database.db),
    audit: new AuditRepository(deps.database.db),
    now: readerDeps.now,
  };
  const apiKeys = new ApiKeys({ db: deps.database.db, keys: new ApiKeyRepository(deps.database.db), audit: auth.audit, now: readerDeps.now });
  await app.register(adminPlugin, {
    prefix: '/admin',
    auth,
    settings: newsroomRepos.settings,
    site: { db: deps.database.db, events, audit: auth.audit, now: readerDeps.now, settings: newsroomRepos.settings, stories: newsroomRepos.stories },
    taxonomy: newsroomRepos.taxonomy,
    media: newsroomRepos.media,
    photos: {
      db: deps.database.db,
      writer: newsroomRepos.writer,
      jobs: new JobRepository(deps.database.db),
      audit: auth.audit,
      mediaDir: config.mediaDir,
      now: readerDeps.now,
      ...(deps.uploadIdleMs !== undefined ? { uploadIdleMs: deps.uploadIdleMs } : {}),
    },
    editorial: { db: deps.database.db, audit: auth.audit, events, now: readerDeps.now, timeZone: config.timeZone },
    events,
    apiKeys,
    defaultLang: config.defaultLanguage,
    baseUrl: config.baseUrl,
    timeZone: config.timeZone,
    secureCookies: https,
  });

  await app.register(previewRoutes, { deps: { ...readerDeps, repos: newsroomRepos }, ctx });

  // The public read API: its own key check, CORS, rate limit and JSON errors.
  await app.register(readApiPlugin, {
    prefix: '/api/v1',
    deps: { ...readerDeps, api: new ReadApiRepository(readDb) },
    ctx: { paths, baseUrl: config.baseUrl, timeZone: config.timeZone },
    defaultLang: config.defaultLanguage,
    apiKeys,
    search: searchFn,
    suggest: suggestFn,
  });

  app.get('/healthz', async () => ({ ok: true }));

  return app;
}

function splitUrl(url: string): [string, string] {
  const i = url.indexOf('?');
  return i === -1 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

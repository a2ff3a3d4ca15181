import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { DEFAULT_REQUESTS_PER_MINUTE, type ApiKeys } from '../../services/people/api-keys.js';
import type { SearchFn } from '../../services/search/compose-search-page.js';
import type { SuggestFn } from '../../services/search/search-suggest.js';
import type { ReadApiDeps } from '../../services/reader/read-api.js';
import type { ApiKey } from '../../domain/api-key.js';
import { MastheadError } from '../../domain/errors.js';
import { errorBody, publicError, sendJsonError } from '../error-answers.js';
import { ApiKeyInvalid, ApiKeyRequired, MethodNotAllowed, NotAcceptable, RateLimited, UnknownParameter } from './errors.js';
import type { ApiContext } from './present.js';
import { sendJson } from './send.js';
import { parserRejectionError, type Rejection, type RejectionStatus } from '../client-errors.js';
import { searchRoutes } from './search-routes.js';
import { storyRoutes } from './story-routes.js';
import { taxonomyRoutes } from './taxonomy-routes.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The read-API key behind a request, set by the key hook: what the key service authenticated. */
    apiKey: Awaited<ReturnType<ApiKeys['authenticate']>>;
  }
  interface FastifyContextConfig {
    /** Served without an API key (the OpenAPI document). */
    public?: boolean;
  }
}

export interface ApiOptions {
  deps: ReadApiDeps;
  ctx: ApiContext;
  defaultLang: Lang;
  apiKeys: ApiKeys;
  /** The search engine, readers' audience: the one the reader's search pages use. */
  search: SearchFn;
  /** "Did you mean" for searches that found (next to) nothing; none when left out. */
  suggest?: SuggestFn;
}

/** What route files get: everything but the keys. */
export type ApiRouteOptions = Omit<ApiOptions, 'apiKeys'>;

const ALLOW = 'GET, HEAD, OPTIONS';

/** The key from `Authorization: Bearer <key>`, else `X-Api-Key: <key>`. Never from the URL: URLs end up in logs. */
function presentedKey(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  const bearer = typeof auth === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(auth)?.[1] : undefined;
  const header = req.headers['x-api-key'];
  return bearer ?? (typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined);
}

/** True unless the request has an Accept header that rules JSON out (any-type ranges and no header accept it). */
export function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return accept.split(',').some((range) => {
    const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) return false;
    return type === '*/*' || type === 'application/*' || type === 'application/json';
  });
}

/**
 * A malformed URL under /api/v1 (bad percent-encoding, an over-long path part): Fastify fails it
 * before routing, so no plugin hook runs. The same JSON shape as every other API error.
 */
export function sendApiFrameworkError(reply: FastifyReply, status: 400 | 404): FastifyReply {
  return reply
    .code(status)
    .header('access-control-allow-origin', '*')
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(errorBody(status === 404 ? new MastheadError('NOT_FOUND', 'no such read API address') : new MastheadError('BAD_REQUEST', 'the address is malformed'))));
}

/**
 * The read API's answer to a request Node's HTTP parser refused (src/web/client-errors.ts):
 * `MALFORMED_REQUEST` (400), `REQUEST_TIMEOUT` (408) or `HEADERS_TOO_LARGE` (431).
 */
export function apiParserRejection(status: RejectionStatus): Rejection {
  return {
    type: 'application/json; charset=utf-8',
    headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
    body: JSON.stringify({ error: parserRejectionError(status) }),
  };
}

/**
 * The public read API, /api/v1: published content as JSON for partner apps and headless front
 * ends. A sibling of the reader and admin plugins, so its key check, CORS, rate limit and JSON
 * errors touch nothing else. Every route but /openapi.json needs a key.
 */
export const readApiPlugin: FastifyPluginAsync<ApiOptions> = async (app, options) => {
  app.decorateRequest('apiKey', undefined);

  // Any origin may call with a key; no cookies are involved, so no credentials.
  // Preflights are answered in an onRequest hook, before the key check.
  await app.register(cors, {
    origin: '*',
    credentials: false,
    methods: ['GET', 'HEAD', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'X-Api-Key', 'If-None-Match', 'If-Modified-Since'],
    exposedHeaders: ['ETag', 'Last-Modified', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'],
    maxAge: 86_400,
    // A bare OPTIONS (no Origin) gets the same answer rather than a plain-text 400.
    strictPreflight: false,
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-robots-tag', 'noindex');
    if (req.method === 'OPTIONS' || req.is404) return;
    if (!acceptsJson(req.headers.accept)) throw new NotAcceptable();
    if (req.routeOptions.config.public) return;
    const secret = presentedKey(req);
    if (secret === undefined) throw new ApiKeyRequired();
    const key = await options.apiKeys.authenticate(secret);
    if (!key) throw new ApiKeyInvalid();
    req.apiKey = key;
  });

  // A parameter the route does not know is most likely a typo or a wish (`?format=xml`,
  // `?sectoin=`): say so rather than answer as if it had not been sent.
  app.addHook('preValidation', async (req) => {
    const schema = req.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
    const known = Object.keys(schema?.properties ?? {});
    const unknown = Object.keys((req.query ?? {}) as Record<string, unknown>).find((name) => !known.includes(name));
    if (unknown !== undefined) throw new UnknownParameter(unknown, known);
  });

  // Per key, in this process's memory: with several processes each allows the full rate.
  // Route-level hooks, so they run after the key hook above.
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    max: async (req) => req.apiKey?.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
    keyGenerator: (req) => `api-key:${req.apiKey?.id ?? 0}`,
    allowList: (req) => req.apiKey === undefined,
    enableDraftSpec: true,
    errorResponseBuilder: (_req, context) => new RateLimited(context.after),
  });

  // Answers the same responses in one shape whatever went wrong; 5xx says nothing about its cause.
  app.setErrorHandler(async (thrown, req, reply) => {
    reply.header('cache-control', 'no-store');
    const { error, internal } = publicError(thrown, 'api');
    if (internal) req.log.error({ err: thrown }, 'read API request failed');
    return sendJsonError(reply, error);
  });

  app.setNotFoundHandler(async (req, reply) => {
    reply.header('cache-control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJsonError(reply, new MethodNotAllowed(req.method));
    return sendJsonError(reply, new MastheadError('NOT_FOUND', 'no such read API address; see /api/v1/openapi.json'));
  });

  // Responses do not depend on which key asked, but the request carries one: say so to caches.
  app.addHook('onSend', async (_req, reply, payload) => {
    const vary = String(reply.getHeader('vary') ?? '');
    const have = new Set(vary.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean));
    const add = ['Authorization', 'X-Api-Key'].filter((h) => !have.has(h.toLowerCase()));
    if (add.length > 0) reply.header('vary', [vary, ...add].filter(Boolean).join(', '));
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Masthead read API',
        version: '1',
        description:
          'Published stories, sections, authors and tags as JSON. Send an API key (issued by the newsroom\'s admins) as ' +
          '"Authorization: Bearer <key>" or "X-Api-Key: <key>". Each key has a per-minute request budget (RateLimit-* headers; ' +
          '429 RATE_LIMITED with Retry-After when used up). Answers carry an ETag: send it back as If-None-Match to get 304. ' +
          'Errors are { "error": { "code", "message" } }.',
      },
      servers: [{ url: `${options.ctx.baseUrl}/api/v1` }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <key>' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
      security: [{ bearer: [] }, { apiKeyHeader: [] }],
    },
  });

  // Fastify passes the registration's own `prefix` in with the options: child plugins must not inherit it.
  const { apiKeys: _keys, prefix: _prefix, ...routeOptions } = options as ApiOptions & { prefix?: string };
  await app.register(storyRoutes, routeOptions);
  await app.register(taxonomyRoutes, routeOptions);
  await app.register(searchRoutes, routeOptions);

  // The API's description, at a stable address, without a key.
  app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async (req, reply) =>
    sendJson(req, reply, app.swagger(), 'public, max-age=300'),
  );
};

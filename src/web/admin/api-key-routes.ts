import type { FastifyPluginAsync } from 'fastify';
import { DEFAULT_REQUESTS_PER_MINUTE, MAX_REQUESTS_PER_MINUTE, type ApiKeys } from '../../services/people/api-keys.js';
import type { ApiKey } from '../../domain/api-key.js';
import { cleanLine } from '../../domain/text.js';
import { requireMember } from './member.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

export interface ApiKeyRouteOptions {
  apiKeys: ApiKeys;
}

const keySchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, name: { type: 'string' }, prefix: { type: 'string' }, createdBy: { type: ['integer', 'null'] },
    createdAt: { type: 'string', format: 'date-time' }, revokedAt: { type: ['string', 'null'], format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' }, requestsPerMinute: { type: 'integer' },
  },
} as const;
const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } } as const;

function publicKey(k: ApiKey) {
  return {
    id: k.id, name: k.name, prefix: k.prefix, createdBy: k.createdBy, createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null, lastUsedAt: k.lastUsedAt?.toISOString() ?? null, requestsPerMinute: k.requestsPerMinute,
  };
}

/** Keys for the public read API (/api/v1): admins list, issue and revoke them. */
export const apiKeyRoutes: FastifyPluginAsync<ApiKeyRouteOptions> = async (app, { apiKeys }) => {

  app.get('/api-keys', { config: { permission: 'settings.manage' }, schema: { tags: ['api keys'], summary: 'List read-API keys, revoked ones included (admins)', response: { 200: { type: 'object', properties: { keys: { type: 'array', items: keySchema } } }, 403: errorSchema } } }, async (req) => {
    return { keys: (await apiKeys.list()).map(publicKey) };
  });

  app.post<{ Body: { name: string; requestsPerMinute?: number } }>(
    '/api-keys',
    {
      config: { permission: 'settings.manage' },
      schema: {
        tags: ['api keys'],
        summary: 'Issue a read-API key (admins); the secret is in this answer only',
        body: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 },
            requestsPerMinute: { type: 'integer', minimum: 1, maximum: MAX_REQUESTS_PER_MINUTE, default: DEFAULT_REQUESTS_PER_MINUTE },
          },
        },
        response: { 201: { type: 'object', properties: { key: keySchema, secret: { type: 'string' } } }, 400: errorSchema, 403: errorSchema },
      },
    },
    async (req, reply) => {
      const member = requireMember(req);
      const name = cleanLine(req.body.name).trim();
      if (name === '') return sendJsonError(reply, new MastheadError('INVALID_REQUEST', 'name must not be blank'));
      const { key, secret } = await apiKeys.create(member.user.id, { name, ...(req.body.requestsPerMinute ? { requestsPerMinute: req.body.requestsPerMinute } : {}) });
      return reply.code(201).send({ key: publicKey(key), secret });
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api-keys/:id',
    { config: { permission: 'settings.manage' }, schema: { tags: ['api keys'], summary: 'Revoke a read-API key (admins); it stops working at once', params: idParams, response: { 200: { type: 'object', properties: { key: keySchema } }, 403: errorSchema, 404: errorSchema } } },
    async (req) => {
      const member = requireMember(req);
      return { key: publicKey(await apiKeys.revoke(member.user.id, req.params.id)) };
    },
  );
};

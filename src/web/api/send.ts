import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendConditional } from '../conditional.js';

/**
 * How long clients may reuse an answer: a minute, in their own cache only. `private` because every
 * request is authenticated: a shared cache (CDN, proxy) must not hand one key's answer to a
 * caller without a key, nor let requests bypass the per-key rate limit. After a minute clients
 * revalidate with If-None-Match and usually get a bodiless 304.
 */
export const API_CACHE_CONTROL = 'private, max-age=60';

/**
 * Serializes `data` with the route's 200 response schema (so only declared fields go out) and
 * sends it with a strong ETag; a matching If-None-Match gets 304.
 */
export function sendJson(req: FastifyRequest, reply: FastifyReply, data: unknown, cacheControl = API_CACHE_CONTROL): FastifyReply {
  return sendConditional(req, reply, { body: reply.serialize(data) as string, contentType: 'application/json; charset=utf-8', cacheControl });
}

import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Conditional GET for anything generated from the database (feeds, sitemaps, API responses):
 * a strong ETag from the body's bytes and, when known, Last-Modified from the newest content.
 * A client that already has this representation gets 304 with no body.
 */
export interface ConditionalBody {
  body: string;
  contentType: string;
  cacheControl: string;
  /** The newest modification among what the body shows. */
  lastModified?: Date | null;
  status?: number;
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * True when the request's validators match: If-None-Match wins over If-Modified-Since (RFC 9110
 * 13.2.2). Takes raw headers, so the page cache can answer before Fastify sees the request.
 */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModified?: Date | number | null): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch === etag) return true;
    return ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === etag || t === '*');
  }
  const since = headers['if-modified-since'];
  if (since && lastModified !== undefined && lastModified !== null) {
    const time = Date.parse(since);
    // HTTP dates have whole seconds.
    return !Number.isNaN(time) && Math.floor(Number(lastModified) / 1000) * 1000 <= time;
  }
  return false;
}

export function sendConditional(req: FastifyRequest, reply: FastifyReply, r: ConditionalBody): FastifyReply {
  const etag = etagOf(r.body);
  reply.header('etag', etag).header('cache-control', r.cacheControl).header('vary', 'accept-encoding');
  if (r.lastModified) reply.header('last-modified', r.lastModified.toUTCString());
  if ((r.status ?? 200) === 200 && isNotModified(req.headers, etag, r.lastModified)) return reply.code(304).send();
  return reply.code(r.status ?? 200).type(r.contentType).send(r.body);
}

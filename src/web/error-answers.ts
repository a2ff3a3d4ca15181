import type { FastifyReply } from 'fastify';
import { MastheadError, type ErrorCode } from '../domain/errors.js';

/** The three surfaces, each with its own answer to a failure. */
export type Surface = 'reader' | 'admin' | 'api';

/** What a failure on our side says on each JSON surface: nothing of its cause. */
const INTERNAL_MESSAGE: Record<Exclude<Surface, 'reader'>, string> = {
  admin: 'something went wrong on our side; nothing was changed',
  api: 'something went wrong on our side',
};

/** Fastify's own refusals of a request's body or head, by its code, as catalogue codes. */
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

export interface PublicError {
  error: MastheadError;
  /** A failure on our side: to be logged, never shown. */
  internal: boolean;
}

/**
 * What anything a handler threw means to the client on a surface: an expected failure as it is;
 * a schema validation as INVALID_REQUEST (admin API) or BAD_REQUEST (read API, reader pages);
 * Fastify's own 4xx (a malformed body, one too large) as the catalogue's code for it, else
 * BAD_REQUEST; anything
 * else INTERNAL, with nothing of its cause.
 *
 * @example const { error, internal } = publicError(thrown, 'admin'); // error.code 'INVALID_REQUEST'
 */
export function publicError(thrown: unknown, surface: Surface): PublicError {
  if (thrown instanceof MastheadError && thrown.status !== null) return { error: thrown, internal: false };
  const e = thrown as { statusCode?: unknown; code?: unknown; validation?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : 'the request cannot be served';
  if (e.validation) return { error: new MastheadError(surface === 'admin' ? 'INVALID_REQUEST' : 'BAD_REQUEST', message, { cause: thrown }), internal: false };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const known = typeof e.code === 'string' ? FRAMEWORK_CODES[e.code] : undefined;
    const code = known ?? (e.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
    return { error: new MastheadError(code, message, { cause: thrown }), internal: false };
  }
  return { error: new MastheadError('INTERNAL', surface === 'reader' ? 'internal error' : INTERNAL_MESSAGE[surface], { cause: thrown }), internal: true };
}

/** The JSON surfaces' body for an error: `{ error: { code, message, …details } }`. */
export function errorBody(error: MastheadError): { error: { code: ErrorCode; message: string } & Record<string, unknown> } {
  return { error: { code: error.code, message: error.message, ...error.details } };
}

/** Sends an error on a JSON surface, with its status and headers. */
export function sendJsonError(reply: FastifyReply, error: MastheadError): FastifyReply {
  return reply.code(error.statusCode).headers(error.headers).send(errorBody(error));
}

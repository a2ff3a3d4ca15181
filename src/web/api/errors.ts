import { MastheadError } from '../../domain/errors.js';

/** Expected failures of the public read API (codes and statuses in the catalogue, domain/error-catalogue.ts). */
/** The challenge a 401 of the API names. */
const BEARER = { 'www-authenticate': 'Bearer realm="api"' };

/** No key in `Authorization: Bearer …` or `X-Api-Key`. */
export class ApiKeyRequired extends MastheadError {
  constructor() {
    super('API_KEY_REQUIRED', 'send your API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"', { headers: BEARER });
  }
}

/** A key that is malformed, unknown or revoked: we do not say which. */
export class ApiKeyInvalid extends MastheadError {
  constructor() {
    super('API_KEY_INVALID', 'this API key is not valid (unknown or revoked)', { headers: BEARER });
  }
}

/** A `cursor` that is not one this API handed out. */
export class InvalidCursor extends MastheadError {
  constructor() {
    super('INVALID_CURSOR', 'the cursor is malformed; pass next_cursor from a previous page unchanged');
  }
}

/** A section, tag or author slug that names nothing in the language asked for. */
export class UnknownFilter extends MastheadError {
  constructor(what: 'section' | 'tag' | 'author', slug: string, lang: string) {
    super('UNKNOWN_FILTER', `no ${what} with the slug "${slug.slice(0, 100)}" in language "${lang}"`);
  }
}

/** A published story with that id does not exist (or is not published yet, or any more). */
export class ApiStoryNotFound extends MastheadError {
  constructor(id: number) {
    super('STORY_NOT_FOUND', `no published story with id ${id}`);
  }
}

/** The read API only reads. */
export class MethodNotAllowed extends MastheadError {
  constructor(method: string) {
    super('METHOD_NOT_ALLOWED', `the read API answers GET, HEAD and OPTIONS, not ${method.slice(0, 20)}`, { headers: { allow: 'GET, HEAD, OPTIONS' } });
  }
}

/** The key's requests per minute are used up; `Retry-After` says when to try again. */
export class RateLimited extends MastheadError {
  constructor(after: string) {
    super('RATE_LIMITED', `too many requests with this API key; retry in ${after}`);
  }
}

/** The client accepts no JSON (`Accept: application/xml`): this API speaks JSON only. */
export class NotAcceptable extends MastheadError {
  constructor() {
    super('NOT_ACCEPTABLE', 'the read API answers application/json only; feeds are at /rss.xml, /atom.xml and /feed.json');
  }
}

/** A query parameter the route does not define (`?format=xml`): refused rather than silently ignored. */
export class UnknownParameter extends MastheadError {
  constructor(name: string, known: string[]) {
    super('UNKNOWN_PARAMETER', `unknown query parameter "${name.slice(0, 50)}"${known.length ? `; this address takes ${known.join(', ')}` : '; this address takes none'}`);
  }
}

/**
 * Expected failures of the public read API, each with a stable code (listed in docs/errors.md).
 * The API's error handler sends them as `{ error: { code, message } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 404 | 405 | 406 | 429,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** No key in `Authorization: Bearer …` or `X-Api-Key`. */
export class ApiKeyRequired extends ApiError {
  constructor() {
    super(401, 'API_KEY_REQUIRED', 'send your API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"');
  }
}

/** A key that is malformed, unknown or revoked: we do not say which. */
export class ApiKeyInvalid extends ApiError {
  constructor() {
    super(401, 'API_KEY_INVALID', 'this API key is not valid (unknown or revoked)');
  }
}

/** A `cursor` that is not one this API handed out. */
export class InvalidCursor extends ApiError {
  constructor() {
    super(400, 'INVALID_CURSOR', 'the cursor is malformed; pass next_cursor from a previous page unchanged');
  }
}

/** A section, tag or author slug that names nothing in the language asked for. */
export class UnknownFilter extends ApiError {
  constructor(what: 'section' | 'tag' | 'author', slug: string, lang: string) {
    super(400, 'UNKNOWN_FILTER', `no ${what} with the slug "${slug.slice(0, 100)}" in language "${lang}"`);
  }
}

/** A published story with that id does not exist (or is not published yet, or any more). */
export class ApiStoryNotFound extends ApiError {
  constructor(id: number) {
    super(404, 'STORY_NOT_FOUND', `no published story with id ${id}`);
  }
}

/** The read API only reads. */
export class MethodNotAllowed extends ApiError {
  constructor(method: string) {
    super(405, 'METHOD_NOT_ALLOWED', `the read API answers GET, HEAD and OPTIONS, not ${method.slice(0, 20)}`);
  }
}

/** The key's requests per minute are used up; `Retry-After` says when to try again. */
export class RateLimited extends ApiError {
  constructor(after: string) {
    super(429, 'RATE_LIMITED', `too many requests with this API key; retry in ${after}`);
  }
}

/** The client accepts no JSON (`Accept: application/xml`): this API speaks JSON only. */
export class NotAcceptable extends ApiError {
  constructor() {
    super(406, 'NOT_ACCEPTABLE', 'the read API answers application/json only; feeds are at /rss.xml, /atom.xml and /feed.json');
  }
}

/** A query parameter the route does not define (`?format=xml`): refused rather than silently ignored. */
export class UnknownParameter extends ApiError {
  constructor(name: string, known: string[]) {
    super(400, 'UNKNOWN_PARAMETER', `unknown query parameter "${name.slice(0, 50)}"${known.length ? `; this address takes ${known.join(', ')}` : '; this address takes none'}`);
  }
}

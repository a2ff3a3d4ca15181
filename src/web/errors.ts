/**
 * Expected failures at the HTTP boundary, each with a stable code (listed in docs/errors.md).
 * Handlers throw them; one error handler per surface turns them into pages or JSON.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A query string or path part that cannot mean anything (page=abc, a 40-digit id). */
export class BadRequest extends HttpError {
  constructor(message: string) {
    super(400, 'BAD_REQUEST', message);
  }
}

/** A page that does not exist, or a story version readers may not see. */
export class PageNotFound extends HttpError {
  constructor(message = 'page not found') {
    super(404, 'PAGE_NOT_FOUND', message);
  }
}

import { MastheadError } from '../domain/errors.js';

/** Expected failures at the HTTP boundary of reader pages (codes in domain/error-catalogue.ts). */
/** A query string or path part that cannot mean anything (page=abc, a 40-digit id). */
export class BadRequest extends MastheadError {
  constructor(message: string) {
    super('BAD_REQUEST', message);
  }
}

/** A page that does not exist, or a story version readers may not see. */
export class PageNotFound extends MastheadError {
  constructor(message = 'page not found') {
    super('PAGE_NOT_FOUND', message);
  }
}

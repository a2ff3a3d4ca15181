import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

export { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

export interface MastheadErrorOptions extends ErrorOptions {
  /** Response headers the answer must carry: `Retry-After`, `Allow`, `WWW-Authenticate`. */
  headers?: Readonly<Record<string, string>>;
  /** What a client needs to fix the request, sent beside code and message: `problems`, `current`. */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The one base of every expected failure: a stable code from the catalogue (error-catalogue.ts),
 * the HTTP status it brings, the headers its answer carries, and the error it wraps (`cause`).
 * Each surface has one thin mapper from it to its answer: a localized page for readers,
 * `{ error: { code, message } }` for the admin API and the read API (src/web/errors.ts).
 *
 * @example throw new MastheadError('MEDIA_NOT_FOUND', 'no such photo');
 * @example class StoryNotFound extends MastheadError { constructor(id: number) { super('STORY_NOT_FOUND', `story ${id} does not exist`); } }
 */
export class MastheadError extends Error {
  /** The catalogue's HTTP status for the code; null for failures that stop the process at start-up. */
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: MastheadErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = ERROR_CATALOGUE[code].status;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }

  /** The status Fastify reads from a thrown error (500 for one without a status). */
  get statusCode(): number {
    return this.status ?? 500;
  }
}

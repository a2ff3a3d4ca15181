/**
 * Every error code Masthead answers with, its HTTP status, and when it happens: the one catalogue.
 * docs/errors.md's table is made from it (`npm run docs:errors`), and test/errors-doc.test.ts keeps
 * the two in step. A code that stops the process at start-up has no status.
 */
export const ERROR_CATALOGUE = {
  BAD_REQUEST: { status: 400, when: 'a query string or path part that cannot mean anything (`?page=abc`)' },
  PAGE_NOT_FOUND: { status: 404, when: 'no such page, or a story version readers may not see' },
  CONFIG_INVALID: { status: null, when: 'an environment variable is malformed; the process stops with one line' },
  DATABASE_UNAVAILABLE: { status: null, when: 'the database cannot be opened or migrated at start-up; the process stops with one line' },
  SIGN_IN_FAILED: { status: 401, when: 'wrong email or password (a disabled account gets the same answer)' },
  SIGN_IN_THROTTLED: { status: 429, when: 'too many failed sign-ins for this account from this address, from this address, or for this account (docs/decisions/0019); `Retry-After` says the real wait in seconds' },
  SESSION_REQUIRED: { status: 401, when: 'no session, or an expired one' },
  CSRF_REJECTED: { status: 403, when: 'a state-changing request without the session\'s CSRF token' },
  NOT_PERMITTED: { status: 403, when: 'the member\'s role does not allow this: a contributor publishing, editing someone else\'s story or a published version, a non-admin managing people' },
  WEAK_PASSWORD: { status: 422, when: 'a password shorter than 12 characters' },
  EMAIL_TAKEN: { status: 409, when: 'another member already uses this email' },
  LAST_ADMIN: { status: 409, when: 'demoting or disabling the only active administrator' },
  USER_NOT_FOUND: { status: 404, when: 'no member with that id' },
  STORY_NOT_FOUND: { status: 404, when: 'no story with that id, or it has no version in that language (read API: no version readers can see now)' },
  VERSION_CONFLICT: { status: 409, when: 'someone saved the version since the editor opened it; the answer names the current lock version and who saved last, when' },
  INVALID_STORY: { status: 422, when: 'the story breaks the content rules (empty or over-long headline, lead over 1000 characters, unsafe links (a control character in a link counts), unknown blocks, sections, tags, authors or media); `problems` lists each `{ path, message }`' },
  TRANSITION_NOT_ALLOWED: { status: 409, when: 'the workflow does not allow this step from the version\'s status (publishing a published version, an update note on a draft)' },
  SCHEDULE_IN_PAST: { status: 422, when: 'scheduling a version for a moment that has passed' },
  REVISION_NOT_FOUND: { status: 404, when: 'no such revision, or not one of the story asked about' },
  UNSUPPORTED_IMAGE: { status: 422, when: 'an upload that is not a usable photo by its content (any name): not an image, damaged (found at any stage: reading, decoding, making any variant), SVG, or smaller than 200 × 100' },
  PHOTO_TOO_LARGE: { status: 413, when: 'an upload over 20 MB' },
  PHOTO_MISSING: { status: 400, when: 'an upload request without a `file` part' },
  MALFORMED_UPLOAD: { status: 400, when: 'an upload that is not a well-formed multipart form: no or an empty boundary, a boundary the body does not use, a body that ends inside a part, more than one file part, too many fields' },
  UPLOAD_STALLED: { status: 408, when: 'an upload that sent nothing for 30 seconds (say, a `Content-Length` larger than the body); the connection is closed' },
  API_KEY_NOT_FOUND: { status: 404, when: 'revoking a read-API key that does not exist (admin API, command line)' },
  API_KEY_REQUIRED: { status: 401, when: 'a read-API request (`/api/v1/…`) without a key in `Authorization: Bearer …` or `X-Api-Key`' },
  API_KEY_INVALID: { status: 401, when: 'a read-API key that is malformed, unknown or revoked (we do not say which)' },
  INVALID_CURSOR: { status: 400, when: 'a read-API `cursor` that is not a `next_cursor` the API handed out' },
  UNKNOWN_FILTER: { status: 400, when: 'a read-API `section`, `tag` or `author` slug that names nothing in the language asked for' },
  METHOD_NOT_ALLOWED: { status: 405, when: 'anything but GET, HEAD or OPTIONS under `/api/v1`; `Allow` lists them' },
  NOT_ACCEPTABLE: { status: 406, when: 'a read-API request whose `Accept` header rules out JSON (`Accept: application/xml`): the API answers JSON only' },
  UNKNOWN_PARAMETER: { status: 400, when: 'a read-API query parameter the address does not define (`?format=xml`, a misspelt filter); the message lists the ones it takes' },
  RATE_LIMITED: { status: 429, when: 'the read-API key used up its requests per minute; `Retry-After` and `RateLimit-Reset` say when to try again' },
  INVALID_REQUEST: { status: 400, when: 'the admin API: the body or query does not match the endpoint\'s schema; the message says where' },
  NOT_FOUND: { status: 404, when: 'no such admin API or read API address' },
  MEDIA_NOT_FOUND: { status: 404, when: 'no photo with that id' },
  PAYLOAD_TOO_LARGE: { status: 413, when: 'a request body over the endpoint\'s limit (64 KB of JSON in the admin API; photos have PHOTO_TOO_LARGE)' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, when: 'the endpoint takes JSON' },
  INTERNAL: { status: 500, when: 'something failed on our side; nothing was changed, and the details are in the log' },
  MALFORMED_REQUEST: { status: 400, when: 'Node\'s HTTP parser refused the request (not valid HTTP/1.1: a control character or raw non-ASCII bytes in the address, `Content-Length` with `Transfer-Encoding`, a folded header line, an unreadable request line); the connection is closed' },
  HEADERS_TOO_LARGE: { status: 431, when: 'the request line and headers together are over 16 KB; the connection is closed' },
  REQUEST_TIMEOUT: { status: 408, when: 'the request\'s head did not arrive in time; the connection is closed' },
} as const satisfies Record<string, { status: number | null; when: string }>;

/** A code of the catalogue: `'STORY_NOT_FOUND'`. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

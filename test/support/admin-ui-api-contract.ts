/**
 * Where each type the newsroom app declares for the admin API sits in the API's own description
 * (`/admin/api/openapi.json`). test/admin-ui-api-types.test.ts reads the TypeScript types named
 * here and the schemas they point at, and fails when a field is renamed, added, dropped, made
 * optional or given another type on either side (docs/decisions/0024).
 *
 * `at` is `<METHOD> <path> <request|response>` then the way down into the schema: a property
 * name, or `[]` for an array's items. A type used for several answers is listed for each.
 *
 * @example { type: 'Member', file: 'admin-screens.tsx', at: 'GET /users response users []' }
 */
export interface ContractEntry {
  /** The interface or type alias, as named in `file` (exported or not). */
  type: string;
  /** The file under src/admin-ui/ that declares it. */
  file: string;
  at: string;
}

export const API_CONTRACT: readonly ContractEntry[] = [
  { type: 'Member', file: 'admin-screens.tsx', at: 'GET /users response users []' },
  { type: 'Member', file: 'admin-screens.tsx', at: 'POST /users response user' },
  { type: 'Member', file: 'admin-screens.tsx', at: 'PATCH /users/{id} response user' },
  { type: 'NewMember', file: 'admin-screens.tsx', at: 'POST /users request' },
  { type: 'Settings', file: 'admin-screens.tsx', at: 'GET /settings response' },
  { type: 'Settings', file: 'admin-screens.tsx', at: 'PUT /settings response' },
  { type: 'Settings', file: 'admin-screens.tsx', at: 'PUT /settings request' },
  { type: 'ApiKeyRow', file: 'api-keys-screen.tsx', at: 'GET /api-keys response keys []' },
  { type: 'ApiKeyRow', file: 'api-keys-screen.tsx', at: 'POST /api-keys response key' },
  { type: 'ApiKeyRow', file: 'api-keys-screen.tsx', at: 'DELETE /api-keys/{id} response key' },
  { type: 'FoundPage', file: 'story-search.tsx', at: 'GET /stories/search response' },
];

/**
 * Answers the app reads whose shape the API does not describe yet (no response schema): the test
 * fails once one gets a schema, so that its type joins API_CONTRACT instead of staying unchecked.
 */
export const UNDESCRIBED_ANSWERS: readonly string[] = [
  'GET /session',
  'GET /stories',
  'GET /stories/{id}',
  'GET /stories/{id}/versions/{lang}/revisions',
  'GET /revisions/diff',
  'GET /taxonomy',
  'GET /front-pages/{lang}',
  'GET /media',
  'GET /audit',
];

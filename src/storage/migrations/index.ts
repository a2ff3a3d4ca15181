import type { Migration } from 'kysely';
import * as initialSchema from './2026-11-28-initial-schema.js';
import * as newsroomAccess from './2026-11-28-newsroom-access.js';
import * as apiKeys from './2026-11-29-api-keys.js';
import * as sitemapMonths from './2026-11-29-sitemap-months.js';
import * as searchIndex from './2026-11-30-search-index.js';
import * as searchWalkIndexes from './2026-12-01-search-walk-indexes.js';
import * as cleanControlCharacters from './2026-12-08-clean-control-characters.js';
import * as signInThrottles from './2026-12-08-sign-in-throttles.js';

/** Every migration, in order. Never edit a merged one: add a new file and list it here. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28-initial-schema': initialSchema,
  '2026-11-28-newsroom-access': newsroomAccess,
  '2026-11-29-api-keys': apiKeys,
  '2026-11-29-sitemap-months': sitemapMonths,
  '2026-11-30-search-index': searchIndex,
  '2026-12-01-search-walk-indexes': searchWalkIndexes,
  '2026-12-08-clean-control-characters': cleanControlCharacters,
  '2026-12-08-sign-in-throttles': signInThrottles,
};

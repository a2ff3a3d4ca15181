import type { Migration } from 'kysely';
import * as initialSchema from './2026-11-28-initial-schema.js';
import * as newsroomAccess from './2026-11-28-newsroom-access.js';

/** Every migration, in order. Never edit a merged one: add a new file and list it here. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28-initial-schema': initialSchema,
  '2026-11-28-newsroom-access': newsroomAccess,
};

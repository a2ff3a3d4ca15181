import type { Lang } from './locale.js';

/**
 * What changed in published content: the one shape the services emit after a commit, the relays
 * carry between processes (services/events/change-event-codec.ts checks it on the wire) and the caches,
 * memos, CDN purge and read-replica routing react to (domain/cache-keys.ts turns it into keys).
 *
 * - a story event names the story's section, tags and authors (old and new when they moved);
 * - `content-replaced`: many stories at once (the demo seed's batches, `seed --reset`, an
 *   import), so every cached page goes.
 */
export type ChangeEvent =
  | { type: 'story-published' | 'story-updated' | 'story-unpublished'; storyId: number; lang: Lang; sectionId: number; tagIds: number[]; authorIds: number[] }
  | { type: 'settings-changed' }
  | { type: 'media-changed'; mediaId: number }
  | { type: 'front-page-changed'; lang: Lang }
  | { type: 'content-replaced' };

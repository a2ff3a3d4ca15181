import { isLang } from '../../domain/locale.js';
import type { ChangeEvent } from '../../domain/change-event.js';

/**
 * Change events on the wire (Redis pub/sub, the cluster's IPC). Whatever arrives from outside
 * this process is checked field by field and rebuilt from the known fields only: a malformed
 * message is dropped, never passed on to the caches. Unknown extra fields are left out rather
 * than refused, so a newer process that adds one can still evict pages on an older one while
 * a deployment rolls.
 */

/** Longest message accepted: a real event is a few hundred bytes. */
const MAX_TEXT = 64 * 1024;
/** Most tags or authors one event may name. */
const MAX_IDS = 1000;

/**
 * The text of an event for the wire.
 *
 * @example encodeChangeEvent({ type: 'settings-changed' }) // '{"type":"settings-changed"}'
 */
export function encodeChangeEvent(event: ChangeEvent): string {
  return JSON.stringify(event);
}

/**
 * The event a wire message carries, or undefined when it is not valid JSON of a valid event.
 *
 * @example decodeChangeEvent('{"type":"media-changed","mediaId":7}') // { type: 'media-changed', mediaId: 7 }
 */
export function decodeChangeEvent(text: unknown): ChangeEvent | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return toChangeEvent(value);
}

/**
 * The event an already-parsed value describes (a message between cluster processes arrives as
 * an object), or undefined when it is not one.
 *
 * @example toChangeEvent({ type: 'front-page-changed', lang: 'en' }) // { type: 'front-page-changed', lang: 'en' }
 */
export function toChangeEvent(value: unknown): ChangeEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'story-published':
    case 'story-updated':
    case 'story-unpublished': {
      const { storyId, lang, sectionId, tagIds, authorIds } = v;
      if (!isId(storyId) || !isLang(lang) || !isId(sectionId) || !isIdList(tagIds) || !isIdList(authorIds)) return undefined;
      return { type: v.type, storyId, lang, sectionId, tagIds: [...tagIds], authorIds: [...authorIds] };
    }
    case 'settings-changed':
    case 'content-replaced':
      return { type: v.type };
    case 'media-changed':
      return isId(v.mediaId) ? { type: 'media-changed', mediaId: v.mediaId } : undefined;
    case 'front-page-changed':
      return isLang(v.lang) ? { type: 'front-page-changed', lang: v.lang } : undefined;
    default:
      return undefined;
  }
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function isIdList(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= MAX_IDS && value.every(isId);
}

import { InvalidCursor } from './errors.js';

/**
 * Opaque page cursors: base64url of a small JSON object. Clients pass `next_cursor` back
 * unchanged; anything else that does not decode to exactly the expected shape is refused with
 * INVALID_CURSOR, so a tampered cursor never reaches a query.
 */

const MAX_LENGTH = 200;

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(cursor: string): Record<string, unknown> {
  if (cursor.length === 0 || cursor.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursor();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidCursor();
  return value as Record<string, unknown>;
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** The last story of a page: `{ p: published_at (ISO, UTC), i: story id }`. */
export function storyCursor(publishedAt: Date, storyId: number): string {
  return encodeCursor({ p: publishedAt.toISOString(), i: storyId });
}

export function decodeStoryCursor(cursor: string): { publishedAt: Date; storyId: number } {
  const v = decode(cursor);
  const keys = Object.keys(v).sort().join(',');
  if (keys !== 'i,p' || typeof v.p !== 'string' || !isId(v.i)) throw new InvalidCursor();
  const publishedAt = new Date(v.p);
  // Only the exact form we write: a round trip through toISOString gives the same text.
  if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== v.p) throw new InvalidCursor();
  return { publishedAt, storyId: v.i };
}

/** The last tag of a page: `{ t: tag id }`. */
export function tagCursor(tagId: number): string {
  return encodeCursor({ t: tagId });
}

export function decodeTagCursor(cursor: string): number {
  const v = decode(cursor);
  if (Object.keys(v).join(',') !== 't' || !isId(v.t)) throw new InvalidCursor();
  return v.t;
}

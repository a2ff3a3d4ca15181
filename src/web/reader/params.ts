import { isRealDay, type Day } from '../../domain/dates.js';
import { BadRequest, PageNotFound } from '../errors.js';

/** Reads `?page=N`: absent means 1; anything but a plain positive number is a bad request. */
export function parsePage(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.page;
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) throw new BadRequest('page must be a positive whole number');
  return Number(raw);
}

/** A story id from the URL: digits only, within the integer range; anything else is no page. */
export function parseStoryId(raw: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) throw new PageNotFound('malformed story id');
  const id = Number(raw);
  if (id > 2_147_483_647) throw new PageNotFound('story id out of range');
  return id;
}

/** A calendar day from /YYYY/MM/DD/ parts; impossible days are no page. */
export function parseDay(year: string, month: string, day: string): Day {
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month) || !/^\d{2}$/.test(day)) throw new PageNotFound('malformed date');
  const d = { year: Number(year), month: Number(month), day: Number(day) };
  if (!isRealDay(d)) throw new PageNotFound('no such day');
  return d;
}

/** Slugs are short lower-case words; anything else cannot name a section, tag or author. */
export function parseSlug(raw: string): string {
  if (raw.length > 120 || !/^[\p{Ll}\p{N}-]+$/u.test(raw)) throw new PageNotFound('malformed slug');
  return raw;
}

import { dayKey, isRealDay, type Day } from '../domain/dates.js';
import { BadRequest } from './errors.js';

/**
 * A "YYYY-MM-DD" query parameter (its shape already checked by the route's schema) as a real
 * calendar day; 400 BAD_REQUEST for 2025-02-30 and the like.
 *
 * @example dayParam('2025-03-01', 'from') // { year: 2025, month: 3, day: 1 }
 */
export function dayParam(value: string, which: 'from' | 'to'): Day {
  const day = { year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) };
  if (!isRealDay(day)) throw new BadRequest(`${which} is not a real day`);
  return day;
}

/** Optional `from`/`to` day parameters, both checked, `from` not after `to`. */
export function dayRangeParams(query: { from?: string | undefined; to?: string | undefined }): { from?: Day; to?: Day } {
  const from = query.from === undefined ? undefined : dayParam(query.from, 'from');
  const to = query.to === undefined ? undefined : dayParam(query.to, 'to');
  if (from && to && dayKey(from) > dayKey(to)) throw new BadRequest('from must not be later than to');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

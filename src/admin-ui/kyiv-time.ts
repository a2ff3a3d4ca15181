import type { Lang } from '../domain/locale.js';

/**
 * The newsroom works in Kyiv time wherever its people are: the schedule input means Kyiv wall-clock
 * time, and every time the admin shows is Kyiv time. Pure functions over Intl (full ICU in Node and
 * in browsers), so they are unit-tested across the daylight-saving changes.
 */

/** Browsers with an older time-zone database know Kyiv only by its old name. */
export const KYIV: string = (() => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Kyiv' });
    return 'Europe/Kyiv';
  } catch {
    return 'Europe/Kiev';
  }
})();

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: KYIV, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Kyiv's wall-clock fields at an instant. */
function kyivFields(at: Date): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const get = (type: string) => Number(partsFormat.formatToParts(at).find((p) => p.type === type)?.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Kyiv's offset from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
export function kyivOffset(at: Date): number {
  const f = kyivFields(at);
  const asUtc = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a Kyiv wall-clock time (a `datetime-local` value) names. A time skipped when clocks
 * go forward (03:30 on the last Sunday of March) moves on by the hour, to 04:30 summer time; a
 * time that happens twice when they go back (03:30 on the last Sunday of October) is the first
 * one, in summer time: like Temporal's "compatible" choice.
 *
 * @example kyivLocalToInstant('2025-07-01T12:00')?.toISOString() // '2025-07-01T09:00:00.000Z'
 */
export function kyivLocalToInstant(value: string): Date | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wall)) return undefined;
  const day = 86_400_000;
  const before = kyivOffset(new Date(wall - day));
  const after = kyivOffset(new Date(wall + day));
  const fits = (offset: number) => kyivOffset(new Date(wall - offset)) === offset;
  // The earlier instant first: summer time (larger offset) when the hour happens twice.
  const candidates = [Math.max(before, after), Math.min(before, after)];
  const offset = candidates.find(fits);
  // None fits: the hour was skipped; the offset in force before the change moves it forward.
  return new Date(wall - (offset ?? before));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as a Kyiv `datetime-local` value (minutes).
 *
 * @example instantToKyivLocal(new Date('2025-01-15T10:00:00Z')) // '2025-01-15T12:00'
 */
export function instantToKyivLocal(at: Date): string {
  const f = kyivFields(at);
  return `${f.y}-${pad(f.mo)}-${pad(f.d)}T${pad(f.h)}:${pad(f.mi)}`;
}

/** The instant a Kyiv calendar day (`YYYY-MM-DD`) starts. */
export function kyivDayStart(day: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? kyivLocalToInstant(`${day}T00:00`) : undefined;
}

/** The Kyiv calendar day after `day`, for "up to and including this day" filters. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const LOCALES: Record<Lang, string> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };
const timeFormats = new Map<string, Intl.DateTimeFormat>();
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = timeFormats.get(key);
  if (!f) timeFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: KYIV, hourCycle: 'h23', ...options })));
  return f;
}

/** "12:04" — a Kyiv time of day, for "Saved 12:04". */
export function kyivTime(at: Date, lang: Lang): string {
  return format(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "1 Mar 2025, 18:22" — a Kyiv date and time for lists and history. */
export function kyivDateTime(at: Date, lang: Lang): string {
  return format(lang, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

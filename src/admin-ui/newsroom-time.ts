import type { Lang } from '../domain/locale.js';

/**
 * The newsroom works in its own time zone (TIME_ZONE, Europe/Kyiv by default) wherever its people
 * are: the schedule input means the newsroom's wall-clock time, and every time the admin shows is
 * in that zone. The server names the zone on the page (`<html data-time-zone>`); the app calls
 * {@link useNewsroomZone} once at start. Pure functions over Intl (full ICU in Node and in
 * browsers), so they are unit-tested across the daylight-saving changes.
 */

let zone = 'Europe/Kyiv';
/** The zone's name as the newsroom configured it (shown to people), whatever the browser calls it. */
let configured = zone;
let partsFormat = fieldsFormat(zone);
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The newsroom's zone as configured: "Europe/Kyiv". */
export function newsroomZone(): string {
  return configured;
}

/**
 * Sets the newsroom's zone. Browsers with an older time-zone database know Kyiv only by its old
 * name, Europe/Kiev; a zone the browser does not know at all leaves the one in force.
 */
export function useNewsroomZone(name: string): void {
  const known = [name, ...(name === 'Europe/Kyiv' ? ['Europe/Kiev'] : [])].find((candidate) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: candidate });
      return true;
    } catch {
      return false;
    }
  });
  if (!known) return;
  configured = name;
  if (known === zone) return;
  zone = known;
  partsFormat = fieldsFormat(zone);
  timeFormats.clear();
}

function fieldsFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
}

/** The newsroom's wall-clock fields at an instant. */
function newsroomFields(at: Date): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const get = (type: string) => Number(partsFormat.formatToParts(at).find((p) => p.type === type)?.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** The newsroom zone's offset from UTC at an instant, in milliseconds (Kyiv: +2 h in winter, +3 h in summer). */
export function newsroomOffset(at: Date): number {
  const f = newsroomFields(at);
  const asUtc = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time in the newsroom's zone (a `datetime-local` value) names. A time skipped when clocks
 * go forward (03:30 on the last Sunday of March) moves on by the hour, to 04:30 summer time; a
 * time that happens twice when they go back (03:30 on the last Sunday of October) is the first
 * one, in summer time: like Temporal's "compatible" choice.
 *
 * @example newsroomLocalToInstant('2025-07-01T12:00')?.toISOString() // '2025-07-01T09:00:00.000Z'
 */
export function newsroomLocalToInstant(value: string): Date | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wall)) return undefined;
  const day = 86_400_000;
  const before = newsroomOffset(new Date(wall - day));
  const after = newsroomOffset(new Date(wall + day));
  const fits = (offset: number) => newsroomOffset(new Date(wall - offset)) === offset;
  // The earlier instant first: summer time (larger offset) when the hour happens twice.
  const candidates = [Math.max(before, after), Math.min(before, after)];
  const offset = candidates.find(fits);
  // None fits: the hour was skipped; the offset in force before the change moves it forward.
  return new Date(wall - (offset ?? before));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as a `datetime-local` value in the newsroom's zone (minutes).
 *
 * @example instantToNewsroomLocal(new Date('2025-01-15T10:00:00Z')) // '2025-01-15T12:00'
 */
export function instantToNewsroomLocal(at: Date): string {
  const f = newsroomFields(at);
  return `${f.y}-${pad(f.mo)}-${pad(f.d)}T${pad(f.h)}:${pad(f.mi)}`;
}

/** The instant a calendar day (`YYYY-MM-DD`) starts in the newsroom's zone. */
export function newsroomDayStart(day: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? newsroomLocalToInstant(`${day}T00:00`) : undefined;
}

/** The calendar day after `day`, for "up to and including this day" filters. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const LOCALES: Record<Lang, string> = { uk: 'uk-UA', ru: 'ru-RU', en: 'en-GB' };
function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = timeFormats.get(key);
  if (!f) timeFormats.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: zone, hourCycle: 'h23', ...options })));
  return f;
}

/** "12:04" — a time of day in the newsroom's zone, for "Saved 12:04". */
export function newsroomTime(at: Date, lang: Lang): string {
  return format(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "1 Mar 2025, 18:22" — a date and time in the newsroom's zone for lists and history. */
export function newsroomDateTime(at: Date, lang: Lang): string {
  return format(lang, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

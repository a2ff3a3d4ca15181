import type { Lang } from './locale.js';

/**
 * Dates as the newsroom writes them, always in its time zone (Europe/Kyiv by default).
 * Intl does the localization; we only assemble its parts into the house style:
 * "Saturday, 1 March 2025, 18:22" / "Субота, 1 березня 2025, 18:22".
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang | 'en-CA', timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    // en-GB gives "1 March 2025" day-first order; plain "en" would say "March 1".
    const locale = lang === 'en' ? 'en-GB' : lang;
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

function parts(date: Date, lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(lang, timeZone, options).formatToParts(date)) out[p.type] = p.value;
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The options each format asks Intl for; its names of months and weekdays are asked once. */
const FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  weekdayDay: { weekday: 'long', day: 'numeric', month: 'long' },
  dateline: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Format = keyof typeof FORMATS;

const nameTables = new Map<string, string[]>();

/**
 * The names Intl gives a month or weekday in one language with these options, for every value
 * (January…December, Sunday…Saturday), asked once: "березня" is the form a date with a day uses.
 * Formatting a moment then takes its wall-clock fields from the remembered zone offset, not a
 * formatToParts call (tens of microseconds) per date.
 */
function names(lang: Lang, format: Format, field: 'month' | 'weekday'): string[] {
  const key = `${lang}|${format}|${field}`;
  let table = nameTables.get(key);
  if (!table) {
    // Noon UTC on the 15th of each month of 2021, and on Sunday 3 January 2021 and the six days after.
    table = Array.from({ length: field === 'month' ? 12 : 7 }, (_, i) => {
      const date = new Date(field === 'month' ? Date.UTC(2021, i, 15, 12) : Date.UTC(2021, 0, 3 + i, 12));
      return parts(date, lang, 'UTC', FORMATS[format])[field] ?? '';
    });
    nameTables.set(key, table);
  }
  return table;
}

/** The zone's wall-clock time at a moment, as the UTC fields of a Date (whole seconds). */
function wallClock(date: Date, timeZone: string): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000 + cachedOffset(date, timeZone) * 60_000);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "HH:MM" in the newsroom's zone, as the news stream shows it. */
export function formatTime(date: Date, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** "1 March 2025" / "1 березня 2025" / "1 марта 2025". */
export function formatDay(date: Date, lang: Lang, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${local.getUTCDate()} ${names(lang, 'day', 'month')[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
}

/** "Saturday, 1 March" / "Субота, 1 березня": the news stream's date separators. */
export function formatWeekdayDay(date: Date, lang: Lang, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${capitalize(names(lang, 'weekdayDay', 'weekday')[local.getUTCDay()]!)}, ${local.getUTCDate()} ${
    names(lang, 'weekdayDay', 'month')[local.getUTCMonth()]}`;
}

/**
 * The article's dateline.
 * @example formatDateTime(new Date('2025-03-01T16:22:00Z'), 'en', 'Europe/Kyiv') // "Saturday, 1 March 2025, 18:22"
 */
export function formatDateTime(date: Date, lang: Lang, timeZone: string): string {
  const local = wallClock(date, timeZone);
  return `${capitalize(names(lang, 'dateline', 'weekday')[local.getUTCDay()]!)}, ${local.getUTCDate()} ${
    names(lang, 'dateline', 'month')[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** A calendar day in the newsroom's zone. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The newsroom-zone calendar day a moment falls on. */
export function dayOf(date: Date, timeZone: string): Day {
  const local = wallClock(date, timeZone);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** "2025-03-01" */
export function dayKey(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** True when the numbers name a real calendar day (no 31 February). */
export function isRealDay(d: Day): boolean {
  if (!Number.isInteger(d.year) || d.year < 1900 || d.year > 9999) return false;
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return t.getUTCFullYear() === d.year && t.getUTCMonth() === d.month - 1 && t.getUTCDate() === d.day;
}

/** Offset of the zone from UTC at a moment, in minutes (Kyiv: +120 in winter, +180 in summer). */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, 'en', timeZone, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;
const BLOCK_MS = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * {@link offsetMinutes}, remembered per UTC day when the offset is the same at both ends of it
 * (all but two days a year), else per 15-minute block of that day (a block with the change in it
 * is asked of Intl each time). Intl takes ~30 µs a call, which a 50,000-URL sitemap (a date and
 * up to three story URLs per entry) or a page of cards from across the archive would otherwise
 * spend milliseconds on.
 */
function cachedOffset(date: Date, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  if (zone.size > 200_000) zone.clear();
  const time = date.getTime();
  // Days are filed under their (negative) number, 15-minute blocks under theirs.
  const day = Math.floor(time / DAY_MS);
  let off = zone.get(-day - 1);
  if (off === undefined) {
    const start = offsetMinutes(new Date(day * DAY_MS), timeZone);
    off = start === offsetMinutes(new Date((day + 1) * DAY_MS - 1000), timeZone) ? start : Number.NaN;
    zone.set(-day - 1, off);
  }
  if (!Number.isNaN(off)) return off;
  const block = Math.floor(time / BLOCK_MS);
  off = zone.get(block);
  if (off === undefined) {
    const start = offsetMinutes(new Date(block * BLOCK_MS), timeZone);
    off = start === offsetMinutes(new Date((block + 1) * BLOCK_MS - 1000), timeZone) ? start : Number.NaN;
    zone.set(block, off);
  }
  return Number.isNaN(off) ? offsetMinutes(date, timeZone) : off;
}

/** The first moment of a newsroom-zone day, as a UTC instant (exact across DST changes). */
export function startOfDay(d: Day, timeZone: string): Date {
  const naive = Date.UTC(d.year, d.month - 1, d.day);
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The day after (or before, with -1) a calendar day. */
export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The half-open UTC range [start, end) that a newsroom-zone day covers. */
export function dayRange(d: Day, timeZone: string): { start: Date; end: Date } {
  return { start: startOfDay(d, timeZone), end: startOfDay(addDays(d, 1), timeZone) };
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 date-time (with a four-digit year, as RFC 1123 and RSS 2.0 use it) in the newsroom's
 * zone, for RSS `pubDate`. @example rfc822WithOffset(NOW, 'Europe/Kyiv') // "Sat, 01 Mar 2025 18:22:00 +0200"
 */
export function rfc822WithOffset(date: Date, timeZone: string): string {
  const off = offsetMinutes(date, timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + off * 60_000);
  const abs = Math.abs(off);
  const zone = `${off >= 0 ? '+' : '-'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${RFC822_DAYS[local.getUTCDay()]}, ${two(local.getUTCDate())} ${RFC822_MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${
    two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ${zone}`;
}

/** The zone's offset at a moment as "+02:00", for `<time datetime>` and feeds. */
export function isoWithOffset(date: Date, timeZone: string): string {
  const off = cachedOffset(date, timeZone);
  const local = wallClock(date, timeZone).toISOString().slice(0, 19);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

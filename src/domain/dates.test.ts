import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dayOf, dayRange, formatDateTime, formatDay, formatTime, formatWeekdayDay, isRealDay, isoWithOffset } from './dates.js';
import { LANGUAGES } from './locale.js';

const KYIV = 'Europe/Kyiv';
const moment = new Date('2025-03-01T16:22:00Z');

test('the article dateline in each language, in Kyiv time', () => {
  assert.equal(formatDateTime(moment, 'en', KYIV), 'Saturday, 1 March 2025, 18:22');
  assert.equal(formatDateTime(moment, 'uk', KYIV), 'Субота, 1 березня 2025, 18:22');
  assert.equal(formatDateTime(moment, 'ru', KYIV), 'Суббота, 1 марта 2025, 18:22');
});

test('stream times and separators', () => {
  assert.equal(formatTime(moment, KYIV), '18:22');
  assert.equal(formatTime(new Date('2025-03-01T22:05:00Z'), KYIV), '00:05');
  assert.equal(formatWeekdayDay(new Date('2025-03-01T22:05:00Z'), 'uk', KYIV), 'Неділя, 2 березня');
});

test('days follow Kyiv, across daylight-saving changes', () => {
  assert.deepEqual(dayOf(new Date('2025-03-01T22:30:00Z'), KYIV), { year: 2025, month: 3, day: 2 });
  const spring = dayRange({ year: 2025, month: 3, day: 30 }, KYIV);
  assert.equal(spring.start.toISOString(), '2025-03-29T22:00:00.000Z');
  assert.equal(spring.end.getTime() - spring.start.getTime(), 23 * 3_600_000);
  const autumn = dayRange({ year: 2025, month: 10, day: 26 }, KYIV);
  assert.equal(autumn.end.getTime() - autumn.start.getTime(), 25 * 3_600_000);
  assert.equal(isoWithOffset(moment, KYIV), '2025-03-01T18:22:00+02:00');
  assert.equal(isoWithOffset(new Date('2025-07-01T16:22:00Z'), KYIV), '2025-07-01T19:22:00+03:00');
});

test('calendar arithmetic and impossible days', () => {
  assert.deepEqual(addDays({ year: 2024, month: 12, day: 31 }, 1), { year: 2025, month: 1, day: 1 });
  assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 });
  assert.equal(isRealDay({ year: 2025, month: 2, day: 29 }), false);
  assert.equal(isRealDay({ year: 2025, month: 13, day: 1 }), false);
  assert.equal(isRealDay({ year: 2024, month: 2, day: 29 }), true);
});

test('offsets remembered per day agree with Intl every ten minutes across both changes of a year', () => {
  const byIntl = (date: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(date)
      .replace(', ', 'T');
  for (const [from, to] of [['2025-03-29T12:00:00Z', '2025-03-31T00:00:00Z'], ['2025-10-25T12:00:00Z', '2025-10-27T00:00:00Z']] as const) {
    for (let t = Date.parse(from); t < Date.parse(to); t += 10 * 60_000) {
      const date = new Date(t);
      assert.equal(isoWithOffset(date, 'Europe/Kyiv').slice(0, 16), byIntl(date), date.toISOString());
    }
  }
});

test('datelines, days and stream separators say what Intl says, in every language, every 97 minutes of two years', () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const intl = (date: Date, lang: string, options: Intl.DateTimeFormatOptions) => {
    const key = lang + JSON.stringify(options);
    if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone: KYIV, ...options }));
    const p: Record<string, string> = {};
    for (const part of formats.get(key)!.formatToParts(date)) p[part.type] = part.value;
    return p;
  };
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
  for (let t = Date.parse('2024-01-01T00:00:00Z'); t < Date.parse('2026-01-01T00:00:00Z'); t += 97 * 60_000) {
    const date = new Date(t);
    const time = intl(date, 'en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    assert.equal(formatTime(date, KYIV), `${time.hour}:${time.minute}`, date.toISOString());
    for (const lang of LANGUAGES) {
      const day = intl(date, lang, { day: 'numeric', month: 'long', year: 'numeric' });
      assert.equal(formatDay(date, lang, KYIV), `${day.day} ${day.month} ${day.year}`, `${lang} ${date.toISOString()}`);
      const sep = intl(date, lang, { weekday: 'long', day: 'numeric', month: 'long' });
      assert.equal(formatWeekdayDay(date, lang, KYIV), `${cap(sep.weekday!)}, ${sep.day} ${sep.month}`, `${lang} ${date.toISOString()}`);
      const line = intl(date, lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      assert.equal(formatDateTime(date, lang, KYIV), `${cap(line.weekday!)}, ${line.day} ${line.month} ${line.year}, ${time.hour}:${time.minute}`);
    }
  }
});

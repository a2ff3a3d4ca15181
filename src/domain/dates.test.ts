import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, dayOf, dayRange, formatDateTime, formatTime, formatWeekdayDay, isRealDay, isoWithOffset } from './dates.js';

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

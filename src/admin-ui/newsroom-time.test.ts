import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantToNewsroomLocal, newsroomDayStart, newsroomLocalToInstant, newsroomTime, newsroomZone, nextDay, useNewsroomZone } from './newsroom-time.js';

const iso = (value: string) => newsroomLocalToInstant(value)?.toISOString();

test('Kyiv wall-clock time is UTC+2 in winter and UTC+3 in summer', () => {
  assert.equal(iso('2025-01-15T12:00'), '2025-01-15T10:00:00.000Z');
  assert.equal(iso('2025-07-01T12:00'), '2025-07-01T09:00:00.000Z');
  assert.equal(iso('2025-03-30T02:59'), '2025-03-30T00:59:00.000Z');
  assert.equal(iso('2025-03-30T04:00'), '2025-03-30T01:00:00.000Z');
  assert.equal(iso('2025-10-26T02:59'), '2025-10-25T23:59:00.000Z');
  assert.equal(iso('2025-10-26T04:00'), '2025-10-26T02:00:00.000Z');
});

test('an hour skipped in March moves forward; an hour repeated in October is its first time', () => {
  // 03:30 does not exist on 30 March 2025: it is 04:30 summer time.
  assert.equal(iso('2025-03-30T03:30'), '2025-03-30T01:30:00.000Z');
  assert.equal(instantToNewsroomLocal(newsroomLocalToInstant('2025-03-30T03:30')!), '2025-03-30T04:30');
  // 03:30 happens twice on 26 October 2025: first in summer time (00:30 UTC), then in winter time.
  assert.equal(iso('2025-10-26T03:30'), '2025-10-26T00:30:00.000Z');
});

test('instants come back as the same Kyiv datetime-local values', () => {
  for (const value of ['2025-01-01T00:00', '2025-03-30T04:00', '2025-06-30T23:59', '2025-10-26T04:15', '2025-12-31T23:30']) {
    assert.equal(instantToNewsroomLocal(newsroomLocalToInstant(value)!), value);
  }
  assert.equal(instantToNewsroomLocal(new Date('2025-10-26T01:30:00Z')), '2025-10-26T03:30');
});

test('bad input is no time; days start at Kyiv midnight', () => {
  assert.equal(newsroomLocalToInstant(''), undefined);
  assert.equal(newsroomLocalToInstant('tomorrow'), undefined);
  assert.equal(newsroomDayStart('2025-07-01')?.toISOString(), '2025-06-30T21:00:00.000Z');
  assert.equal(nextDay('2025-02-28'), '2025-03-01');
  assert.equal(nextDay('2025-12-31'), '2026-01-01');
  assert.equal(newsroomTime(new Date('2025-03-01T16:22:00Z'), 'en'), '18:22');
});

test('the newsroom zone the server names is the one times are read and shown in', () => {
  useNewsroomZone('America/New_York');
  try {
    assert.equal(newsroomZone(), 'America/New_York');
    // UTC−5 in January, UTC−4 in July.
    assert.equal(iso('2025-01-15T12:00'), '2025-01-15T17:00:00.000Z');
    assert.equal(iso('2025-07-01T12:00'), '2025-07-01T16:00:00.000Z');
    assert.equal(newsroomDayStart('2025-03-01')?.toISOString(), '2025-03-01T05:00:00.000Z');
    assert.equal(newsroomTime(new Date('2025-01-15T17:04:00Z'), 'en'), '12:04');
    // A zone no browser knows leaves the one in force.
    useNewsroomZone('Mars/Olympus_Mons');
    assert.equal(newsroomZone(), 'America/New_York');
  } finally {
    useNewsroomZone('Europe/Kyiv');
  }
  assert.equal(newsroomZone(), 'Europe/Kyiv');
  assert.equal(iso('2025-01-15T12:00'), '2025-01-15T10:00:00.000Z');
});

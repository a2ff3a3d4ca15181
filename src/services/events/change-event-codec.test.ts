import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeChangeEvent, encodeChangeEvent, toChangeEvent } from './change-event-codec.js';
import type { ChangeEvent } from './change-events.js';

const story: ChangeEvent = { type: 'story-updated', storyId: 12, lang: 'uk', sectionId: 3, tagIds: [4, 5], authorIds: [6] };

test('every kind of event survives the wire unchanged', () => {
  const events: ChangeEvent[] = [
    story,
    { ...story, type: 'story-published', tagIds: [] },
    { ...story, type: 'story-unpublished', lang: 'en' },
    { type: 'settings-changed' },
    { type: 'media-changed', mediaId: 9 },
    { type: 'front-page-changed', lang: 'ru' },
  ];
  for (const event of events) assert.deepEqual(decodeChangeEvent(encodeChangeEvent(event)), event);
});

test('anything that is not JSON text of an event is dropped', () => {
  for (const text of [undefined, null, 42, {}, Buffer.from('{}'), '', 'not json', '{"type":', 'null', '[]', '"story-updated"', `{"type":"settings-changed"}${' '.repeat(70_000)}`]) {
    assert.equal(decodeChangeEvent(text), undefined, String(text).slice(0, 40));
  }
});

test('story events: ids positive integers, a known language, lists of ids', () => {
  const bad: Record<string, unknown>[] = [
    { type: 'story-removed' },
    { storyId: 0 },
    { storyId: -3 },
    { storyId: 1.5 },
    { storyId: '12' },
    { storyId: 2 ** 60 },
    { storyId: undefined },
    { lang: 'de' },
    { lang: 'UK' },
    { lang: undefined },
    { sectionId: null },
    { tagIds: 4 },
    { tagIds: [4, '5'] },
    { tagIds: [4, 0] },
    { tagIds: [4, null] },
    { authorIds: undefined },
    { authorIds: { 0: 6, length: 1 } },
    { authorIds: Array.from({ length: 1001 }, (_, i) => i + 1) },
  ];
  for (const change of bad) {
    const value: Record<string, unknown> = { ...story, ...change };
    assert.equal(toChangeEvent(value), undefined, JSON.stringify(change).slice(0, 60));
    assert.equal(decodeChangeEvent(JSON.stringify(value)), undefined, JSON.stringify(change).slice(0, 60));
  }
});

test('other events: their one field is checked', () => {
  for (const value of [{ type: 'media-changed' }, { type: 'media-changed', mediaId: '9' }, { type: 'media-changed', mediaId: 0 }, { type: 'front-page-changed' }, { type: 'front-page-changed', lang: 'pl' }]) {
    assert.equal(toChangeEvent(value), undefined, JSON.stringify(value));
  }
  for (const value of [null, [], 'settings-changed', [{ type: 'settings-changed' }]]) assert.equal(toChangeEvent(value), undefined);
});

test('the result is rebuilt from known fields: extra fields and shared arrays do not pass through', () => {
  const tagIds = [4, 5];
  const decoded = toChangeEvent({ ...story, tagIds, headline: '<script>', __proto__: { polluted: true } });
  assert.deepEqual(decoded, story);
  assert.notEqual((decoded as { tagIds: number[] }).tagIds, tagIds);
  assert.deepEqual(toChangeEvent({ type: 'settings-changed', everything: true }), { type: 'settings-changed' });
  assert.deepEqual(decodeChangeEvent('{"type":"media-changed","mediaId":9,"__proto__":{"x":1}}'), { type: 'media-changed', mediaId: 9 });
});

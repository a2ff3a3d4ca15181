import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CacheKey, keysOfChange } from './cache-keys.js';

const story = { storyId: 7, lang: 'ru' as const, sectionId: 2, tagIds: [3, 4], authorIds: [5] };

test('publishing touches the story, its lists in its edition, the newest, archive, sitemaps and search', () => {
  const keys = keysOfChange({ type: 'story-published', ...story });
  assert.deepEqual(new Set(keys), new Set(['s7', 'section2-ru', 'tag3-ru', 'tag4-ru', 'author5-ru', 'latest-ru', 'archive-ru', 'sitemaps', 'search']));
  assert.deepEqual(new Set(keysOfChange({ type: 'story-unpublished', ...story })), new Set(keys));
});

test('an update touches the pages showing the story and its lists, not which stories are newest', () => {
  const keys = keysOfChange({ type: 'story-updated', ...story });
  assert.ok(keys.includes(CacheKey.story(7)));
  assert.ok(keys.includes(CacheKey.tag(4, 'ru')));
  assert.ok(!keys.includes(CacheKey.latest('ru')));
  assert.ok(!keys.includes(CacheKey.archive('ru')));
});

test('settings show on every page, a photo on the pages that show it, a front page choice on one front page', () => {
  assert.deepEqual(keysOfChange({ type: 'settings-changed' }), ['site']);
  assert.deepEqual(keysOfChange({ type: 'media-changed', mediaId: 3 }), ['m3']);
  assert.deepEqual(keysOfChange({ type: 'front-page-changed', lang: 'en' }), ['front-en']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Paths, kindFromSegment } from './urls.js';

test('story URLs: language prefix except the default, kind, Kyiv date, id', () => {
  const paths = new Paths('uk', 'Europe/Kyiv');
  // 23:30 UTC on 28 February is already 1 March in Kyiv.
  const at = new Date('2025-02-28T23:30:00Z');
  assert.equal(paths.story('en', 'news', at, 7501234), '/en/news/2025/03/01/7501234/');
  assert.equal(paths.story('uk', 'column', at, 5), '/columns/2025/03/01/5/');
  assert.equal(paths.home('uk'), '/');
  assert.equal(paths.home('ru'), '/ru/');
  assert.equal(paths.section('en', 'politics', 2), '/en/sections/politics/?page=2');
  assert.equal(paths.archive('ru', { year: 2025, month: 3, day: 1 }), '/ru/archive/2025/03/01/');
  assert.equal(kindFromSegment('articles'), 'article');
  assert.equal(kindFromSegment('article'), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryMeta } from '../../storage/editorial-repository.js';
import { checkStoryMeta, checkVersionFields, sameMeta, storyEvents } from './editorial-deps.js';

const meta: StoryMeta = { kind: 'news', sectionId: 1, tagIds: [2, 3], authorIds: [4], importance: 0, hasVideo: false, hasPhotos: false };
const version = { lang: 'en', headline: 'Kyiv', lead: '', body: [], source: null, leadMediaId: null };

test('version fields: headline, lead, source links and lang are checked', () => {
  assert.deepEqual(checkVersionFields(version), []);
  const paths = (v: object) => checkVersionFields({ ...version, ...v } as typeof version).map((p) => p.path);
  assert.deepEqual(paths({ headline: '   ' }), ['headline']);
  assert.deepEqual(paths({ headline: 'x'.repeat(301) }), ['headline']);
  assert.deepEqual(paths({ lead: 'x'.repeat(1001) }), ['lead']);
  assert.deepEqual(paths({ lang: 'de' }), ['lang']);
  assert.deepEqual(paths({ leadMediaId: -1 }), ['leadMediaId']);
  assert.deepEqual(paths({ source: { text: 'TASS', links: [{ text: 'TASS', url: 'javascript:alert(1)' }] } }), ['source.links[0].url']);
  assert.deepEqual(paths({ body: [{ type: 'marquee' }] }), ['body[0]']);
});

test('story meta: kind, ids, importance and flags are checked; paths follow the input', () => {
  assert.deepEqual(checkStoryMeta(meta), []);
  const bad = { ...meta, kind: 'blog', tagIds: [2, 2], authorIds: [0], importance: 5, hasVideo: 'yes' } as unknown as StoryMeta;
  assert.deepEqual(checkStoryMeta(bad, '').map((p) => p.path), ['kind', 'importance', 'hasVideo', 'tagIds[1]', 'authorIds[0]']);
  assert.equal(checkStoryMeta(bad, 'story')[0]?.path, 'story.kind');
});

test('meta equality counts byline order; events after a move name the old pages too', () => {
  assert.ok(sameMeta(meta, { ...meta, tagIds: [2, 3] }));
  assert.ok(!sameMeta(meta, { ...meta, tagIds: [3, 2] }));
  const moved = { ...meta, sectionId: 9, tagIds: [5] };
  const events = storyEvents('story-updated', 7, ['uk'], moved, meta);
  assert.deepEqual(events.map((e) => 'sectionId' in e && e.sectionId), [9, 1]);
  assert.deepEqual(events[0] && 'tagIds' in events[0] && events[0].tagIds, [5, 2, 3]);
  assert.equal(storyEvents('story-published', 7, [], meta).length, 0);
});

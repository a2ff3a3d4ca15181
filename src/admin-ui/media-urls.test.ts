import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateBody } from '../domain/blocks.js';
import { parseEmbedUrl, parseVideoUrl } from './media-urls.js';

test('YouTube and Vimeo links give a provider and video id', () => {
  assert.deepEqual(parseVideoUrl('https://www.youtube.com/watch?v=dQw4w9WgXcQ'), { provider: 'youtube', videoId: 'dQw4w9WgXcQ' });
  assert.deepEqual(parseVideoUrl('https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10'), { provider: 'youtube', videoId: 'dQw4w9WgXcQ' });
  assert.deepEqual(parseVideoUrl('  youtu.be/dQw4w9WgXcQ?si=abc '), { provider: 'youtube', videoId: 'dQw4w9WgXcQ' });
  assert.deepEqual(parseVideoUrl('https://m.youtube.com/shorts/abc_DEF-123'), { provider: 'youtube', videoId: 'abc_DEF-123' });
  assert.deepEqual(parseVideoUrl('https://vimeo.com/76979871'), { provider: 'vimeo', videoId: '76979871' });
  assert.deepEqual(parseVideoUrl('https://player.vimeo.com/video/76979871'), { provider: 'vimeo', videoId: '76979871' });
});

test('other links are not videos', () => {
  for (const bad of [
    '', 'not a link', 'https://example.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/', 'https://www.youtube.com/watch',
    'https://www.youtube.com/watch?v=bad id', 'https://youtu.be/', 'https://vimeo.com/channels/staffpicks', 'javascript:alert(1)',
    'ftp://youtu.be/dQw4w9WgXcQ', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
  ])
    assert.equal(parseVideoUrl(bad), null, bad);
});

test('posts on the allowed hosts give an embed the domain accepts', () => {
  const cases: [string, string, string][] = [
    ['https://x.com/kyivindependent/status/1', 'x', 'https://x.com/kyivindependent/status/1'],
    ['twitter.com/a/status/2', 'x', 'https://twitter.com/a/status/2'],
    ['https://t.me/ukrenergo/1234', 'telegram', 'https://t.me/ukrenergo/1234'],
    ['http://www.facebook.com/page/posts/9', 'facebook', 'https://www.facebook.com/page/posts/9'],
    ['https://instagram.com/p/Cabc/', 'instagram', 'https://instagram.com/p/Cabc/'],
  ];
  for (const [raw, provider, url] of cases) {
    const got = parseEmbedUrl(raw);
    assert.deepEqual(got, { provider, url }, raw);
    assert.deepEqual(validateBody([{ type: 'embed', ...got! }]), [], raw);
  }
});

test('other hosts and bare home pages are refused', () => {
  for (const bad of ['', 'https://t.me/', 'https://example.com/post/1', 'https://t.me.evil.example/a/1', 'https://mobile.twitter.com/a/status/1', 'mailto:a@t.me', 'nonsense'])
    assert.equal(parseEmbedUrl(bad), null, bad);
});

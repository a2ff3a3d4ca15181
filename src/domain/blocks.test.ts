import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafeHref, validateBody } from './blocks.js';

test('a well-formed body has no problems', () => {
  assert.deepEqual(
    validateBody([
      { type: 'paragraph', content: [{ type: 'text', text: 'Київ, ' }, { type: 'link', text: 'джерело', href: 'https://example.com/a' }] },
      { type: 'heading', level: 2, text: 'Подробиці' },
      { type: 'quote', content: [{ type: 'text', text: 'Цитата' }], cite: 'Міністр' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'один' }]] },
      { type: 'image', mediaId: 3 },
      { type: 'video', provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: 'Відео' },
      { type: 'embed', provider: 'telegram', url: 'https://t.me/channel/12' },
      { type: 'related', storyId: 7 },
    ]),
    [],
  );
});

test('unsafe links, unknown blocks and foreign embeds are rejected with their place', () => {
  const problems = validateBody([
    { type: 'paragraph', content: [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }] },
    { type: 'script', text: 'x' },
    { type: 'embed', provider: 'x', url: 'https://evil.example.com/status/1' },
    { type: 'heading', level: 1, text: 'H1' },
    { type: 'paragraph', content: [] },
  ]);
  assert.deepEqual(
    problems.map((p) => p.path),
    ['body[0].content[0].href', 'body[1]', 'body[2].url', 'body[3].level', 'body[4].content'],
  );
  assert.deepEqual(validateBody('<p>html</p>').map((p) => p.path), ['body']);
  assert.equal(isSafeHref('mailto:desk@example.com'), true);
  assert.equal(isSafeHref('data:text/html,x'), false);
});

test('cleanBody takes control characters out of every text and attribute, and leaves links for validation', async () => {
  const { cleanBody, validateBody } = await import('./blocks.js');
  const body = cleanBody([
    { type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b\nc' }, { type: 'link', text: 'l\u0007', href: 'https://x.com/' }] },
    { type: 'heading', level: 2, text: 'H\ufffe\tI' },
    { type: 'image', mediaId: 1, caption: 'c\ud800', credit: 'cr\u001b', alt: 'a\uffff' },
  ]);
  assert.deepEqual(body, [
    { type: 'paragraph', content: [{ type: 'text', text: 'ab\nc' }, { type: 'link', text: 'l', href: 'https://x.com/' }] },
    { type: 'heading', level: 2, text: 'H I' },
    { type: 'image', mediaId: 1, caption: 'c\ufffd', credit: 'cr', alt: 'a' },
  ]);
  const link = [{ type: 'paragraph', content: [{ type: 'link', text: 'l', href: 'https://x.com/\u0000' }] }];
  assert.deepEqual(cleanBody(link), link);
  assert.deepEqual(validateBody(cleanBody(link)).map((p) => p.path), ['body[0].content[0].href']);
});

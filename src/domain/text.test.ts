import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, hasInvisibleCharacters, isSlug } from './text.js';

const DIRTY = '\u0000\u0007\u001b\u007f\u0085\ufffe\uffff\ufdd0\u{1fffe}';

test('controls, noncharacters and DEL/C1 are removed; lone surrogates become U+FFFD', () => {
  assert.equal(cleanText(`Kyiv${DIRTY} says`), 'Kyiv says');
  assert.equal(cleanText('a\ud800b'), 'a\ufffdb');
  assert.equal(cleanText('a\udc00b'), 'a\ufffdb');
  // A proper pair (an emoji) is kept.
  assert.equal(cleanText('a\ud83d\ude00b'), 'a😀b');
});

test('single-line fields turn each tab and line break into a space; multi-line ones keep them', () => {
  assert.equal(cleanText('one\ttwo\r\nthree\nfour\rfive'), 'one two three four five');
  assert.equal(cleanText('one\ttwo\r\nthree\rfour\u0007', { multiline: true }), 'one\ttwo\nthree\nfour');
});

test('the result is NFC and cleaning twice changes nothing', () => {
  assert.equal(cleanText('e\u0301'), '\u00e9');
  for (const s of [`x${DIRTY}\ud800 e\u0301\t\r\n`, 'plain text', '']) {
    for (const multiline of [false, true]) assert.equal(cleanText(cleanText(s, { multiline }), { multiline }), cleanText(s, { multiline }));
  }
});

test('links and slugs with invisible characters are told apart, not cleaned', () => {
  assert.equal(hasInvisibleCharacters('https://x.com/a\u0000'), true);
  assert.equal(hasInvisibleCharacters('https://x.com/a\tb'), true);
  assert.equal(hasInvisibleCharacters('https://x.com/київ'), false);
  assert.equal(isSlug('zelenskyi-2'), true);
  assert.equal(isSlug('київ'), true);
  assert.equal(isSlug('a\u0000'), false);
  assert.equal(isSlug(''), false);
});

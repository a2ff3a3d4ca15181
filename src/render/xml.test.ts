import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rfc822WithOffset } from '../domain/dates.js';
import { el, xmlAttr, xmlDocument, xmlText } from './xml.js';

test('text and attributes are escaped, forbidden characters dropped', () => {
  assert.equal(xmlText('A & B <c> "d" \'e\''), 'A &amp; B &lt;c&gt; "d" \'e\'');
  assert.equal(xmlAttr('a"b\'c<d>&\te\nf'), 'a&quot;b&apos;c&lt;d&gt;&amp;&#9;e&#10;f');
  // NUL, vertical tab, form feed, a lone surrogate and U+FFFF cannot appear in XML 1.0 at all.
  assert.equal(xmlText('a\u0000b\u000Bc\u000Cd\uD800e\uFFFFf'), 'abcdef');
  // Tabs, newlines and real surrogate pairs stay.
  assert.equal(xmlText('a\tb\nc 😀'), 'a\tb\nc 😀');
  assert.equal(xmlText('a\r\nb'), 'a&#13;\nb');
});

test('elements: empty ones self-close, absent attributes are left out, children nest', () => {
  assert.equal(el('link', { href: 'https://x/?a=1&b=2', length: null, type: undefined }).value, '<link href="https://x/?a=1&amp;b=2"/>');
  assert.equal(el('title', {}, 'A & B').value, '<title>A &amp; B</title>');
  assert.equal(el('a', {}, el('b', {}, '1'), null, false, [el('c', { n: 2 })]).value, '<a>\n<b>1</b>\n<c n="2"/>\n</a>');
  assert.equal(xmlDocument(el('r', {})), '<?xml version="1.0" encoding="utf-8"?>\n<r/>\n');
});

test('RFC 822 dates carry the newsroom offset', () => {
  assert.equal(rfc822WithOffset(new Date('2025-03-01T16:22:00Z'), 'Europe/Kyiv'), 'Sat, 01 Mar 2025 18:22:00 +0200');
  assert.equal(rfc822WithOffset(new Date('2025-07-01T21:05:09Z'), 'Europe/Kyiv'), 'Wed, 02 Jul 2025 00:05:09 +0300');
  assert.equal(rfc822WithOffset(new Date('2025-01-01T00:00:00Z'), 'America/St_Johns'), 'Tue, 31 Dec 2024 20:30:00 -0330');
});

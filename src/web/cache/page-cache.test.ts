import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utf8 } from './page-cache.js';

test('a page is encoded as UTF-8 exactly as Buffer.from does, each result its own copy', () => {
  const texts = [
    '',
    'plain ASCII <p>',
    'Громадський транспорт — «Відкрите місто» ґ є ї',
    'emoji 📰 and a lone surrogate \ud800 here',
    // Longer than the kept buffer holds: encoded on its own.
    'Ї'.repeat(600_000),
  ];
  for (const text of texts) assert.deepEqual(utf8(text), Buffer.from(text, 'utf8'));
  const first = utf8('перша сторінка');
  const second = utf8('друга сторінка');
  assert.equal(first.toString('utf8'), 'перша сторінка');
  assert.equal(second.toString('utf8'), 'друга сторінка');
});

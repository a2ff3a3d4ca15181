import assert from 'node:assert/strict';
import { test } from 'node:test';
import { utf8View } from './page-cache.js';

test('a page is encoded as UTF-8 exactly as Buffer.from does', () => {
  const texts = [
    '',
    'plain ASCII <p>',
    'Громадський транспорт — «Відкрите місто» ґ є ї',
    'emoji 📰 and a lone surrogate \ud800 here',
    // Longer than the kept buffer holds: encoded on its own.
    'Ї'.repeat(600_000),
  ];
  for (const text of texts) assert.deepEqual(utf8View(text), Buffer.from(text, 'utf8'));
});

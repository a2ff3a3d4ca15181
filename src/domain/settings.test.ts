import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, adPositions, parseSiteSettings } from './settings.js';

test('the most specific ad rule wins', () => {
  const rules = [
    { afterParagraphs: [3] },
    { kind: 'article' as const, afterParagraphs: [2, 6] },
    { sectionId: 4, afterParagraphs: [1] },
    { kind: 'news' as const, sectionId: 4, afterParagraphs: [4, 2] },
  ];
  assert.deepEqual(adPositions(rules, 'column', 1), [3]);
  assert.deepEqual(adPositions(rules, 'article', 1), [2, 6]);
  assert.deepEqual(adPositions(rules, 'article', 4), [1]);
  assert.deepEqual(adPositions(rules, 'news', 4), [2, 4]);
  assert.deepEqual(adPositions([], 'news', 4), []);
});

test('stored settings keep defaults for anything missing or malformed', () => {
  const parsed = parseSiteSettings({ siteName: { en: 'The Daily', uk: 42 }, adRules: [{ afterParagraphs: [0] }, { afterParagraphs: [2] }] });
  assert.equal(parsed.siteName.en, 'The Daily');
  assert.equal(parsed.siteName.uk, DEFAULT_SETTINGS.siteName.uk);
  assert.deepEqual(parsed.adRules, [{ afterParagraphs: [2] }]);
  assert.deepEqual(parseSiteSettings(null), { ...DEFAULT_SETTINGS });
});

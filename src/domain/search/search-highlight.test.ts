import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ELLIPSIS, highlight, type Segment } from './search-highlight.js';
import { parseQuery } from './search-query.js';

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

test('inflected forms are marked, text is kept as written', () => {
  const text = 'Переговори у Києві тривали до ночі.';
  const segments = highlight(text, parseQuery('київ ', 'uk'), 'uk');
  assert.deepEqual(segments, [
    { text: 'Переговори у ', match: false },
    { text: 'Києві', match: true },
    { text: ' тривали до ночі.', match: false },
  ]);
  assert.equal(joined(segments), text);
});

test('each language marks its inflections, apostrophes and accents as written', () => {
  assert.deepEqual(marked(highlight('Зеленський провів переговорів більше, ніж Зеленського просили.', parseQuery('Зеленського переговори ', 'uk'), 'uk')), ['Зеленський', 'переговорів', 'Зеленського']);
  assert.deepEqual(marked(highlight('Переговоры в Москве: Зеленский не приедет.', parseQuery('переговоров Зеленского ', 'ru'), 'ru')), ['Переговоры', 'Зеленский']);
  assert.deepEqual(marked(highlight('Talks with Ukraine’s president: negotiators met.', parseQuery('negotiation president', 'en'), 'en')), ['president', 'negotiators']);
  assert.deepEqual(marked(highlight('Його сімʼя живе в Києві, за́мок поруч.', parseQuery("сім'я замок ", 'uk'), 'uk')), ['сімʼя', 'за́мок']);
});

test('the prefix being typed is marked', () => {
  assert.deepEqual(marked(highlight('Президент Зеленський прибув до Харкова.', parseQuery('Зеленсь', 'uk'), 'uk')), ['Зеленський']);
  assert.deepEqual(marked(highlight('The negotiations resumed.', parseQuery('negotiat', 'en'), 'en')), ['negotiations']);
});

test('the window shows the most query terms and is clipped with an ellipsis', () => {
  const body = `У вівторок відбулися переговори. ${'Слово '.repeat(60)}Президент Зеленський заявив, що переговорів з Москвою не буде. ${'Інше '.repeat(60)}Кінець.`;
  const segments = highlight(body, parseQuery('Зеленського переговори ', 'uk'), 'uk');
  assert.deepEqual(marked(segments), ['Зеленський', 'переговорів']);
  assert.equal(segments[0]!.text.startsWith(ELLIPSIS), true);
  assert.equal(segments[segments.length - 1]!.text.endsWith(ELLIPSIS), true);
  const words = joined(segments).split(/\s+/).filter((w) => w !== ELLIPSIS);
  assert.ok(words.length <= 30);
});

test('no match shows the beginning; empty text shows nothing', () => {
  const body = `${'Слово '.repeat(60)}кінець.`;
  const segments = highlight(body, parseQuery('Москва ', 'uk'), 'uk');
  assert.deepEqual(marked(segments), []);
  assert.ok(segments[0]!.text.startsWith('Слово'));
  assert.ok(segments[segments.length - 1]!.text.endsWith(ELLIPSIS));
  assert.deepEqual(highlight('', parseQuery('Москва', 'uk'), 'uk'), []);
  assert.deepEqual(highlight('   ', parseQuery('Москва', 'uk'), 'uk'), []);
  assert.deepEqual(highlight('Коротко.', parseQuery('', 'uk'), 'uk'), [{ text: 'Коротко.', match: false }]);
});

test('segments are plain text: markup in the text is left for the render layer to escape', () => {
  const segments = highlight('<b>Київ</b> & "Львів"', parseQuery('Київ Львів ', 'uk'), 'uk');
  assert.deepEqual(marked(segments), ['Київ', 'Львів']);
  assert.equal(joined(segments), '<b>Київ</b> & "Львів"');
});

test('excluded words are not marked', () => {
  assert.deepEqual(marked(highlight('Київ і Москва', parseQuery('Київ -Москва ', 'uk'), 'uk')), ['Київ']);
});

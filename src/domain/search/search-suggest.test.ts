import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_COMPARISONS, MAX_VOCABULARY_WORDS, VocabularyBuilder, allowedEdits, closestWord, editDistance, suggestQuery, switchLayout, type Vocabulary,
} from './search-suggest.js';

function vocabulary(lang: 'uk' | 'ru' | 'en', texts: string[], max = MAX_VOCABULARY_WORDS): Vocabulary {
  const builder = new VocabularyBuilder(lang, max);
  for (const text of texts) builder.add(text);
  return builder.build();
}

const UK = vocabulary('uk', [
  'Зеленський провів переговори у Києві', 'Переговори президента Зеленського', 'Київ готується до зими',
  'Президент України підписав закон', 'Київ і Львів без світла', 'Зеленський: переговори тривають',
  'зелений коридор', 'Зеленська відвідала школу',
]);
const RU = vocabulary('ru', ['Переговоры в Киеве', 'Президент Украины', 'Киев и Львов']);
const EN = vocabulary('en', ['Negotiations in Kyiv', 'Kyiv talks go on', 'President Zelensky negotiations', 'Kyiv night']);

test('edit distance counts an adjacent swap as one edit and stops past the limit', () => {
  assert.equal(editDistance('зеленьский', 'зеленський', 2), 1);
  assert.equal(editDistance('переговри', 'переговори', 2), 1);
  assert.equal(editDistance('negotations', 'negotiations', 2), 1);
  assert.equal(editDistance('kyjv', 'kyiv', 1), 1);
  assert.equal(editDistance('київ', 'київ', 1), 0);
  assert.equal(editDistance('abcdef', 'badcfe', 3), 3);
  assert.equal(editDistance('київ', 'харків', 1), 2, 'past the limit answers limit + 1');
  assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  assert.equal(allowedEdits(4), 1);
  assert.equal(allowedEdits(9), 2);
});

test('the vocabulary keeps words of letters, no stop words, the most frequent first, bounded', () => {
  const v = vocabulary('uk', ['Київ Київ Львів і та 2025 F-16 ab', 'Київ']);
  assert.equal(v.counts.get('київ'), 3);
  assert.equal(v.counts.get('львів'), 1);
  for (const absent of ['і', 'та', '2025', 'f', '16', 'ab']) assert.equal(v.counts.has(absent), false, absent);
  assert.deepEqual(v.byFirst.get('к4'), ['київ']);
  const small = vocabulary('en', ['alpha alpha alpha beta beta gamma'], 2);
  assert.deepEqual([...small.counts.keys()], ['alpha', 'beta']);
  // While counting, words seen once are dropped when there are far more than kept.
  const builder = new VocabularyBuilder('en', 2);
  builder.add('alpha alpha alpha gamma');
  builder.add('bbb ccc ddd eee fff ggg');
  builder.add('gamma gamma');
  const pruned = builder.build();
  assert.deepEqual([...pruned.counts], [['alpha', 3], ['gamma', 2]], 'the first «gamma» was dropped with the other rare words');
});

test('a typo gives the closest frequent word with the same first letter', () => {
  assert.deepEqual(closestWord('переговри', UK), { word: 'переговори', edits: 1 });
  assert.equal(closestWord('зеленьский', UK)?.word, 'зеленський');
  assert.equal(closestWord('kyjv', EN)?.word, 'kyiv');
  // Short words allow one edit only; nothing that close, nothing suggested.
  assert.equal(closestWord('kxjw', EN), undefined);
  assert.equal(closestWord('ки', UK), undefined);
  // The first letter is kept: «ліїв» is not «київ».
  assert.equal(closestWord('ліїв', UK), undefined);
});

test('keyboard layouts: Ukrainian and Russian ЙЦУКЕН against QWERTY, both ways', () => {
  assert.equal(switchLayout('rbsd', 'uk', 'cyrillic'), 'киів');
  assert.equal(switchLayout('ghtpbltyn', 'uk', 'cyrillic'), 'президент');
  assert.equal(switchLayout('Rb]d', 'uk', 'cyrillic'), 'київ');
  assert.equal(switchLayout("'dhjgf", 'uk', 'cyrillic'), 'європа');
  assert.equal(switchLayout('dsqyf', 'uk', 'cyrillic'), 'війна');
  // The keys that differ: s is і in Ukrainian and ы in Russian, ] is ї and ъ, ' is є and э.
  assert.equal(switchLayout("s]'", 'ru', 'cyrillic'), 'ыъэ');
  assert.equal(switchLayout('rbtd', 'ru', 'cyrillic'), 'киев');
  assert.equal(switchLayout('тупщешфешщті', 'uk', 'latin'), 'negotiations');
  assert.equal(switchLayout('тупщешфешщты', 'ru', 'latin'), 'negotiations');
  assert.equal(switchLayout('ыуфкср', 'ru', 'latin'), 'search');
  assert.equal(switchLayout('Руддщ', 'uk', 'latin'), 'hello');
});

test('suggestions: typos, wrong layouts, and nothing when nothing is wrong or close', () => {
  assert.equal(suggestQuery('зеленьский', [UK]), 'зеленський');
  assert.equal(suggestQuery('переговри', [UK]), 'переговори');
  assert.equal(suggestQuery('Kyjv', [EN]), 'kyiv');
  assert.equal(suggestQuery('negotations', [EN]), 'negotiations');
  assert.equal(suggestQuery('rbsd', [UK]), 'київ');
  assert.equal(suggestQuery('ghtpbltyn', [UK]), 'президент');
  assert.equal(suggestQuery('ghtpbltyn rbsd', [UK]), 'президент київ');
  assert.equal(suggestQuery('rbtd', [RU]), 'киев');
  assert.equal(suggestQuery('тупщешфешщты', [EN]), 'negotiations');
  // Quotes, exclusions and known words stay as they were; only the typo changes.
  assert.equal(suggestQuery('"переговри" -Москва', [UK]), '"переговори" -москва');
  assert.equal(suggestQuery('Зеленський переговри', [UK]), 'зеленський переговори');
  // Known words (in any form the stemmer joins) and words far from anything: no suggestion.
  assert.equal(suggestQuery('Київ', [UK]), undefined);
  assert.equal(suggestQuery('переговорами', [UK]), undefined);
  assert.equal(suggestQuery('xyzzy', [UK, EN]), undefined);
  assert.equal(suggestQuery('', [UK]), undefined);
  assert.equal(suggestQuery('і та', [UK]), undefined);
  assert.equal(suggestQuery('переговри', []), undefined);
  // Every vocabulary of an "all languages" search is tried.
  assert.equal(suggestQuery('negotations', [UK, RU, EN]), 'negotiations');
});

test('comparisons are budgeted: once spent, words stay as typed', () => {
  const budget = { left: 1_000 };
  assert.equal(closestWord('переговри', UK, budget)?.word, 'переговори');
  assert.ok(budget.left < 1_000 && budget.left > 0, String(budget.left));
  assert.equal(closestWord('переговри', UK, { left: 0 }), undefined);
  // Thousands of same-length words, none close to the typed ones: twelve such words need more
  // comparisons than the budget allows.
  const many = vocabulary('uk', Array.from({ length: 5_000 }, (_, i) => `перевірка${i.toString(36).padStart(3, 'ж')}`));
  const spent = { left: MAX_COMPARISONS };
  for (let i = 0; i < 12; i++) closestWord(`пааааааааа${'бвгдеєжзийкл'[i]}`, many, spent);
  assert.ok(spent.left < 0, 'the budget was spent');
  assert.doesNotThrow(() => suggestQuery(Array.from({ length: 12 }, (_, i) => `пааааааааа${'бвгдеєжзийкл'[i]}`).join(' '), [many, many, many]));
});

test('hostile input is cut and never throws', () => {
  const hostile = ['x'.repeat(10_000), 'Київ '.repeat(2_000), '* " ( ) : ^ NEAR AND OR', "'; DROP TABLE stories; --", '\u0000\u0007', '«»', '-', '%', '[];\',.`'];
  for (const input of hostile) {
    const out = suggestQuery(input, [UK, RU, EN]);
    assert.ok(out === undefined || (typeof out === 'string' && Array.from(out).length <= 400), JSON.stringify(input).slice(0, 40));
  }
  assert.equal(suggestQuery(42 as unknown as string, [UK]), undefined);
});

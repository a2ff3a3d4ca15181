import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_QUERY_TERMS, isEmptyQuery, parseQuery, queryWords, type SearchQuery } from './search-query.js';

const ONLY_LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

function allTerms(q: SearchQuery): string[] {
  return [
    ...q.terms, ...q.phrases.flat(), ...q.excludedTerms, ...q.excludedPhrases.flat(),
    ...(q.prefix ? [...q.prefix.starts, ...q.prefix.exact] : []),
  ];
}

test('words, phrases and exclusions, analyzed', () => {
  const q = parseQuery('переговори -Москва "Слуга народу" -"російська мова" ', 'uk');
  assert.deepEqual(q.terms, ['переговор']);
  assert.deepEqual(q.phrases, [['слуг', 'народ']]);
  assert.deepEqual(q.excludedTerms, ['москв']);
  assert.deepEqual(q.excludedPhrases, [['російськ', 'мов']]);
  assert.equal(q.prefix, undefined);
  assert.deepEqual(queryWords(q), ['переговори', 'слуга', 'народу']);
  assert.equal(isEmptyQuery(q), false);
});

test('typographic quotes make phrases; a one-word phrase is a word', () => {
  assert.deepEqual(parseQuery('«Слуга народу» ', 'uk').phrases, [['слуг', 'народ']]);
  assert.deepEqual(parseQuery('„Слуга народу“ ', 'uk').phrases, [['слуг', 'народ']]);
  assert.deepEqual(parseQuery('“Servant of the People” ', 'en').phrases, [['servant', 'peopl']]);
  const one = parseQuery('«Укрзалізниця» ', 'uk');
  assert.deepEqual(one.terms, ['укрзалізниц']);
  assert.deepEqual(one.phrases, []);
});

test('an unclosed quote runs to the end as a phrase', () => {
  const q = parseQuery('війна "мирні переговори', 'uk');
  assert.deepEqual(q.terms, ['війн']);
  assert.deepEqual(q.phrases, [['мирн', 'переговор']]);
  assert.equal(q.prefix, undefined);
});

test('hyphenated words are phrases of their parts', () => {
  assert.deepEqual(parseQuery('Івано-Франківськ ', 'uk').phrases, [['іван', 'франківськ']]);
  assert.deepEqual(parseQuery('F-16 ', 'en').phrases, [['f', '16']]);
  assert.deepEqual(parseQuery('-Івано-Франківськ Київ ', 'uk').excludedPhrases, [['іван', 'франківськ']]);
});

test('the last word is a prefix while it is being typed', () => {
  const typing = parseQuery('переговори Зеленсько', 'uk');
  assert.deepEqual(typing.terms, ['переговор']);
  assert.equal(typing.prefix?.word, 'зеленсько');
  assert.ok(typing.prefix.starts.includes('зеленськ'));
  // Once a space follows, it is a whole word.
  const done = parseQuery('переговори Зеленського ', 'uk');
  assert.equal(done.prefix, undefined);
  assert.deepEqual(done.terms, ['переговор', 'зеленськ']);
  // The stem is shorter than the half-typed word: the shorter forms are looked up whole.
  const english = parseQuery('negotiat', 'en');
  assert.ok(english.prefix?.exact.includes('negoti'));
  // A nominative whose stem differs from its spelling keeps both.
  assert.deepEqual(parseQuery('Київ', 'uk').prefix?.starts, ['києв', 'київ']);
  // Too short, a stop word, punctuation at the end, or a quoted or excluded word: no prefix.
  assert.equal(parseQuery('ки', 'uk').prefix, undefined);
  assert.deepEqual(parseQuery('ки', 'uk').terms, ['ки']);
  assert.equal(parseQuery('Зеленський та', 'uk').prefix, undefined);
  assert.equal(parseQuery('Київ,', 'uk').prefix, undefined);
  assert.equal(parseQuery('"Слуга народу"', 'uk').prefix, undefined);
  assert.equal(parseQuery('війна -Москв', 'uk').prefix, undefined);
});

test('operators and SQL are plain words or nothing', () => {
  const q = parseQuery('* " ( ) : ^ NEAR AND OR NOT { } + ~ | \\ ; %', 'en');
  assert.deepEqual(q.terms, ['near']);
  assert.deepEqual(q.phrases, []);
  const sql = parseQuery("'; DROP TABLE stories; -- ", 'en');
  assert.deepEqual(sql.terms, ['drop', 'tabl', 'stori']);
  const fts = parseQuery('title:Київ^2 NEAR(війна мир, 5) OR ', 'uk');
  for (const term of allTerms(fts)) assert.match(term, ONLY_LETTERS_AND_DIGITS);
  assert.ok(fts.terms.includes('києв'));
});

test('empty queries', () => {
  for (const input of ['', '   ', '!!! ... ---', '"', '""', '- - -', '«»', '* ( ) :']) {
    const q = parseQuery(input, 'uk');
    assert.equal(isEmptyQuery(q), true, JSON.stringify(input));
  }
  // Only stop words: empty, but the words are there for the message.
  const stop = parseQuery('і та в на ', 'uk');
  assert.equal(isEmptyQuery(stop), true);
  assert.deepEqual(queryWords(stop), ['і', 'та', 'в', 'на']);
  assert.equal(isEmptyQuery(parseQuery('the of and ', 'en')), true);
  // Exclusions alone ask for nothing.
  assert.equal(isEmptyQuery(parseQuery('-Москва ', 'uk')), true);
  // Not a string at all.
  assert.equal(isEmptyQuery(parseQuery(undefined, 'uk')), true);
  assert.equal(isEmptyQuery(parseQuery(['a'], 'en')), true);
});

test('long input is cut to a bounded query', () => {
  const huge = parseQuery('переговори '.repeat(1000), 'uk');
  assert.deepEqual(huge.terms, ['переговор']);
  assert.equal(huge.truncated, true);
  const many = parseQuery(Array.from({ length: 50 }, (_, i) => `слово${i}`).join(' '), 'uk');
  assert.equal(allTerms(many).length, MAX_QUERY_TERMS);
  assert.equal(many.truncated, true);
  assert.equal(many.prefix, undefined);
  const blob = parseQuery('x'.repeat(10_000), 'en');
  assert.equal(blob.terms.length, 1);
  assert.ok(blob.terms[0]!.length <= 64);
  const astral = parseQuery('𝐀'.repeat(5000), 'en');
  assert.equal(astral.truncated, true);
});

test('hostile queries never throw and only carry letters and digits', () => {
  const inputs = [
    '"unbalanced', 'a"b"c"d', '-"', '-', '--x', '"-x"', '«««', '»»', '„“”', '\u0000\u0007', '\uD800 lone surrogate',
    'NEAR/3 x', 'a* b*', '"a" OR "b"', '(a OR b) AND NOT c', "1' OR '1'='1", 'SELECT * FROM users WHERE 1=1; --',
    '<script>alert(1)</script>', '${x}', '%00', 'п’ять ʼʼ ‘ ’', '🇺🇦🇺🇦🇺🇦', 'x'.repeat(10_000), '" '.repeat(5000),
    '-'.repeat(10_000), 'а'.repeat(200) + 'б',
  ];
  for (const input of inputs) {
    for (const lang of ['uk', 'ru', 'en'] as const) {
      const q = parseQuery(input, lang);
      for (const term of allTerms(q)) assert.match(term, ONLY_LETTERS_AND_DIGITS, `${JSON.stringify(input)} → ${term}`);
      assert.ok(allTerms(q).length <= MAX_QUERY_TERMS + 3);
    }
  }
});

test('Russian and English queries', () => {
  assert.deepEqual(parseQuery('переговоры Зеленского ', 'ru').terms, ['переговор', 'зеленск']);
  assert.deepEqual(parseQuery('negotiations -Russia "peace talks" ', 'en'), {
    lang: 'en',
    terms: ['negoti'],
    phrases: [['peac', 'talk']],
    prefix: undefined,
    excludedTerms: ['russia'],
    excludedPhrases: [],
    words: ['negotiations', 'peace', 'talks'],
    truncated: false,
  });
});

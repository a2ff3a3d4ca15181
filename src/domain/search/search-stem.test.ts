import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemWord } from './search-stem.js';
import { analyze } from './search-text.js';

/**
 * Ukrainian vowel alternations (docs/decisions/0008-search-text-analysis.md, "Ukrainian
 * alternations"): і in a closed last syllable (стіл/стола, школа/шкіл), the ї of «-їв»
 * (Київ/Києва), the fleeting о/е of «-ок»/«-ець» (будинок/будинку, українець/українця) and a short
 * list of і/е words and fleeting-е months. Each pair is a word and another form of the same word
 * that must give one term, or two different words that must not.
 */

const term = (word: string) => {
  const terms = analyze(word, 'uk');
  assert.equal(terms.length, 1, `${word} → ${terms.join('+')}`);
  return terms[0]!;
};

const MEET: readonly (readonly [string, string])[] = [
  // і ~ о in the closed syllable of the nominative and of the genitive plural
  ['школи', 'шкіл'], ['школа', 'шкіл'], ['ніч', 'ночі'], ['ночей', 'ніч'], ['сіль', 'солі'], ['рік', 'року'],
  ['рік', 'років'], ['кінь', 'коня'], ['стіл', 'стола'], ['двір', 'двору'], ['ріг', 'рогу'], ['бік', 'боку'],
  ['схід', 'сходу'], ['захід', 'заходу'], ['дохід', 'доходу'], ['похід', 'походу'], ['вихід', 'виходу'],
  ['підхід', 'підходу'], ['перехід', 'переходу'], ['спосіб', 'способу'], ['засіб', 'засобів'], ['рід', 'роду'],
  ['робіт', 'робота'], ['сторін', 'сторона'], ['слів', 'слово'], ['гір', 'гора'], ['ніж', 'ножа'],
  ['доріг', 'дорога'], ['нагород', 'нагорода'], ['воріт', 'ворота'], ['кіт', 'кота'], ['вечір', 'вечора'],
  ['міст', 'мосту'], ['мір', 'міра'],
  // town names in -ів/-їв
  ['Львів', 'Львова'], ['Харків', 'Харкова'], ['Чернігів', 'Чернігова'], ['Борисів', 'Борисова'],
  ['Київ', 'Києва'], ['Миколаїв', 'Миколаєва'], ['Житомир', 'Житомира'],
  // fleeting о/е of -ок and -ець, including the genitive plural of -ка nouns
  ['будинок', 'будинку'], ['будинок', 'будинків'], ['початок', 'початку'], ["зв'язок", 'зв’язку'], ['ринок', 'ринку'],
  ['розвиток', 'розвитку'], ['висновок', 'висновку'], ['випадок', 'випадку'], ['наслідок', 'наслідків'],
  ['перевірок', 'перевірка'], ['поставок', 'поставки'], ['знижок', 'знижка'], ['помилок', 'помилки'],
  ['пісок', 'піску'], ['українець', 'українця'], ['іноземець', 'іноземця'], ['кінець', 'кінця'],
  // listed: fleeting е of -ень, and і ~ е
  ['гривня', 'гривень'], ['гривні', 'гривень'], ['березень', 'березня'], ['жовтень', 'жовтня'], ['січень', 'січні'],
  ['грудень', 'грудня'], ['осінь', 'осені'], ['річ', 'речі'], ['піч', 'печі'], ['камінь', 'каменя'],
  ['корінь', 'кореня'], ['ступінь', 'ступеня'],
];

const APART: readonly (readonly [string, string])[] = [
  // и and і are different letters, and only і, never и, а, я, у, is folded
  ['мир', 'мір'], ['ліс', 'лис'], ['кит', 'кіт'], ['дим', 'дім'], ['син', 'сон'], ['бик', 'бік'], ['рис', 'ріс'],
  ['пил', 'піл'], ['лад', 'лід'], ['ряд', 'рід'], ['кут', 'кіт'],
  // е is not folded: вечір (evening) is вечора, вечеря (supper) is вечері
  ['вечір', 'вечеря'], ['вечора', 'вечері'], ['село', 'сіль'], ['мед', 'мід'], ['мер', 'море'], ['тест', 'тост'],
  // only the last syllable of a stem is folded, and only a fleeting vowel before к/ц drops
  ['ліс', 'лось'], ['сон', 'сніг'], ['будинок', 'будка'], ['урок', 'рука'], ['рік', 'річка'], ['стіл', 'сталь'],
  ['школа', 'шкала'], ['сіль', 'сила'], ['захід', 'західний'], ['спосіб', 'особа'], ['вибори', 'вибух'],
  ['кінець', 'кінь'], ['гривня', 'грива'], ['березень', 'береза'], ['українець', 'Україна'], ["зв'язок", "в'язень"],
];

test('Ukrainian: forms that differ by a vowel alternation give one term', () => {
  assert.ok(MEET.length >= 40);
  const failed = MEET.filter(([a, b]) => term(a) !== term(b)).map(([a, b]) => `${a}→${term(a)} ${b}→${term(b)}`);
  assert.deepEqual(failed, []);
});

test('Ukrainian: different words stay apart', () => {
  assert.ok(APART.length >= 20);
  const joined = APART.filter(([a, b]) => term(a) === term(b)).map(([a, b]) => `${a}/${b}→${term(a)}`);
  assert.deepEqual(joined, []);
});

test('Ukrainian: every form of a word meets, not only the pairs', () => {
  const words = [
    ['школа', 'школи', 'школі', 'школу', 'школою', 'шкіл', 'школам', 'школами', 'школах'],
    ['будинок', 'будинку', 'будинком', 'будинки', 'будинків', 'будинкам', 'будинках'],
    // «році» is not here: к/ц is a consonant alternation, left to the stemmer (роц).
    ['рік', 'року', 'роком', 'роки', 'років', 'рокам', 'роках'],
    ['Львів', 'Львова', 'Львову', 'Львові', 'Львовом'],
    // «гривнею» is not here: the stemmer leaves «гривне», a suffix it does not know.
    ['гривня', 'гривні', 'гривню', 'гривень', 'гривням', 'гривнями'],
    ['схід', 'сходу', 'сході', 'сходом'],
  ];
  for (const forms of words) assert.equal(new Set(forms.map(term)).size, 1, forms.map((f) => `${f}→${term(f)}`).join(' '));
});

test('the Ukrainian folds leave Russian and English to their stemmers', () => {
  // Closed syllables with о/е and fleeting vowels are Russian too: none of it is folded there.
  for (const word of ['стол', 'стола', 'ночь', 'ночи', 'рынок', 'рынка', 'конец', 'конца', 'украинец', 'школ', 'город', 'кот', 'осень', 'лес']) {
    assert.equal(stemWord(word, 'ru'), stemRussian(word), word);
  }
  assert.notEqual(stemWord('рынок', 'ru'), stemWord('рынка', 'ru'));
  for (const word of ['school', 'schools', 'night', 'market', 'village', 'kyiv', 'negotiations', 'sport', 'lion']) {
    assert.equal(stemWord(word, 'en'), stemEnglish(word), word);
  }
});

test('folded terms are still letters only, and the same at index and query time', () => {
  for (const word of ['шкіл', 'Київ', 'будинок', 'українець', 'березень']) {
    assert.match(term(word), /^[\p{L}]+$/u);
    assert.equal(stemWord(word.toLowerCase(), 'uk'), term(word));
  }
});

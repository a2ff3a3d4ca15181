import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import type { Lang } from '../locale.js';

/**
 * Stems one normalized word into an index term (see docs/decisions/0008-search-text-analysis.md).
 *
 * The stemmer is chosen by the word's script, not only by the story's language: a Latin word in a
 * Ukrainian story ("Bloomberg", "NATO") is English, a Cyrillic word in an English story is
 * Ukrainian unless it has a letter only Russian uses. Indexing and querying both go through here,
 * so whatever a stemmer gets wrong, it gets wrong the same way on both sides.
 */

/**
 * Function words dropped from the index and from queries. Curated here: the `@orama/stopwords`
 * Ukrainian list is mis-encoded («яко╞», «в╡д») and its Russian list drops words news needs
 * («человек», «два», «три», «сегодня», «сказал»).
 */
const STOP_WORDS: Record<'uk' | 'ru' | 'en', ReadonlySet<string>> = {
  uk: new Set(
    ('а але або адже би б бо був була були було бути в во вже ви від він вона вони воно все всі де для до ' +
      'же з за зі і із й їй їх коли ми на над не ні ну о об от по при про та так також там те ти то тут ' +
      'у уже це цей ці чи що щоб як яка які який якщо я ж ось між через під перед після навіть лише тільки ' +
      'мені мене нас нам вас вам його її їм ним нею нього неї них себе свій своє свої своя сам саме цього ' +
      'цієї цих цим цьому той та ті того тієї тих тим тому є')
      .split(' '),
  ),
  ru: new Set(
    ('а без бы был была были было быть в во вот все всё всех вы где да даже для до его ее её ей ему если есть ' +
      'еще ещё же за и из или им их к как ко когда кто ли либо мы на над не него нее неё нет ни них но ну о об ' +
      'от по под при про с со так также там то тоже только тот ту тут у уже чем что чтобы эта эти это этот я ' +
      'ж лишь между через перед после мне меня нас нам вас вам себя себе свой своя свое своё свои сам само ' +
      'этого этой этих этим этому том тех тем той он она оно они')
      .split(' ')
      .map((w) => w.replace(/ё/g, 'е')),
  ),
  en: new Set(
    ('a about above after again against all am an and any are as at be because been before being below ' +
      'between both but by can could did do does doing down during each few for from further had has have ' +
      'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
      'myself no nor not of off on once only or other our ours ourselves out over own same she should so some ' +
      'such than that the their theirs them themselves then there these they this those through to too under ' +
      'until up very was we were what when where which while who whom why will with would you your yours ' +
      'yourself yourselves')
      .split(' '),
  ),
};

/**
 * Forms whose stem differs from their other cases by an alternation that neither the stemmer nor
 * the Ukrainian folds below join (Киев/Киева; і/е in осінь/осені; the fleeting е of березень/
 * березня, гривень/гривня). Each is stemmed as its genitive singular instead. Limited to words
 * that news uses daily; the rest of the language is left to the rules. Київ, Львів, Чернігів and
 * Миколаїв are also joined by the folds now; they stay listed as the older, tested path.
 */
const AS_GENITIVE: Record<'uk' | 'ru', Readonly<Record<string, string>>> = {
  uk: {
    київ: 'києва',
    львів: 'львова',
    чернігів: 'чернігова',
    миколаїв: 'миколаєва',
    тернопіль: 'тернополя',
    бориспіль: 'борисполя',
    мелітополь: 'мелітополя',
    маріуполь: 'маріуполя',
    севастополь: 'севастополя',
    сімферополь: 'сімферополя',
    ізмаїл: 'ізмаїла',
    // і in the closed syllable alternates with е, not о: the fold below cannot know that.
    осінь: 'осені',
    річ: 'речі',
    піч: 'печі',
    камінь: 'каменя',
    корінь: 'кореня',
    ступінь: 'ступеня',
    // Fleeting е in the nominative of the months and the genitive plural of «гривня».
    січень: 'січня',
    березень: 'березня',
    квітень: 'квітня',
    травень: 'травня',
    червень: 'червня',
    липень: 'липня',
    серпень: 'серпня',
    вересень: 'вересня',
    жовтень: 'жовтня',
    грудень: 'грудня',
    гривень: 'гривні',
  },
  ru: {
    киев: 'киева',
    львов: 'львова',
  },
};

export type StemLanguage = 'uk' | 'ru' | 'en';

const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_LATIN = /\p{Script=Latin}/u;
const ONLY_RUSSIAN = /[ыэъ]/;
const ONLY_UKRAINIAN = /[іїєґ]/;

/** Which stemmer and stop list a normalized word gets in a text of the given language. */
export function stemLanguageOf(word: string, lang: Lang): StemLanguage | undefined {
  if (HAS_CYRILLIC.test(word)) {
    if (lang === 'en') return ONLY_RUSSIAN.test(word) && !ONLY_UKRAINIAN.test(word) ? 'ru' : 'uk';
    return lang;
  }
  if (HAS_LATIN.test(word)) return 'en';
  return undefined;
}

export function isStopWord(word: string, lang: Lang): boolean {
  const stemLang = stemLanguageOf(word, lang);
  return stemLang !== undefined && STOP_WORDS[stemLang].has(word.replace(/'/g, ''));
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The index term of one normalized token, or `undefined` for a stop word.
 *
 * @example stemWord('переговорів', 'uk') // 'переговор'
 * @example stemWord("ukraine's", 'en') // 'ukrain'
 */
export function stemWord(word: string, lang: Lang): string | undefined {
  const key = `${lang}\u0000${word}`;
  const known = memo.get(key);
  if (known !== undefined) return known === '' ? undefined : known;
  const term = computeStem(word, lang);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, term ?? '');
  return term;
}

// Words repeat heavily within and across stories; remembering recent stems makes reindexing and
// snippet highlighting several times cheaper. Bounded so a hostile text cannot grow it forever.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

function computeStem(word: string, lang: Lang): string | undefined {
  const stemLang = stemLanguageOf(word, lang);
  if (stemLang === 'en') {
    // The possessive "'s" goes before the apostrophe does: "ukraine's" is "ukraine", not "ukraines".
    const bare = word.replace(/'s$/, '').replace(/'/g, '');
    if (STOP_WORDS.en.has(bare)) return undefined;
    return clean(/^[a-z]+$/.test(bare) ? stemEnglish(bare) : bare);
  }
  const bare = word.replace(/'/g, '');
  if (stemLang === undefined) return clean(bare);
  if (STOP_WORDS[stemLang].has(bare)) return undefined;
  return clean(stemLang === 'uk' ? stemUk(bare) : stemRu(bare));
}

function stemUk(word: string): string {
  let source = AS_GENITIVE.uk[word] ?? word;
  // The library reads a final «-си» as a colloquial reflexive ending and cuts «одеси» to «од»;
  // in news it is almost always a noun in «-са» (Одеса, каса, траса).
  if (source.length >= 4 && source.endsWith('си')) source = `${source.slice(0, -2)}са`;
  let stem = stemUkrainian(source);
  // Stems of «-ія» nouns keep a trailing і/є that other cases lose (росі, росіє → рос;
  // санкці → санкц); softening signs and й vary the same way.
  while (stem.length > 3 && /[іїєйь]$/.test(stem)) stem = stem.slice(0, -1);
  // The -ов cut can expose a new last syllable (чернігов → черніг), so the fold runs after it too.
  return foldLastSyllable(dropFleetingVowel(foldLastSyllable(cutSurnameSuffix(foldLastSyllable(stem)))));
}

const UK_VOWELS = 'аеєиіїоуюя';
const isUkVowel = (ch: string) => UK_VOWELS.includes(ch);

/**
 * Ukrainian і in a closed last syllable is, in most words, an о (or е) that opens in the other
 * cases: стіл/стола, рік/року, ніч/ночі, школа/шкіл, Харків/Харкова; the ї of «-їв» is such an є
 * (Київ/Києва, Миколаїв/Миколаєва). From the stem alone the original vowel is unknown, so the
 * stem's last vowel, when one consonant (or «ст») follows it, is folded to one letter: і after a
 * consonant becomes о, and the ї of a final «-їв» becomes є. Before longer clusters і does not
 * alternate (війна, російський) and is kept. Measured on the Ukrainian hunspell lexicon, this joins
 * all the forms of 5.5% more words; also folding е (осінь/осені) joined 0.1% more and merged more
 * unrelated words than it joined, so the frequent і/е words are listed in AS_GENITIVE.
 * See docs/decisions/0008-search-text-analysis.md.
 *
 * @example foldLastSyllable('шкіл') // 'школ', like «школ» from «школи»
 */
function foldLastSyllable(stem: string): string {
  const n = stem.length;
  // The vowel before one final consonant (стіл, шкіл), or before «ст» (міст/мосту, гість/гостя).
  const i = stem.endsWith('ст') ? n - 3 : n - 2;
  if (i < 1 || isUkVowel(stem[n - 1]!)) return stem;
  const vowel = stem[i]!;
  const afterVowel = isUkVowel(stem[i - 1]!);
  if (vowel === 'і' && !afterVowel) return `${stem.slice(0, i)}о${stem.slice(i + 1)}`;
  if (vowel === 'ї' && afterVowel && stem.endsWith('їв')) return `${stem.slice(0, i)}є${stem.slice(i + 1)}`;
  return stem;
}

/**
 * The fleeting о/е of «-ок» and «-ець» (будинок/будинку, зв'язок/зв'язку, перевірок/перевірка,
 * українець/українця) is dropped from every stem ending in a consonant and «ок»/«ец» that keeps a
 * vowel before them, so both shapes meet (будинк, українц). Applied to the stem, not only to the
 * form that shows the vowel, so words whose о stays (потік/потоку) still agree with themselves
 * (потк). The same drop for «-ень», «-ер», «-он» broke more words (абориген, інженер, вагон)
 * than it joined, so months and «гривень» are listed in AS_GENITIVE instead.
 */
function dropFleetingVowel(stem: string): string {
  const n = stem.length;
  if (n < 5 || !(stem.endsWith('ок') || stem.endsWith('ец')) || isUkVowel(stem[n - 3]!)) return stem;
  for (let i = 0; i < n - 3; i++) if (isUkVowel(stem[i]!)) return stem.slice(0, n - 2) + stem[n - 1];
  return stem;
}

function stemRu(word: string): string {
  return cutSurnameSuffix(stemRussian(AS_GENITIVE.ru[word] ?? word));
}

/**
 * Both stemmers cut «-ов/-ев» from nominatives (лавров → лавр, харьков → харьк) but keep it in
 * other cases (лаврова, лавровим → лавров). Cutting it from stems of five letters or more makes
 * the cases of such surnames and towns agree; short stems (мов, слов) are left alone.
 */
function cutSurnameSuffix(stem: string): string {
  return stem.length >= 5 && /(?:ов|ев|єв)$/.test(stem) ? stem.slice(0, -2) : stem;
}

function clean(term: string): string | undefined {
  const out = term.replace(NOT_LETTER_OR_DIGIT, '');
  return out === '' ? undefined : out;
}

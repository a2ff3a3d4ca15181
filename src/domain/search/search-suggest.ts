import type { Lang } from '../locale.js';
import { isStopWord, stemWord } from './search-stem.js';
import { normalize } from './search-text.js';

/**
 * "Did you mean": the pure half. A reader's query that found nothing is rewritten word by word
 * into the closest words of the archive's vocabulary: a typo («зеленьский» → «зеленський»,
 * "negotations" → "negotiations") or a whole query typed on the wrong keyboard layout («rbsd»,
 * Ukrainian ЙЦУКЕН typed on QWERTY, → «київ»; "ghtpbltyn" → «президент»; and Latin words typed on
 * a Cyrillic layout). Whether the rewrite finds anything is the service's question
 * (services/search/search-suggest.ts), which also builds the vocabulary from published headlines.
 */

/** Longest input read, in code points (as the query parser). */
export const MAX_SUGGEST_INPUT = 200;
/** Most words rewritten in one query (as the query parser's term budget). */
export const MAX_SUGGEST_WORDS = 12;
/** Most distinct words a vocabulary keeps: the most frequent ones. */
export const MAX_VOCABULARY_WORDS = 60_000;
/**
 * Most words compared in one suggestion, over all its words, vocabularies and layouts: bounds the
 * time a long query of unknown words can take (about 15 ms at worst with three 60,000-word vocabularies);
 * words after it stay as typed.
 */
export const MAX_COMPARISONS = 5_000;
/** Words shorter than this (in code points) are never corrected and never suggested. */
export const MIN_WORD_LENGTH = 3;
/** Longest word kept in a vocabulary; longer runs are codes, hashes or keyboard mashing. */
const MAX_WORD_LENGTH = 30;

/** Words of one edition's archive with how often they occur. */
export interface Vocabulary {
  readonly lang: Lang;
  /** Normalized word → occurrences. */
  readonly counts: ReadonlyMap<string, number>;
  /**
   * Words by first letter and length (`${letter}${length}`, length in UTF-16 units), most frequent
   * first: a typo keeps its first letter, and only lengths within the allowed edits are read.
   */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  /** Index terms of the words, so that a word typed in another form of a known word is known. */
  readonly terms: ReadonlySet<string>;
}

/**
 * Collects words from texts, a few at a time (the service yields to the event loop between
 * batches), then keeps the MAX_VOCABULARY_WORDS most frequent.
 *
 * @example const b = new VocabularyBuilder('uk'); b.add('Переговори у Києві'); b.build().counts.get('києві') // 1
 */
export class VocabularyBuilder {
  private readonly counts = new Map<string, number>();
  // Stems are taken when a word is first seen, so the work is spread over the batches of `add`.
  private readonly stems = new Map<string, string>();

  constructor(readonly lang: Lang, private readonly maxWords = MAX_VOCABULARY_WORDS) {}

  /** Counts the words of `text`, `weight` times each (names of sections and tags weigh more). */
  add(text: string, weight = 1): void {
    for (const match of normalize(text).matchAll(WORD)) {
      const word = match[0];
      const seen = this.counts.get(word);
      if (seen !== undefined) {
        this.counts.set(word, seen + weight);
      } else if (isVocabularyWord(word, this.lang)) {
        this.counts.set(word, weight);
        const term = stemWord(word, this.lang);
        if (term !== undefined) this.stems.set(word, term);
      }
    }
    // Bounded while counting too: words seen once go when there are far more words than kept.
    if (this.counts.size > PRUNE_FACTOR * this.maxWords) this.prune();
  }

  build(): Vocabulary {
    const kept = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.maxWords);
    const counts = new Map(kept);
    const byFirst = new Map<string, string[]>();
    const terms = new Set<string>();
    for (const [word] of kept) {
      const key = bucket(firstLetter(word), word.length);
      const list = byFirst.get(key);
      if (list) list.push(word);
      else byFirst.set(key, [word]);
      const term = this.stems.get(word);
      if (term !== undefined) terms.add(term);
    }
    return { lang: this.lang, counts, byFirst, terms };
  }

  private prune(): void {
    for (const [word, count] of this.counts) {
      if (count > 1) continue;
      this.counts.delete(word);
      this.stems.delete(word);
    }
  }
}

/** Distinct words counted before the rarest are dropped, as a multiple of the words kept. */
const PRUNE_FACTOR = 3;

// A word as the tokenizer sees it (apostrophes inside); only words of letters enter a vocabulary.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const LETTERS_ONLY = /^[\p{L}']+$/u;

function isVocabularyWord(word: string, lang: Lang): boolean {
  const length = codePoints(word);
  return length >= MIN_WORD_LENGTH && length <= MAX_WORD_LENGTH && LETTERS_ONLY.test(word) && !isStopWord(word, lang);
}

const codePoints = (s: string) => Array.from(s).length;
const firstLetter = (s: string) => String.fromCodePoint(s.codePointAt(0)!);
const bucket = (first: string, length: number) => `${first}${length}`;

/**
 * Edit distance with adjacent transpositions (optimal string alignment): «зеленьский» and
 * «зеленський» are 1 apart. Stops early and answers `max + 1` once the distance must exceed `max`.
 *
 * @example editDistance('negotations', 'negotiations', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  // UTF-16 units: the letters of the three editions are all one unit each.
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rows[0].length) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(m + 33);
  let beforePrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[m]!, max + 1);
}

// Three rows reused by every editDistance call (it never runs re-entrantly).
const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Most edits allowed for a word of this many letters: one for short words, two for long ones. */
export function allowedEdits(length: number): number {
  return length < 6 ? 1 : 2;
}

/**
 * The vocabulary's closest word to an unknown `word`: fewest edits (within `allowedEdits`), then
 * the most frequent, starting with the same letter. `undefined` when none is that close.
 *
 * @example closestWord('переговри', vocabulary) // 'переговори'
 */
export function closestWord(
  word: string,
  vocabulary: Vocabulary,
  budget: { left: number } = { left: MAX_COMPARISONS },
): { word: string; edits: number } | undefined {
  const length = codePoints(word);
  if (length < MIN_WORD_LENGTH) return undefined;
  const max = allowedEdits(length);
  const first = firstLetter(word);
  let best: { word: string; edits: number; count: number } | undefined;
  scan: for (let size = word.length - max; size <= word.length + max; size++) {
    for (const candidate of vocabulary.byFirst.get(bucket(first, size)) ?? []) {
      const limit = best ? best.edits : max;
      if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
      // Most frequent first within a length: once one is as close as the best, the rest are rarer.
      if (best && best.edits === limit && (vocabulary.counts.get(candidate) ?? 0) <= best.count) break;
      if (budget.left-- <= 0) break scan;
      const count = vocabulary.counts.get(candidate) ?? 0;
      const d = editDistance(word, candidate, limit);
      if (d <= limit && (!best || d < best.edits || count > best.count)) best = { word: candidate, edits: d, count };
    }
  }
  return best && { word: best.word, edits: best.edits };
}

// Keyboard layouts: the key each letter sits on. The Ukrainian and Russian ЙЦУКЕН differ on four
// keys (і/ы, ї/ъ, є/э, and ' or ё on the backquote key); ґ sits on the backslash key.
const QWERTY = "`qwertyuiop[]\\asdfghjkl;'zxcvbnm,.";
const UKRAINIAN = "'йцукенгшщзхїґфівапролджєячсмитьбю";
const RUSSIAN = 'ёйцукенгшщзхъ\\фывапролджэячсмитьбю';

type Layout = 'uk' | 'ru';
const LAYOUTS: Record<Layout, string> = { uk: UKRAINIAN, ru: RUSSIAN };

function keyMap(from: string, to: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const f = Array.from(from);
  const t = Array.from(to);
  f.forEach((ch, i) => {
    if (ch !== t[i] && !map.has(ch)) map.set(ch, t[i]!);
  });
  return map;
}

const TO_CYRILLIC: Record<Layout, ReadonlyMap<string, string>> = { uk: keyMap(QWERTY, UKRAINIAN), ru: keyMap(QWERTY, RUSSIAN) };
const TO_LATIN: Record<Layout, ReadonlyMap<string, string>> = { uk: keyMap(UKRAINIAN, QWERTY), ru: keyMap(RUSSIAN, QWERTY) };

/**
 * What the reader meant to type when the keyboard was on the other layout: Latin keys read as the
 * Ukrainian or Russian layout, or Cyrillic letters read as QWERTY. Lower case; keys that are
 * letters on the other layout (`[ ] ; ' , .`) are converted too, everything else is kept.
 *
 * @example switchLayout('ghtpbltyn', 'uk', 'cyrillic') // 'президент'
 * @example switchLayout('зщдшсн', 'uk', 'latin') // 'policy'
 */
export function switchLayout(text: string, layout: Layout, to: 'cyrillic' | 'latin'): string {
  const map = to === 'cyrillic' ? TO_CYRILLIC[layout] : TO_LATIN[layout];
  let out = '';
  for (const ch of text.toLowerCase()) out += map.get(ch) ?? ch;
  return out;
}

const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** The input read as typed on each other layout it could have been typed on. */
function layoutReadings(input: string): string[] {
  const latin = HAS_LATIN.test(input);
  const cyrillic = HAS_CYRILLIC.test(input);
  if (latin && !cyrillic) return (Object.keys(LAYOUTS) as Layout[]).map((l) => switchLayout(input, l, 'cyrillic'));
  if (cyrillic && !latin) {
    // Both Cyrillic layouts give the same Latin for the letters they share; a letter only one of
    // them has tells which one the keyboard was on.
    const readings = new Set((Object.keys(LAYOUTS) as Layout[]).map((l) => switchLayout(input, l, 'latin')));
    return [...readings];
  }
  return [];
}

/** One way of rewriting the query, and how good it is. */
interface Rewrite {
  text: string;
  /** Words neither known nor close to a known word. */
  unknown: number;
  /** Words replaced. */
  changed: number;
  /** Edits over the replaced words. */
  edits: number;
  /** Occurrences of the rarest word replaced or converted (higher is better). */
  rarest: number;
  /** Words long enough to judge: known, replaced or unknown. */
  judged: number;
}

function isKnown(word: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.counts.has(word)) return true;
  const term = stemWord(word, vocabulary.lang);
  return term !== undefined && vocabulary.terms.has(term);
}

/** Rewrites each word of normalized `text` that the vocabulary does not know into its closest word. */
function rewrite(text: string, vocabulary: Vocabulary, converted: boolean, budget: { left: number }): Rewrite {
  let unknown = 0;
  let changed = 0;
  let edits = 0;
  let rarest = Number.POSITIVE_INFINITY;
  let words = 0;
  let judged = 0;
  const out = text.replace(WORD, (word) => {
    if (words++ >= MAX_SUGGEST_WORDS) return word;
    if (!LETTERS_ONLY.test(word) || codePoints(word) < MIN_WORD_LENGTH || isStopWord(word, vocabulary.lang)) return word;
    judged++;
    if (isKnown(word, vocabulary)) {
      if (converted) rarest = Math.min(rarest, vocabulary.counts.get(word) ?? 1);
      return word;
    }
    const close = closestWord(word, vocabulary, budget);
    if (!close) {
      unknown++;
      return word;
    }
    changed++;
    edits += close.edits;
    rarest = Math.min(rarest, vocabulary.counts.get(close.word) ?? 1);
    return close.word;
  });
  return { text: out, unknown, changed, edits, rarest: Number.isFinite(rarest) ? rarest : 0, judged };
}

/** Fewer unknown words, then fewer edits, then more frequent words. */
function better(a: Rewrite, b: Rewrite): boolean {
  if (a.unknown !== b.unknown) return a.unknown < b.unknown;
  if (a.edits !== b.edits) return a.edits < b.edits;
  return a.rarest > b.rarest;
}

const SPACES = /\s+/gu;

/**
 * A corrected query for `input`, or `undefined` when nothing in it looks mistyped or nothing
 * close is known. The answer is normalized text (lower case, one apostrophe); quotes and minus
 * signs stay where they were. Every vocabulary is tried (one per language searched); a reading
 * on another keyboard layout counts only when all its words are known or close to known ones.
 *
 * @example suggestQuery('rbsd', [ukVocabulary]) // 'київ'
 * @example suggestQuery('переговри зеленьский', [ukVocabulary]) // 'переговори зеленський'
 */
export function suggestQuery(input: string, vocabularies: readonly Vocabulary[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const cut = Array.from(input.slice(0, MAX_SUGGEST_INPUT * 2)).slice(0, MAX_SUGGEST_INPUT).join('');
  const asTyped = normalize(cut).replace(SPACES, ' ').trim();
  if (asTyped === '') return undefined;
  let best: Rewrite | undefined;
  const budget = { left: MAX_COMPARISONS };
  for (const vocabulary of vocabularies) {
    if (vocabulary.counts.size === 0) continue;
    const typed = rewrite(asTyped, vocabulary, false, budget);
    // Every word known (in some form): nothing looks mistyped for this vocabulary.
    if (typed.changed === 0 && typed.unknown === 0) continue;
    if (typed.changed > 0 && (!best || better(typed, best))) best = typed;
    for (const reading of layoutReadings(cut)) {
      const switched = rewrite(normalize(reading).replace(SPACES, ' ').trim(), vocabulary, true, budget);
      if (switched.unknown === 0 && switched.judged > 0 && switched.text !== asTyped && (!best || better(switched, best))) best = switched;
    }
  }
  if (!best || best.text === asTyped) return undefined;
  return best.text;
}

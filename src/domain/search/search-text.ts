import type { Lang } from '../locale.js';
import { stemWord } from './search-stem.js';

/**
 * Text analysis for search: the one place that decides which terms a story is indexed under and
 * which terms a query looks for. SQLite FTS5 and PostgreSQL (which has no Ukrainian configuration)
 * both receive the terms computed here, so both databases find the same stories.
 * See docs/decisions/0008-search-text-analysis.md.
 */

/** Longest token kept, in code points; longer runs (hashes, base64, keyboard mashing) are cut. */
export const MAX_TOKEN_LENGTH = 64;
/** Most tokens taken from one text: a long read has ~10,000 words, so this only stops abuse. */
export const MAX_TOKENS_PER_TEXT = 50_000;
/** Longest text analysed, in UTF-16 units; the rest is ignored. */
export const MAX_TEXT_LENGTH = 1_000_000;

// Every character readers and editors type for the Ukrainian apostrophe: ASCII ', ’ ‘ ‛, the
// modifier letters ʼ ʹ ʻ, the backtick, the acute accent ´ and the prime ′, and the full-width '.
// ´ must be replaced before NFKC, which would turn it into a space and a combining accent.
const APOSTROPHES = /['\u2019\u2018\u201B\u02BC\u02B9\u02BB\u0060\u00B4\u2032\uFF07]/g;
// Soft hyphens, zero-width spaces and joiners, bidi marks, BOMs: invisible, and they split words.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const MARKS_AFTER_BASE = /(^|\P{M})(\p{M}+)/gu;

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', ï: 'ї', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', і: 'i', ї: 'i', к: 'k', м: 'm', о: 'o', р: 'p', т: 't', х: 'x', у: 'y',
};
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Folds text to the form search compares: NFKC, lower case, one apostrophe ('), ё → е, no stress
 * or other accents (й and ї stay letters), no invisible characters, and mixed-script words folded
 * to their main script. Idempotent.
 *
 * @example normalize('Kиїв') // 'київ' (the K was Latin)
 * @example normalize('За́мок СІМ’Я') // "замок сім'я"
 */
export function normalize(text: string): string {
  const cut = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  // Most text is plain: letters of the basic alphabets, ASCII punctuation, the usual quotes and
  // dashes. Unicode normalization leaves it as it is, so lower case is all it needs.
  const folded = PLAIN_TEXT.test(cut) ? cut.toLowerCase() : foldUnicode(cut);
  return foldMixedScripts(folded);
}

// Characters NFKC, lower-casing and accent removal map to themselves or to one plain lower-case
// character: ASCII but the backtick, the Cyrillic alphabets' basic letters, « » – — “ ” „.
const PLAIN_TEXT = /^[\t\n\r\x20-\x5F\x61-\x7E\u0404\u0406\u0407\u0410-\u044F\u0454\u0456\u0457\u0490\u0491\u00AB\u00BB\u2013\u2014\u201C\u201D\u201E]*$/;
// After NFKC and lower case: letters that may carry an accent to drop (é, ё, ѓ…), and marks.
const MAY_DECOMPOSE = /[^\x00-\xBF\u0430-\u0438\u043A-\u044F\u0454\u0456\u0491\u2000-\u206F]/gu;
const COMBINING_MARK = /\p{M}/u;
const MARK_CLUSTER = /\P{M}?\p{M}+/gu;
const foldedLetters = new Map<string, string>();

function foldUnicode(text: string): string {
  const composed = text.replace(APOSTROPHES, "'").replace(FORMAT_CHARACTERS, '').normalize('NFKC').replace(APOSTROPHES, "'").toLowerCase();
  const letters = composed.replace(MAY_DECOMPOSE, (ch) => {
    let folded = foldedLetters.get(ch);
    if (folded === undefined) {
      folded = withoutAccents(ch);
      if (foldedLetters.size < 10_000) foldedLetters.set(ch, folded);
    }
    return folded;
  });
  // Marks left after composition (a stress mark typed after a vowel) belong to the letter before.
  return COMBINING_MARK.test(letters) ? letters.replace(MARK_CLUSTER, withoutAccents) : letters;
}

/** A letter with its marks, or marks alone: accents dropped, й, ў and ї kept. */
function withoutAccents(cluster: string): string {
  return cluster
    .normalize('NFD')
    .replace(MARKS_AFTER_BASE, (_, base: string, marks: string) => base + keptMarks(base, marks))
    .normalize('NFC');
}

const ANY_CYRILLIC = /\p{Script=Cyrillic}/u;
const ANY_LATIN = /\p{Script=Latin}/u;
// A word (letters, digits, apostrophes) with a Latin letter; the lookbehind starts it at the word's start.
const WORD_WITH_LATIN = /(?<![\p{L}\p{N}'])[\p{L}\p{N}']*?\p{Script=Latin}[\p{L}\p{N}']*/gu;

function foldMixedScripts(text: string): string {
  if (!ANY_LATIN.test(text)) return text;
  if (!ANY_CYRILLIC.test(text)) return text.includes('ï') ? text.replace(/ï/g, 'i') : text;
  return text.replace(WORD_WITH_LATIN, foldLookalikes);
}

/** The marks that make й, ў and ї letters of their own; all others (stress, ё's dots, é) go. */
function keptMarks(base: string, marks: string): string {
  if ((base === 'и' || base === 'у') && marks.includes('\u0306')) return '\u0306';
  if ((base === 'і' || base === 'i') && marks.includes('\u0308')) return '\u0308';
  return '';
}

/**
 * A word typed with letters of both scripts ("Kиїв" with a Latin K, "Рolicy" with a Cyrillic Р)
 * is rewritten in its main script: the one with letters that have no look-alike in the other, or
 * failing that the one with more letters, Cyrillic on a tie. Only look-alikes change.
 */
function foldLookalikes(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  let cyrillicOwn = 0;
  let latinOwn = 0;
  for (const ch of word) {
    if (CYRILLIC_LETTER.test(ch)) {
      cyrillic++;
      if (!(ch in CYRILLIC_TO_LATIN)) cyrillicOwn++;
    } else if (LATIN_LETTER.test(ch)) {
      latin++;
      if (!(ch in LATIN_TO_CYRILLIC)) latinOwn++;
    }
  }
  if (latin === 0) return word;
  if (cyrillic === 0) return word.replace(/ï/g, 'i');
  const toCyrillic =
    cyrillicOwn > 0 && latinOwn === 0 ? true : latinOwn > 0 && cyrillicOwn === 0 ? false : cyrillic >= latin;
  const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let out = '';
  for (const ch of word) out += map[ch] ?? ch;
  return toCyrillic ? out : out.replace(/ï/g, 'i');
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * Splits normalized text into words: runs of letters and digits, keeping apostrophes inside a
 * word («п'ять» is one word). Hyphens separate: «Івано-Франківськ» is «івано», «франківськ»
 * (a query keeps them side by side as a phrase). Tokens are cut at MAX_TOKEN_LENGTH code points
 * and a text gives at most `maxTokens` of them.
 *
 * @example tokenize('Івано-Франківськ, сім’я і 2025') // ['івано', 'франківськ', "сім'я", 'і', '2025']
 */
export function tokenize(text: string, maxTokens = MAX_TOKENS_PER_TEXT): string[] {
  const tokens: string[] = [];
  if (maxTokens <= 0) return tokens;
  for (const match of normalize(text).matchAll(TOKEN)) {
    tokens.push(capLength(match[0]));
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}

function capLength(token: string): string {
  if (token.length <= MAX_TOKEN_LENGTH) return token;
  const cut = Array.from(token).slice(0, MAX_TOKEN_LENGTH).join('');
  // A cut may leave an apostrophe at the end; a token never ends in one.
  return cut.replace(/'+$/, '');
}

/**
 * The index term of one token already produced by `tokenize`, or `undefined` for a stop word.
 * Terms are made of letters and digits only.
 */
export function termOf(token: string, lang: Lang): string | undefined {
  return stemWord(token, lang);
}

/**
 * The terms a text is indexed under, in text order: tokens, stemmed for `lang`, stop words
 * dropped. Positions are those of the remaining words, so a phrase is matched over content
 * words on both databases (see the decision record).
 *
 * @example analyze('Переговори про мир у Києві', 'uk') // ['переговор', 'мир', 'києв']
 */
export function analyze(text: string, lang: Lang, maxTokens = MAX_TOKENS_PER_TEXT): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text, maxTokens)) {
    const term = stemWord(token, lang);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}

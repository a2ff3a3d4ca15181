import type { Lang } from '../locale.js';
import { isStopWord, stemWord } from './search-stem.js';
import { normalize, tokenize } from './search-text.js';

/**
 * What a reader's search box input means, as analyzed terms only: every string in a SearchQuery
 * is made of letters and digits, so the storage layer can quote them into an FTS5 MATCH or a
 * PostgreSQL tsquery without any escaping question. Grammar (docs/decisions/0008):
 *
 *   words            every word is required (AND)
 *   "a phrase"       words side by side; also «…», “…”, „…“; an unclosed quote runs to the end
 *   Івано-Франківськ a word with hyphens or dots inside is a phrase of its parts
 *   -word -"phrase"  excluded
 *   last word        matched as a prefix while the reader is still typing it
 *
 * Everything else (* ( ) : ^ { } AND OR NOT NEAR, SQL) is just text: words or nothing.
 */

/** Longest input read, in code points; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most terms a query keeps, counting every word of its phrases and exclusions. */
export const MAX_QUERY_TERMS = 12;
/** Shortest word matched as a prefix; shorter ones are whole words (one letter matches too much). */
export const MIN_PREFIX_LENGTH = 3;

/** The last word as typed, e.g. «переговор» on the way to «переговорів». */
export interface PrefixTerm {
  /** The word as typed, normalized, for messages. */
  readonly word: string;
  /** Index terms that start with one of these match (its stem, and the word itself when different). */
  readonly starts: readonly string[];
  /**
   * Index terms equal to one of these also match: the word minus one to three final letters, for
   * stems shorter than the half-typed word ("negotiat" on its way to "negoti").
   */
  readonly exact: readonly string[];
}

export interface SearchQuery {
  readonly lang: Lang;
  /** Every one must be present. */
  readonly terms: readonly string[];
  /** Each must be present as adjacent terms in this order (stop words are not counted). */
  readonly phrases: readonly (readonly string[])[];
  /** The last word as a prefix, also required; `undefined` when the input ended in a space. */
  readonly prefix: PrefixTerm | undefined;
  readonly excludedTerms: readonly string[];
  readonly excludedPhrases: readonly (readonly string[])[];
  /** The normalized words asked for (not excluded), stop words included, for "nothing found" pages. */
  readonly words: readonly string[];
  /** Part of the input was ignored (too long, too many terms). */
  readonly truncated: boolean;
}

const QUOTES = '"«»“”„‟';
const ITEM = new RegExp(`(-?)([${QUOTES}])([^${QUOTES}]*)([${QUOTES}]?)|(-?)([^\\s${QUOTES}]+)`, 'gu');
const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;

/**
 * Parses search box input for a search in `lang`. Never throws; input that asks for nothing gives
 * an empty query (see `isEmptyQuery`).
 *
 * @example parseQuery('переговори -Москва "Слуга народу"', 'uk')
 * // { terms: ['переговор'], phrases: [['слуг', 'народ']], excludedTerms: ['москв'], ... }
 */
export function parseQuery(input: unknown, lang: Lang): SearchQuery {
  const raw = typeof input === 'string' ? input : '';
  const points = Array.from(raw.slice(0, MAX_QUERY_LENGTH * 2));
  let truncated = raw.length > MAX_QUERY_LENGTH * 2 || points.length > MAX_QUERY_LENGTH;
  const text = normalize(truncated ? points.slice(0, MAX_QUERY_LENGTH).join('') : raw);
  // Still typing the last word only when nothing was cut and neither a space nor punctuation ends it.
  const typing = !truncated && ENDS_IN_LETTER_OR_DIGIT.test(text);

  const terms: string[] = [];
  const phrases: string[][] = [];
  const excludedTerms: string[] = [];
  const excludedPhrases: string[][] = [];
  const words: string[] = [];
  let prefix: PrefixTerm | undefined;
  let budget = MAX_QUERY_TERMS;

  const items = splitItems(text);
  items.forEach(({ quoted, excluded, body }, index) => {
    const tokens = tokenize(body, MAX_QUERY_TERMS * 2);
    if (tokens.length === 0) return;
    if (budget === 0) {
      truncated = true;
      return;
    }

    const isLast = index === items.length - 1;
    if (!quoted && !excluded && isLast && typing && tokens.length === 1 && ENDS_IN_LETTER_OR_DIGIT.test(body)) {
      const word = tokens[0]!;
      words.push(word);
      const asPrefix = prefixOf(word, lang);
      if (asPrefix) {
        prefix = asPrefix;
        budget--;
        return;
      }
    } else if (!excluded) words.push(...tokens);

    const analyzed: string[] = [];
    for (const token of tokens) {
      const term = stemWord(token, lang);
      if (term === undefined) continue;
      if (budget === 0) {
        truncated = true;
        break;
      }
      analyzed.push(term);
      budget--;
    }
    if (analyzed.length === 0) return;
    if (analyzed.length === 1) (excluded ? excludedTerms : terms).push(analyzed[0]!);
    else (excluded ? excludedPhrases : phrases).push(analyzed);
  });

  return {
    lang,
    terms: unique(terms),
    phrases: uniquePhrases(phrases),
    prefix,
    excludedTerms: unique(excludedTerms),
    excludedPhrases: uniquePhrases(excludedPhrases),
    words: unique(words),
    truncated,
  };
}

interface Item {
  readonly quoted: boolean;
  readonly excluded: boolean;
  readonly body: string;
}

// Inside an unquoted chunk, these join words into one phrase (Івано-Франківськ, F-16, U.S., 24/7);
// anything else (: ^ ( ) , * …) separates independent words, so «title:Київ^2» is three words.
const NOT_JOINER = /[^\p{L}\p{N}'._/-]+/u;

/** Cuts normalized input into quoted phrases and chunks, each possibly excluded by a leading «-». */
function splitItems(text: string): Item[] {
  const items: Item[] = [];
  for (const match of text.matchAll(ITEM)) {
    if (match[2] !== undefined) {
      items.push({ quoted: true, excluded: match[1] === '-', body: match[3] ?? '' });
      continue;
    }
    (match[6] ?? '').split(NOT_JOINER).forEach((body, i) => {
      if (body !== '') items.push({ quoted: false, excluded: i === 0 && match[5] === '-', body });
    });
  }
  return items;
}

function prefixOf(word: string, lang: Lang): PrefixTerm | undefined {
  if (isStopWord(word, lang)) return undefined;
  const bare = word.replace(/'/g, '');
  const length = Array.from(bare).length;
  if (length < MIN_PREFIX_LENGTH) return undefined;
  const stem = stemWord(word, lang);
  if (stem === undefined) return undefined;
  const starts = bare.startsWith(stem) ? [stem] : [stem, bare];
  const exact: string[] = [];
  const letters = Array.from(bare);
  for (let cut = 1; cut <= 3 && length - cut >= MIN_PREFIX_LENGTH; cut++) {
    const shorter = letters.slice(0, length - cut).join('');
    if (!starts.some((s) => shorter.startsWith(s))) exact.push(shorter);
  }
  return { word, starts, exact };
}

/** True when the query asks for nothing: no terms, no phrases, no prefix (exclusions alone don't count). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0 && query.prefix === undefined;
}

/**
 * The words the reader asked for, normalized but not stemmed, for "nothing found for …" messages
 * and suggestions.
 *
 * @example queryWords(parseQuery('Переговори у Києві', 'uk')) // ['переговори', 'у', 'києві']
 */
export function queryWords(query: SearchQuery): readonly string[] {
  return query.words;
}

/** The exact terms the query looks for (its terms and phrase words); the prefix is matched apart. */
export function wantedTerms(query: SearchQuery): Set<string> {
  return new Set([...query.terms, ...query.phrases.flat()]);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

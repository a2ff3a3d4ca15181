import type { Lang } from '../locale.js';
import { wantedTerms, type PrefixTerm, type SearchQuery } from './search-query.js';
import { termOf, tokenize } from './search-text.js';

/**
 * Snippets for search results: the stretch of a headline, lead or body that best shows why a
 * story matched, with the matching words marked. Words are compared through the same analysis as
 * the index, so «Києві» in the text is marked for a search for «Київ».
 */

/** A piece of snippet text. Plain text: the render layer escapes it and wraps matches in `<mark>`. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Words in a snippet unless told otherwise. */
export const SNIPPET_WORDS = 30;
/** Words of a text looked at; matches further into a very long body are not shown. */
export const MAX_SNIPPET_SCAN_WORDS = 20_000;

export const ELLIPSIS = '…';

// A word of the original text: letters and digits, with the marks, invisible characters and
// apostrophes that normalization folds away inside it, so offsets stay those of the original.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Cf}'\u2019\u2018\u201B\u02BC\u02B9\u02BB\u0060\u00B4\u2032\uFF07]*/gu;
const TRAILING_NON_WORD = /[^\p{L}\p{N}\p{M}]+$/u;

interface Word {
  readonly start: number;
  readonly end: number;
  /** The query term it matched, or undefined. */
  readonly hit: string | undefined;
}

/**
 * The best window of about `words` words of `text` for `query` (the one showing most different
 * query terms, then most matches, the earliest on a tie), cut into segments. A window that starts
 * or ends inside the text gets a leading or trailing "…" segment. Without any match, the
 * beginning of the text.
 *
 * @example highlight('Переговори у Києві тривали до ночі.', parseQuery('київ ', 'uk'), 'uk')
 * // [{ text: 'Переговори у ', match: false }, { text: 'Києві', match: true }, { text: ' тривали до ночі.', match: false }]
 */
export function highlight(text: string, query: SearchQuery, lang: Lang, words = SNIPPET_WORDS): Segment[] {
  const found = findWords(text, query, lang);
  if (found.length === 0) return text.trim() === '' ? [] : [{ text: text.trim(), match: false }];
  const size = Math.max(1, Math.min(words, found.length));
  const first = bestWindow(found, size);
  const last = first + size - 1;

  const from = first === 0 ? 0 : found[first]!.start;
  const to = last === found.length - 1 ? text.length : found[last]!.end;
  const segments: Segment[] = [];
  const push = (piece: string, match: boolean) => {
    if (piece === '') return;
    const previous = segments[segments.length - 1];
    if (previous && previous.match === match && !match) segments[segments.length - 1] = { text: previous.text + piece, match };
    else segments.push({ text: piece, match });
  };
  if (first > 0) push(`${ELLIPSIS} `, false);
  let at = from;
  for (let i = first; i <= last; i++) {
    const word = found[i]!;
    if (word.hit === undefined) continue;
    push(text.slice(at, word.start), false);
    push(text.slice(word.start, word.end), true);
    at = word.end;
  }
  let tail = text.slice(at, to);
  if (to < text.length) tail = tail.replace(TRAILING_NON_WORD, '');
  push(from === 0 && at === 0 ? tail.trimStart() : tail, false);
  if (last < found.length - 1) push(` ${ELLIPSIS}`, false);
  // Leading and trailing white space of the whole text is not part of the snippet.
  const head = segments[0];
  if (head && !head.match) segments[0] = { text: head.text.trimStart(), match: false };
  const end = segments[segments.length - 1];
  if (end && !end.match) segments[segments.length - 1] = { text: end.text.trimEnd(), match: false };
  return segments.filter((s) => s.text !== '');
}

function findWords(text: string, query: SearchQuery, lang: Lang): Word[] {
  const wanted = wantedTerms(query);
  const words = knownWords(lang);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && out.length < MAX_SNIPPET_SCAN_WORDS; match = WORD.exec(text)) {
    // A word never ends in an apostrophe or an invisible character: ‘quoted’ words, soft hyphens.
    let raw = match[0];
    if (!endsInLetter(raw)) raw = raw.replace(TRAILING_NON_LETTERS, '');
    const start = match.index;
    let tokens = words.get(raw);
    if (tokens === undefined) {
      tokens = tokenize(raw, 4).map((token) => ({ term: termOf(token, lang), bare: token.replace(/'/g, '') }));
      if (words.size >= MAX_KNOWN_WORDS) words.clear();
      words.set(raw, tokens);
    }
    out.push({ start, end: start + raw.length, hit: matchedTerm(tokens, wanted, query.prefix) });
  }
  return out;
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}\p{M}]$/u;

/** Does the word end in a letter, digit or mark (checked by code for the common alphabets)? */
function endsInLetter(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if ((last >= 0x61 && last <= 0x7a) || (last >= 0x430 && last <= 0x45f) || (last >= 0x41 && last <= 0x5a) || (last >= 0x30 && last <= 0x39)) return true;
  return LETTER_OR_DIGIT_AT_END.test(word.slice(-2));
}const TRAILING_NON_LETTERS = /[^\p{L}\p{N}\p{M}]+$/u;

/** A token of a word of text: its index term (undefined for a stop word) and its bare letters. */
interface WordTerm {
  readonly term: string | undefined;
  readonly bare: string;
}

/**
 * Words recur from text to text and from search to search: their analysis is kept, up to a bound
 * (a snippet analyses some hundreds of distinct words; the memory is some megabytes at most).
 */
const MAX_KNOWN_WORDS = 100_000;
const wordsByLang = new Map<Lang, Map<string, readonly WordTerm[]>>();

function knownWords(lang: Lang): Map<string, readonly WordTerm[]> {
  let words = wordsByLang.get(lang);
  if (!words) wordsByLang.set(lang, (words = new Map()));
  return words;
}

function matchedTerm(tokens: readonly WordTerm[], wanted: Set<string>, prefix: PrefixTerm | undefined): string | undefined {
  for (const { term, bare } of tokens) {
    if (term === undefined) continue;
    if (wanted.has(term)) return term;
    if (prefix && (prefix.exact.includes(term) || prefix.starts.some((s) => term.startsWith(s) || bare.startsWith(s)))) {
      return prefix.starts[0];
    }
  }
  return undefined;
}

/** Index of the first word of the best window of `size` words. */
function bestWindow(words: readonly Word[], size: number): number {
  const counts = new Map<string, number>();
  let distinct = 0;
  let hits = 0;
  const add = (w: Word, delta: number) => {
    if (w.hit === undefined) return;
    hits += delta;
    const n = (counts.get(w.hit) ?? 0) + delta;
    counts.set(w.hit, n);
    if (delta > 0 && n === 1) distinct++;
    if (delta < 0 && n === 0) distinct--;
  };
  for (let i = 0; i < size; i++) add(words[i]!, 1);
  let best = 0;
  let bestDistinct = distinct;
  let bestHits = hits;
  for (let first = 1; first + size <= words.length; first++) {
    add(words[first - 1]!, -1);
    add(words[first + size - 1]!, 1);
    if (distinct > bestDistinct || (distinct === bestDistinct && hits > bestHits)) {
      best = first;
      bestDistinct = distinct;
      bestHits = hits;
    }
  }
  if (bestHits === 0) return 0;
  // The earliest best window ends on its matches; centre them so the reader sees both what leads
  // up to them and what follows. Every match of the window stays inside.
  let firstHit = best;
  while (firstHit < best + size - 1 && words[firstHit]!.hit === undefined) firstHit++;
  let lastHit = best + size - 1;
  while (lastHit > firstHit && words[lastHit]!.hit === undefined) lastHit--;
  const centred = firstHit - Math.floor((size - (lastHit - firstHit + 1)) / 2);
  return Math.max(0, Math.min(words.length - size, centred));
}

/**
 * What newsroom text may hold. Everything the newsroom and the APIs accept passes through
 * {@link cleanText} at validation, so storage, pages, feeds and the search index never see
 * characters a reader cannot see and a parser may refuse: NUL (PostgreSQL refuses it in text),
 * other C0 and C1 controls (XML 1.0 forbids most of them), noncharacters such as U+FFFE, and
 * lone surrogates (which JSON's `\ud800` escapes produce). See docs/decisions/0016.
 */

/** Options of {@link cleanText}. */
export interface CleanTextOptions {
  /** Keep tabs and line breaks (lead, body text, bio); otherwise each becomes a space. */
  multiline?: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 but tab and line breaks, DEL, C1, and the 66 noncharacters. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;
const LINE_BREAK = /\r\n?/g;
const TAB_OR_BREAK = /\r\n|[\t\n\r]/g;
/** Anything cleanText would change besides NFC; a quick test keeps clean text on the fast path. */
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Text as it may be stored: lone surrogates become U+FFFD (something was there, and was lost),
 * controls and noncharacters are removed, `\r\n` and `\r` become `\n`, then in single-line
 * fields each tab or line break becomes a space; the result is in NFC. Pure, and idempotent.
 *
 * @example cleanText('Kyiv\u0000 says\tno') // 'Kyiv says no'
 * @example cleanText('one\r\ntwo\u0007', { multiline: true }) // 'one\ntwo'
 */
export function cleanText(value: string, options: CleanTextOptions = {}): string {
  let s = value;
  if (SUSPECT.test(s)) {
    s = s.replace(LONE_SURROGATE, '\uFFFD').replace(INVISIBLE, '');
    s = options.multiline ? s.replace(LINE_BREAK, '\n') : s.replace(TAB_OR_BREAK, ' ');
  } else if (/[\u{FFFE}-\u{10FFFF}]/u.test(s)) {
    // Supplementary noncharacters (U+1FFFE…) are surrogate pairs, which SUSPECT lets through.
    s = s.replace(INVISIBLE, '');
  }
  return s.normalize('NFC');
}

/** Shorthand for a single-line field: a name, a headline, a caption. */
export const cleanLine = (value: string): string => cleanText(value);

/** Shorthand for a multi-line field: a lead, body text, a biography. */
export const cleanMultiline = (value: string): string => cleanText(value, { multiline: true });

/**
 * True when a value holds something {@link cleanText} would remove or replace (tabs and line
 * breaks count). For values where removing would change what they name: slugs, links.
 *
 * @example hasInvisibleCharacters('https://x.com/\u0000') // true
 */
export function hasInvisibleCharacters(value: string): boolean {
  return cleanText(value) !== value.normalize('NFC');
}

/**
 * True for a slug as URLs carry it: lower-case letters of any script, digits and hyphens.
 *
 * @example isSlug('zelenskyi') // true
 * @example isSlug('a\u0000') // false
 */
export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= 120 && /^[\p{Ll}\p{N}-]+$/u.test(value);
}

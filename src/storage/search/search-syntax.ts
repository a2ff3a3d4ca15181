import type { SearchDocumentTerms } from '../../domain/search/search-document.js';
import type { SearchQuery } from '../../domain/search/search-query.js';

/**
 * The two databases' full-text syntax, built only from analyzed terms (letters and digits, see
 * docs/decisions/0008): SQLite FTS5 MATCH strings, PostgreSQL tsquery and tsvector literals.
 * Every term is quoted anyway, and the strings are bound as parameters, never spliced into SQL.
 *
 * PostgreSQL receives literals cast straight to tsquery/tsvector rather than `to_tsquery` and
 * `to_tsvector`: the casts keep each term exactly as given, where the text-search parser would
 * read some of them its own way. So both databases hold and look for the very same terms.
 */

const quoteFts = (term: string) => `"${term.replace(/"/g, '""')}"`;
const quotePg = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The FTS5 MATCH expression of a non-empty query: every term, phrase and the prefix required,
 * exclusions removed.
 *
 * @example ftsMatch(parseQuery('переговори -Москва "Слуга народу"', 'uk'))
 * // '"переговор" AND "слуг народ" NOT "москв"'
 */
export function ftsMatch(query: SearchQuery): string {
  const required = [...query.terms.map(quoteFts), ...query.phrases.map((p) => quoteFts(p.join(' ')))];
  if (query.prefix) {
    const options = [...query.prefix.starts.map((s) => `${quoteFts(s)}*`), ...query.prefix.exact.map(quoteFts)];
    required.push(options.length === 1 ? options[0]! : `(${options.join(' OR ')})`);
  }
  const excluded = [...query.excludedTerms.map(quoteFts), ...query.excludedPhrases.map((p) => quoteFts(p.join(' ')))];
  const positive = required.join(' AND ');
  if (excluded.length === 0) return positive;
  return `(${positive})${excluded.map((e) => ` NOT ${e}`).join('')}`;
}

/**
 * The PostgreSQL tsquery text of a non-empty query, for `cast(… as tsquery)`.
 *
 * @example pgTsQuery(parseQuery('переговори -Москва "Слуга народу"', 'uk'))
 * // "'переговор' & ('слуг' <-> 'народ') & !'москв'"
 */
export function pgTsQuery(query: SearchQuery): string {
  const phrase = (p: readonly string[]) => `(${p.map(quotePg).join(' <-> ')})`;
  const parts = [...query.terms.map(quotePg), ...query.phrases.map(phrase)];
  if (query.prefix) {
    const options = [...query.prefix.starts.map((s) => `${quotePg(s)}:*`), ...query.prefix.exact.map(quotePg)];
    parts.push(options.length === 1 ? options[0]! : `(${options.join(' | ')})`);
  }
  parts.push(...query.excludedTerms.map((t) => `!${quotePg(t)}`), ...query.excludedPhrases.map((p) => `!${phrase(p)}`));
  return parts.join(' & ');
}

/** PostgreSQL keeps positions 1 to 16,383 (later ones are counted as the last) and 256 per term. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_TERM = 256;

/**
 * A tsvector literal of a document: the fields one after another with weights A (headline),
 * B (lead), C (meta) and D (body), and one unused position between fields, so that a phrase never
 * runs from one field into the next (as in FTS5, where the fields are separate columns).
 *
 * @example pgTsVector({ headline: ['переговор', 'києв'], lead: ['мир'], meta: [], body: [] })
 * // "'переговор':1A 'києв':2A 'мир':4B"
 */
export function pgTsVector(doc: SearchDocumentTerms): string {
  const positions = new Map<string, string[]>();
  let at = 0;
  const fields: [readonly string[], string][] = [[doc.headline, 'A'], [doc.lead, 'B'], [doc.meta, 'C'], [doc.body, 'D']];
  for (const [terms, weight] of fields) {
    for (const term of terms) {
      at++;
      let list = positions.get(term);
      if (!list) positions.set(term, (list = []));
      if (list.length < MAX_POSITIONS_PER_TERM) list.push(`${Math.min(at, MAX_POSITION)}${weight}`);
    }
    at++;
  }
  return [...positions].map(([term, list]) => `${quotePg(term)}:${[...new Set(list)].join(',')}`).join(' ');
}

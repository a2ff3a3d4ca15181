/**
 * docs/errors.md's table of error codes, made from the one catalogue (src/domain/error-catalogue.ts).
 * `npm run docs:errors` rewrites the table between its two markers; test/errors-doc.test.ts fails
 * when the file and the catalogue disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CATALOGUE } from '../src/domain/error-catalogue.js';

export const ERRORS_DOC = 'docs/errors.md';
const START = '<!-- the table is made by `npm run docs:errors` from src/domain/error-catalogue.ts -->';
const END = '<!-- end of the table -->';

/** The table, one row a code, in the catalogue's order. */
export function errorTable(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(([code, { status, when }]) => `| \`${code}\` | ${status ?? '—'} | ${when} |`);
  return [START, '| code | status | when |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The document with its table made anew from the catalogue. */
export function errorsDoc(current: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${ERRORS_DOC} has lost its table markers`);
  return current.slice(0, start) + errorTable() + current.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ERRORS_DOC, errorsDoc(readFileSync(ERRORS_DOC, 'utf8')));
  console.log(`${ERRORS_DOC}: ${Object.keys(ERROR_CATALOGUE).length} codes`);
}

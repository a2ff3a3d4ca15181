import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ERROR_CATALOGUE } from '../src/domain/error-catalogue.js';
import { ERRORS_DOC, errorsDoc } from '../tools/errors-doc.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(path) && !path.endsWith('.test.ts') ? [path] : [];
  });
}

test('docs/errors.md holds the table made from the catalogue (npm run docs:errors)', () => {
  const current = readFileSync(ERRORS_DOC, 'utf8');
  assert.equal(current, errorsDoc(current));
});

test('every error code the server sends or throws is in the catalogue, and every catalogued code is used', () => {
  const used = new Set<string>();
  for (const file of sources('src').filter((f) => !f.startsWith(join('src', 'admin-ui')) && !f.endsWith('error-catalogue.ts'))) {
    const text = readFileSync(file, 'utf8');
    // new MastheadError('X', …), super('X', …), and codes written out: { code: 'X' } or code === 'X'.
    for (const m of text.matchAll(/(?:MastheadError\(|super\()'([A-Z][A-Z_]+)'/g)) used.add(m[1]!);
    for (const m of text.matchAll(/\bcode(?::| ===?) '([A-Z][A-Z_]+)'/g)) used.add(m[1]!);
    // Fastify's refusals mapped to ours (src/web/error-answers.ts).
    for (const m of text.matchAll(/\bFST_[A-Z_]+: '([A-Z][A-Z_]+)'/g)) used.add(m[1]!);
  }
  // Node's, Fastify's and the HTTP parser's own codes, which handlers look at: not ours.
  for (const code of used) if (/^(ERR_|FST_|HPE_)|^E[A-Z]+$/.test(code)) used.delete(code);
  const catalogued = Object.keys(ERROR_CATALOGUE);
  assert.deepEqual([...used].filter((code) => !catalogued.includes(code)).sort(), [], 'used but not in the catalogue');
  assert.deepEqual(catalogued.filter((code) => !used.has(code)).sort(), [], 'in the catalogue but never used');
});

/**
 * Prints a hash of what the demo corpus generates for a few fixed seeds, and of every table it
 * exports. Moving the corpus's text between files (src/seed/corpus/data/*.json and the templates)
 * must not change the demo newsroom: run this before and after such a change and compare.
 *
 * @example npx tsx tools/corpus-fingerprint.ts
 */
import { createHash } from 'node:crypto';
import * as corpus from '../src/seed/corpus/index.js';

const sha = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

// Templates are code: their fixed fields are hashed here, their prose through the stories they write.
const templates = [...corpus.NEWS_TEMPLATES, ...corpus.COLUMN_TEMPLATES].map(({ write: _write, ...fields }) => fields);
const { createRng, generateStory, NEWS_TEMPLATES: _news, COLUMN_TEMPLATES: _columns, ...tables } = corpus;

for (const [seed, stories] of [[20250301, 20000], [1, 5000], [424242, 5000]] as const) {
  const rng = createRng(seed);
  const hash = createHash('sha256');
  for (let i = 0; i < stories; i++) hash.update(JSON.stringify(generateStory(rng, i)));
  console.log(`seed ${seed} x${stories}: ${hash.digest('hex')}`);
}
console.log(`tables: ${sha({ ...tables, TEMPLATES: templates })}`);

/**
 * The hit lane against Node's parser, for longer than the test suite runs it: the corpus, then
 * mutations of it from a seed, until a case count or a time limit. Prints each difference (as
 * JSON, with the bytes to send again) and exits 1 if there was any.
 *
 *   npm run fuzz:hit-lane                                  # 100,000 cases or 10 minutes
 *   npm run fuzz:hit-lane -- --seed 7 --cases 5000 --seconds 60
 */
import { parseArgs } from 'node:util';
import { CORPUS, mutant } from '../test/support/hit-lane-corpus.js';
import { compare, startPair } from '../test/support/hit-lane-differential.js';

const { values } = parseArgs({ options: { seed: { type: 'string', default: String(Date.now() % 1_000_000) }, cases: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '600' } } });
const seed = Number(values.seed);
const cases = Number(values.cases);
const until = Date.now() + Number(values.seconds) * 1000;
const pair = await startPair();
let differences = 0;
let run = 0;
const report = (what: string, difference: Awaited<ReturnType<typeof compare>>) => {
  if (!difference) return;
  differences++;
  console.log(JSON.stringify({ what, bytes: difference.bytes.toString('latin1'), lane: difference.lane, node: difference.plain }));
};
const started = Date.now();
for (const [name, text] of Object.entries(CORPUS)) {
  report(name, await compare(pair, Buffer.from(text, 'latin1')));
  run++;
}
for (let n = 0; n < cases && Date.now() < until; n++) {
  report(`seed ${seed} case ${n}`, await compare(pair, mutant(seed, n)));
  run++;
}
await pair.close();
console.error(`fuzz:hit-lane: ${run} cases (${Object.keys(CORPUS).length} from the corpus, seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${differences} differences`);
process.exit(differences ? 1 : 0);

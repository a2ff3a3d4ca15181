import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config/config.js';
import { buildTestApp } from './support/app.js';
import { CORPUS, mutant } from './support/hit-lane-corpus.js';
import { compare, startPair, type Difference, type Pair } from './support/hit-lane-differential.js';

/**
 * The hit lane reads every request as Node's parser does, or leaves it to Node: the same bytes go
 * to a server with the lane and to one without, and the application must see the same requests
 * and the client the same answers (test/support/hit-lane-differential.ts). First the corpus of
 * smuggling and parser-edge inputs, then mutations of it from a fixed seed. `npm run fuzz:hit-lane`
 * runs many more.
 */

const SEED = 20_260_101;
const CASES = 2_500;
/** A bound for a slow, shared machine; the cases usually take a few seconds. */
const BUDGET_MS = 20_000;

const show = (d: Difference) => JSON.stringify({ bytes: d.bytes.toString('latin1'), lane: d.lane, node: d.plain }).slice(0, 4000);

describe('hit lane against Node\'s parser', () => {
  let pair: Pair;
  before(async () => {
    pair = await startPair();
  });
  after(() => pair?.close());

  test(`the corpus (${Object.keys(CORPUS).length} inputs): the same requests seen, the same answers`, async () => {
    for (const [name, text] of Object.entries(CORPUS)) {
      const difference = await compare(pair, Buffer.from(text, 'latin1'));
      assert.equal(difference, undefined, `${name}: ${difference && show(difference)}`);
    }
  });

  test(`${CASES} mutations of it from seed ${SEED}`, { timeout: 60_000 }, async () => {
    const until = Date.now() + BUDGET_MS;
    let run = 0;
    for (let n = 0; n < CASES && Date.now() < until; n++, run++) {
      const difference = await compare(pair, mutant(SEED, n));
      assert.equal(difference, undefined, `case ${n}: ${difference && show(difference)}`);
    }
    assert.ok(run > 0);
  });
});

describe('HIT_LANE', () => {
  test('on by default, off with HIT_LANE=off, anything else refused', () => {
    assert.equal(loadConfig({}).hitLane, true);
    assert.equal(loadConfig({ HIT_LANE: 'off' }).hitLane, false);
    assert.equal(loadConfig({ HIT_LANE: 'ON' }).hitLane, true);
    assert.throws(() => loadConfig({ HIT_LANE: 'maybe' }), { code: 'CONFIG_INVALID' });
  });

  test('off: the page cache still answers, on Node\'s way, and no connection is read by the lane', async () => {
    const saved = process.env.HIT_LANE;
    process.env.HIT_LANE = 'off';
    const t = await buildTestApp('sqlite');
    try {
      assert.equal(t.app.hitLane, undefined);
      assert.equal(t.app.pageCache.enabled, true);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const address = t.app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
      assert.equal((await fetch(url)).headers.get('x-cache'), 'miss');
      assert.equal((await fetch(url)).headers.get('x-cache'), 'hit');
    } finally {
      if (saved === undefined) delete process.env.HIT_LANE;
      else process.env.HIT_LANE = saved;
      await t.destroy();
    }
  });
});

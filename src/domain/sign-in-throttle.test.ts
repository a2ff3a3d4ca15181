import assert from 'node:assert/strict';
import { test } from 'node:test';
import { delayAfter, delaySteps, THROTTLE_RULES } from './sign-in-throttle.js';

test('the pair throttle lets four failures through, then doubles the wait up to 15 minutes', () => {
  const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 500].map((n) => delayAfter(THROTTLE_RULES.pair, n) / 1000);
  assert.deepEqual(waits, [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
});

test('the address and account throttles are looser than the pair one', () => {
  for (const scope of ['address', 'account'] as const) {
    assert.ok(THROTTLE_RULES[scope].free > THROTTLE_RULES.pair.free * 5);
    assert.equal(delayAfter(THROTTLE_RULES[scope], THROTTLE_RULES[scope].free), 0);
  }
});

test('the steps agree with delayAfter for every count', () => {
  for (const rule of Object.values(THROTTLE_RULES)) {
    const steps = delaySteps(rule);
    assert.equal(steps.at(-1)!.from, rule.free + 1);
    for (let n = 1; n < 100; n++) {
      const step = steps.find((s) => n >= s.from);
      assert.equal(step?.delayMs ?? 0, delayAfter(rule, n), `${n} failures`);
    }
  }
});

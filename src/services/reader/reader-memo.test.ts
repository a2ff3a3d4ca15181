import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChangeEvents, type ChangeRelay } from '../events/change-events.js';
import { ReaderMemo } from './reader-memo.js';

test('a list is loaded once for concurrent and later callers, until a change touches one of its keys', async () => {
  const memo = new ReaderMemo();
  let loads = 0;
  const load = async () => ++loads;
  const [a, b] = await Promise.all([memo.get('tag:uk:3', load, () => ['tag3-uk', 's9']), memo.get('tag:uk:3', load, () => ['tag3-uk', 's9'])]);
  assert.deepEqual([a, b, await memo.get('tag:uk:3', load, () => [])], [1, 1, 1]);
  memo.invalidate(['s10']);
  assert.equal(await memo.get('tag:uk:3', load, () => []), 1, 'another story: kept');
  memo.invalidate(['s9']);
  assert.equal(await memo.get('tag:uk:3', load, () => []), 2, 'its story changed: loaded again');
});

test('a load that was running when a change came in is not kept', async () => {
  const memo = new ReaderMemo();
  let release!: () => void;
  let loads = 0;
  const slow = () => new Promise<number>((resolve) => (release = () => resolve(++loads)));
  const first = memo.get('stream:uk', slow, () => ['latest-uk']);
  memo.invalidate(['latest-uk']);
  release();
  assert.equal(await first, 1);
  const second = memo.get('stream:uk', slow, () => ['latest-uk']);
  release();
  assert.equal(await second, 2);
});

test('change events empty it; while the relay is down nothing is kept', async () => {
  const events = new ChangeEvents();
  let state!: (s: 'up' | 'down') => void;
  const relay: ChangeRelay = { publish: () => {}, start: async (_deliver, s) => void (state = s), close: async () => {} };
  await events.useRelay(relay);
  const memo = new ReaderMemo();
  memo.listen(events);
  let loads = 0;
  const load = async () => ++loads;
  await memo.get('settings:en', load, () => ['front-en']);
  events.emit({ type: 'front-page-changed', lang: 'en' });
  assert.equal(await memo.get('settings:en', load, () => ['front-en']), 2);
  state('down');
  assert.equal(await memo.get('settings:en', load, () => []), 3);
  assert.equal(await memo.get('settings:en', load, () => []), 4);
  state('up');
  assert.equal(await memo.get('settings:en', load, () => []), 5);
  assert.equal(await memo.get('settings:en', load, () => []), 5);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PageStore, variantOf, type CachedResponse } from './page-store.js';

function response(keys: string[], bytes = 1000, expiresAt = Infinity): CachedResponse {
  return { status: 200, headers: {}, etag: '"x"', lastModified: null, identity: Buffer.alloc(bytes), identityLength: bytes, gzip: null, br: null, keys: keys.join(' '), expiresAt };
}

test('a page is found by its path; an invalidated key drops exactly the pages filed under it', () => {
  const store = new PageStore(1_000_000);
  store.put('/a/', '', [], 'page', response(['site', 's1', 'latest-uk']), store.version);
  store.put('/b/', '', [], 'page', response(['site', 's2']), store.version);
  store.put('/en/c/', '', [], 'page', response(['site', 's1', 'latest-en']), store.version);
  assert.ok(store.get('/a/', ''));
  assert.equal(store.invalidate(['s2']), 1);
  assert.equal(store.get('/b/', ''), undefined);
  assert.ok(store.get('/a/', ''));
  assert.equal(store.invalidate(['s1', 'latest-uk']), 2, 'a page under two keys is dropped once');
  assert.equal(store.get('/en/c/', ''), undefined);
  assert.equal(store.stats().entries, 0);
  assert.equal(store.stats().bytes, 0);
});

test('a response rendered while a change came in is not kept', () => {
  const store = new PageStore(1_000_000);
  const since = store.version;
  store.invalidate(['s1']);
  assert.equal(store.put('/a/', '', [], 'page', response(['s1']), since), false);
  assert.equal(store.get('/a/', ''), undefined);
});

test('least recently used goes first, within each class its own budget', () => {
  // 100 kB: pages get 80 kB, queries 15 kB, errors 5 kB; each entry ~12 kB with its bookkeeping.
  const store = new PageStore(100_000);
  for (let i = 0; i < 6; i++) store.put(`/p${i}/`, '', [], 'page', response(['site'], 10_000), store.version);
  store.get('/p0/', '');
  store.put('/p6/', '', [], 'page', response(['site'], 10_000), store.version);
  assert.ok(store.get('/p0/', ''), 'recently read: kept');
  assert.equal(store.get('/p1/', ''), undefined, 'least recently used: dropped');
  // A flood of queries pushes out only queries.
  for (let i = 0; i < 50; i++) store.put('/search/', `q=${i}`, ['q'], 'query', response(['search'], 3_000), store.version);
  assert.ok(store.get('/p0/', ''));
  assert.ok(store.get('/search/', 'q=49'));
  assert.equal(store.get('/search/', 'q=0'), undefined);
  assert.ok(store.stats().bytes <= 100_000);
  // An entry larger than its class's budget is refused, not kept at the others' expense.
  assert.equal(store.put('/huge/', '', [], 'error', response(['site'], 6_000), store.version), false);
});

test('a page read between fills stays while pages read once go in the order they came', () => {
  // Room for 6 pages of ~12 kB; /hot/ is read before each new page is filed.
  const store = new PageStore(100_000);
  store.put('/hot/', '', [], 'page', response(['site'], 10_000), store.version);
  for (let i = 0; i < 30; i++) {
    assert.ok(store.get('/hot/', ''), `still kept before page ${i}`);
    store.put(`/once${i}/`, '', [], 'page', response(['site'], 10_000), store.version);
  }
  assert.ok(store.get('/hot/', ''));
  assert.ok(store.get('/once29/', ''), 'the newest page is kept');
  assert.equal(store.get('/once0/', ''), undefined, 'the oldest page read once is gone');
  assert.equal(store.stats().entries, 6);
  // Left unread, it goes like any other.
  for (let i = 30; i < 50; i++) store.put(`/once${i}/`, '', [], 'page', response(['site'], 10_000), store.version);
  assert.equal(store.get('/hot/', ''), undefined);
});

test('query parameters the route does not read are ignored; those it reads make variants, a bounded number', () => {
  const store = new PageStore(10_000_000);
  store.put('/sections/x/', 'page=2&utm_source=a', ['page'], 'query', response(['section1-uk']), store.version);
  assert.ok(store.get('/sections/x/', 'utm_medium=b&page=2'));
  assert.equal(store.get('/sections/x/', 'page=3'), undefined);
  for (let i = 0; i < 200; i++) store.put('/sections/x/', `page=${i}`, ['page'], 'query', response(['section1-uk'], 10), store.version);
  assert.ok(store.stats().entries <= 64);
  assert.equal(variantOf('b=2&a=1&c=3&a=0', ['a', 'b']), '&a=1&a=0&b=2');
  assert.equal(variantOf('q=%D0%BA%D0%B8%D1%97%D0%B2', ['q']), `&q=${encodeURIComponent('київ')}`);
});

test('entries expire when what they show changes by itself, and all of them when changes may be missed', () => {
  let now = 1_000;
  const store = new PageStore(1_000_000, () => now);
  store.put('/archive/', '', [], 'page', response(['archive-uk'], 100, 5_000), store.version);
  store.put('/', '', [], 'page', response(['site'], 100), store.version);
  now = 4_999;
  assert.ok(store.get('/archive/', ''));
  now = 5_000;
  assert.equal(store.get('/archive/', ''), undefined);
  store.expireWithin(1_000);
  now = 5_999;
  assert.ok(store.get('/', ''));
  now = 6_000;
  assert.equal(store.get('/', ''), undefined);
});

test('a store of size 0 keeps nothing', () => {
  const store = new PageStore(0);
  assert.equal(store.put('/', '', [], 'page', response(['site']), store.version), false);
  assert.equal(store.get('/', ''), undefined);
});

test('once a class is full, only a page asked for more often than the one it would push out gets in', () => {
  // Pages get 80 kB: six pages of ~12 kB with their bookkeeping fit.
  const store = new PageStore(100_000);
  const fill = (path: string) => store.put(path, '', [], 'page', response(['site'], 10_000), store.version);
  for (let i = 0; i < 6; i++) {
    for (let reads = 0; reads < 3; reads++) store.get(`/p${i}/`, '');
    fill(`/p${i}/`);
  }
  assert.equal(store.admits('/p6/', 'page', 10_000), false, 'full: not before it is asked for at all');
  for (let i = 0; i < 200; i++) {
    store.get(`/once${i}/`, '');
    assert.equal(store.admits(`/once${i}/`, 'page', 10_000), false, 'a one-off read never displaces a page read three times');
  }
  for (let reads = 0; reads < 4; reads++) store.get('/hot/', '');
  assert.equal(store.admits('/hot/', 'page', 10_000), true, 'read four times: in');
  assert.equal(store.admits('/q/', 'query', 5_000), true, 'another class with room takes it');
  assert.equal(new PageStore(0).admits('/p0/', 'page', 10), false, 'a store with no budget keeps nothing');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

test('TRUST_PROXY: unset trusts no proxy; addresses, CIDR ranges and range names are kept', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: ' ' }).trustProxy, false);
  assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1, fd00::/8, loopback' }).trustProxy, ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']);
});

test('TRUST_PROXY refuses what would let any client choose its address, and what is not an address', () => {
  for (const value of ['true', '1', '2', '0.0.0.0/0', '::/0', 'nginx', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1', '10.0.0.1,']) {
    assert.throws(() => loadConfig({ TRUST_PROXY: value }), ConfigError, value);
  }
});

test('HSTS_PRELOAD is a boolean and needs an https BASE_URL', () => {
  assert.equal(loadConfig({}).hstsPreload, false);
  assert.equal(loadConfig({ BASE_URL: 'https://news.example.com', HSTS_PRELOAD: 'true' }).hstsPreload, true);
  assert.throws(() => loadConfig({ HSTS_PRELOAD: 'true' }), ConfigError);
  assert.throws(() => loadConfig({ BASE_URL: 'https://news.example.com', HSTS_PRELOAD: 'yes' }), ConfigError);
});

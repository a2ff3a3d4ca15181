import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';
import { VARIABLES } from './schema.js';

test('the defaults make a working configuration', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.baseUrl, 'http://localhost:3000');
  assert.equal(config.timeZone, 'Europe/Kyiv');
  assert.equal(config.logLevel, 'info');
  assert.equal(config.pageCacheBytes, 64 * 1024 * 1024);
  assert.ok(Object.isFrozen(config));
});

test('every variable refuses a bad value with a ConfigError that names it', () => {
  const bad: Record<string, string> = {
    PORT: '80a',
    DATABASE_URL: 'mysql://x',
    DATABASE_READ_URL: 'sqlite:x',
    BASE_URL: 'ftp://x',
    DEFAULT_LANGUAGE: 'de',
    TIME_ZONE: 'Europe/Atlantis',
    SEED_DEMO: 'maybe',
    WORKERS: '0',
    PAGE_CACHE_MB: '-1',
    REDIS_URL: 'http://x',
    PURGE_URL: 'not a url',
    LOG_LEVEL: 'verbose',
    NODE_ENV: 'staging',
    TRUST_PROXY: 'true',
    HIT_LANE: 'maybe',
    MEDIA_LEFTOVER_MINUTES: '0',
    HSTS_PRELOAD: 'yes',
  };
  for (const [name, value] of Object.entries(bad)) {
    assert.throws(
      () => loadConfig({ [name]: value }),
      (error: unknown) => error instanceof ConfigError && error.code === 'CONFIG_INVALID' && error.message.startsWith(`${name} `),
      name,
    );
  }
  // Variables that take any text are left out above; every other one is tried.
  const free = ['HOST', 'MEDIA_DIR'];
  assert.deepEqual(Object.keys(VARIABLES).filter((n) => !free.includes(n)).sort(), Object.keys(bad).sort());
  assert.throws(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/db' }), ConfigError, 'a replica needs PostgreSQL');
});

test("the README's Configuration table lists exactly the variables the code reads", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!);
  assert.deepEqual([...documented].sort(), Object.keys(VARIABLES).sort());
});

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

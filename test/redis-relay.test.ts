import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { ChangeEvents, type ChangeEvent, type RelayState } from '../src/services/events/change-events.js';
import { RedisRelay } from '../src/services/events/redis-relay.js';
import { freePort, waitFor } from './support/ports.js';
import { redisSkip, TEST_REDIS_URL } from './support/redis.js';

/** A channel of this run's own: servers under test may be publishing on the real one. */
const CHANNEL = `masthead:test:${randomBytes(6).toString('hex')}`;
const event: ChangeEvent = { type: 'story-updated', storyId: 7, lang: 'en', sectionId: 1, tagIds: [2], authorIds: [3] };

/** A bus on a Redis relay, recording what it hears, the relay's states and its warnings. */
async function connected(url: string, options: { startTimeoutMs?: number } = {}) {
  const heard: { event: ChangeEvent; origin: string }[] = [];
  const states: RelayState[] = [];
  const warnings: string[] = [];
  const infos: string[] = [];
  const events = new ChangeEvents();
  events.on((e, origin) => heard.push({ event: e, origin }));
  events.onRelayState((s) => states.push(s));
  const relay = new RedisRelay(url, { ...options, channel: CHANNEL, logger: { warn: (m) => warnings.push(m), info: (m) => infos.push(m) } });
  await events.useRelay(relay);
  return { events, relay, heard, states, warnings, infos };
}

describe('change events over Redis', await redisSkip(), () => {
  test('an event reaches the other process once, not its own; malformed messages are dropped', async () => {
    const a = await connected(TEST_REDIS_URL);
    const b = await connected(TEST_REDIS_URL);
    const raw = new Redis(TEST_REDIS_URL);
    try {
      assert.equal(a.events.state, 'up');
      assert.deepEqual(a.warnings, []);
      a.events.emit(event);
      await waitFor(() => b.heard.length > 0, 'the event on b');
      for (const message of ['no-origin', `${b.relay.origin}x {"type":"media-changed","mediaId":-1}`, 'stranger not-json', `stranger ${JSON.stringify({ ...event, storyId: '7' })}`]) {
        await raw.publish(CHANNEL, message);
      }
      await raw.publish(CHANNEL, `stranger ${JSON.stringify({ type: 'settings-changed' })}`);
      await waitFor(() => b.heard.length > 1 && a.heard.length > 1, 'the settings event on a and b');
      assert.deepEqual(b.heard, [
        { event, origin: 'remote' },
        { event: { type: 'settings-changed' }, origin: 'remote' },
      ]);
      assert.deepEqual(a.heard.map((h) => h.origin), ['local', 'remote']);
      assert.equal(b.warnings.length, 1, 'one warning for all the malformed messages');
    } finally {
      raw.disconnect();
      await a.events.close();
      await b.events.close();
    }
  });
});

test('Redis unreachable at start: starts at once, down, one warning, publishing does not throw', { timeout: 20_000 }, async () => {
  // A refused connection is known at once: the start does not wait out its timeout (set far
  // beyond the test's own), so a relay that waited would fail by the test timing out.
  const a = await connected('redis://127.0.0.1:1', { startTimeoutMs: 600_000 });
  try {
    assert.equal(a.events.state, 'down');
    assert.deepEqual(a.states, ['down']);
    assert.equal(a.warnings.length, 1, a.warnings.join('\n'));
    a.events.emit(event);
    assert.deepEqual(a.heard, [{ event, origin: 'local' }], 'this process still hears its own events');
    await waitFor(() => a.warnings.length >= 2, 'the failed publish logged');
    assert.equal(a.warnings.length, 2, 'the failed publish is logged; reconnection attempts are not');
  } finally {
    // Closing does not wait for a server that is not there.
    await a.events.close();
  }
});

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

test('Redis going away and coming back: down with one warning, then up again', { skip: hasRedisServer || process.env.CI ? undefined : 'no redis-server binary' }, async () => {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const startServer = async () => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(async () => {
      const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => {});
      try {
        await probe.connect();
        return true;
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    }, 'redis-server');
  };
  const stopServer = async () => {
    const s = server;
    if (!s || s.exitCode !== null) return;
    const exited = new Promise((r) => s.once('exit', r));
    s.kill('SIGKILL');
    await exited;
  };
  await startServer();
  const a = await connected(url);
  const b = await connected(url);
  try {
    assert.equal(a.events.state, 'up');
    await stopServer();
    await waitFor(() => a.events.state === 'down' && b.events.state === 'down', 'down');
    assert.equal(a.warnings.length, 1, a.warnings.join('\n'));
    a.events.emit(event);
    await startServer();
    await waitFor(() => a.events.state === 'up' && b.events.state === 'up', 'up again');
    // One warning for the loss and one for the event it could not send, however often it tried
    // to reconnect meanwhile.
    assert.equal(a.warnings.length, 2, a.warnings.join('\n'));
    assert.deepEqual(a.states, ['down', 'up']);
    assert.equal(a.infos.length, 1);
    // Flowing again: a new event arrives.
    a.events.emit({ type: 'settings-changed' });
    await waitFor(() => b.heard.length > 0, 'the event after the outage');
    // The event sent while down was not queued; a tells the others to drop everything instead.
    assert.ok(b.heard.length >= 1 && b.heard.every((h) => h.event.type === 'settings-changed' && h.origin === 'remote'), JSON.stringify(b.heard));
  } finally {
    await a.events.close();
    await b.events.close();
    await stopServer();
  }
});

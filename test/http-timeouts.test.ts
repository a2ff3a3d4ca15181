import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { listenLocally } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { createMembers, PASSWORD } from './support/members.js';

/**
 * Slow and silent clients over real sockets: a body that stalls, a head that stalls and an idle
 * kept-alive connection are closed; a body that arrives slowly but steadily is served. With the
 * page cache (and so the hit lane, unless HIT_LANE=off) and without it. The limits are small
 * here; the test asserts only that a connection is closed before a deadline, never when.
 */

/** Small limits: a body must average 1 kB/s after half a second. */
const TIMEOUTS = { headersMs: 1_000, requestMs: 60_000, keepAliveMs: 1_000, checkEveryMs: 200, bodyGraceMs: 500, bodyMinBytesPerSecond: 1024 };
const DEADLINE_MS = 8_000;

/** Opens a connection, writes `bytes`, and resolves with what the server sent once it closes; rejects past the deadline. */
function untilClosed(origin: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let received = '';
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${DEADLINE_MS} ms; received ${JSON.stringify(received.slice(0, 200))}`));
    }, DEADLINE_MS);
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(deadline);
      resolve(received);
    });
  });
}

const statuses = (text: string) => [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));

for (const dialect of DIALECTS) {
  for (const pageCacheMb of [64, 0]) {
    describe(`slow clients (${dialect}, page cache ${pageCacheMb ? 'on' : 'off'})`, async () => {
      const skip = await dialectSkip(dialect);
      let t: TestApp;
      let origin: string;

      before(async () => {
        if (skip.skip) return;
        t = await buildTestApp(dialect, { pageCacheMb, httpTimeouts: TIMEOUTS });
        await createMembers(t.db);
        origin = await listenLocally(t.app);
        // The front page once, so that with a page cache the lane holds it as a hit.
        await untilClosed(origin, 'GET / HTTP/1.1\r\nHost: news.example.com\r\nConnection: close\r\n\r\n');
      });
      after(() => t?.destroy());

      test('a body that stops arriving: 408 and the connection closed', skip, async () => {
        const stalled = 'POST /admin/api/session HTTP/1.1\r\nHost: news.example.com\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"';
        assert.deepEqual(statuses(await untilClosed(origin, stalled)), [408]);
      });

      test('a head that stops arriving, on a new connection and after a hit: closed', skip, async () => {
        assert.deepEqual(statuses(await untilClosed(origin, 'GET / HTTP/1.1\r\nHo')), [408]);
        const afterHit = await untilClosed(origin, 'GET / HTTP/1.1\r\nHost: news.example.com\r\n\r\nGET / HTTP/1.1\r\nHo');
        assert.equal(statuses(afterHit)[0], 200);
      });

      test('a kept-alive connection idle after its answer: closed', skip, async () => {
        assert.deepEqual(statuses(await untilClosed(origin, 'GET / HTTP/1.1\r\nHost: news.example.com\r\n\r\n')), [200]);
      });

      test('a body sent slowly but steadily, for longer than the head limit and the grace: served', skip, async () => {
        // About 8 kB in 40 pieces, one every 75 ms: 3 s at about 2.7 kB/s.
        const json = JSON.stringify({ email: 'editor@example.com', password: PASSWORD });
        const body = json.slice(0, -1) + ' '.repeat(8_000) + '}';
        const { hostname, port } = new URL(origin);
        const socket: Socket = connect(Number(port), hostname);
        await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
        let received = '';
        socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
        const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
        socket.write(`POST /admin/api/session HTTP/1.1\r\nHost: news.example.com\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
        const pieces = 40;
        const size = Math.ceil(body.length / pieces);
        for (let i = 0; i < body.length; i += size) {
          await new Promise((resolve) => setTimeout(resolve, 75));
          socket.write(body.slice(i, i + size));
        }
        await closed;
        assert.deepEqual(statuses(received), [200]);
        assert.match(received, /set-cookie: mh_session=/i);
      });
    });
  }
}

import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { parseHead } from '../src/web/cache/hit-lane.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { listenLocally } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { NOW } from './support/newsroom.js';

/**
 * The hit lane answers page-cache hits on the connection itself and gives every other request,
 * with the rest of its connection, to Node's HTTP server. These tests talk raw HTTP/1.1 over
 * sockets, as clients and CDNs do, to see both sides: answers identical to the cache's own, and
 * requests the lane must not answer (bodies, other protocols, malformed heads) served by Node.
 */

describe('hit lane: which request heads it reads', () => {
  const head = (...lines: string[]) => lines.join('\r\n');

  test('a plain GET or HEAD with the headers a hit depends on', () => {
    const parsed = parseHead(head('GET /news/?page=2 HTTP/1.1', 'Host: example.com', 'Accept-Encoding: gzip, br ', 'IF-NONE-MATCH: "abc"', 'User-Agent: Mozilla/5.0 (X11)'));
    assert.deepEqual(parsed, {
      request: { method: 'GET', target: '/news/?page=2', headers: { 'accept-encoding': 'gzip, br', 'if-none-match': '"abc"' } },
      close: false,
    });
    assert.equal(parseHead(head('HEAD / HTTP/1.1', 'host: a', 'connection: Close'))?.close, true);
    assert.equal(parseHead(head('GET / HTTP/1.1', 'Host: a', 'Connection: keep-alive'))?.close, false);
  });

  test('anything else is left to Node', () => {
    const refused = {
      'another method': head('POST / HTTP/1.1', 'Host: a'),
      'HTTP/1.0': head('GET / HTTP/1.0', 'Host: a'),
      'an absolute target': head('GET http://a/ HTTP/1.1', 'Host: a'),
      'a space in the target': head('GET /a b HTTP/1.1', 'Host: a'),
      'no Host': head('GET / HTTP/1.1', 'Accept: */*'),
      'two Hosts': head('GET / HTTP/1.1', 'Host: a', 'Host: b'),
      'a body by length': head('GET / HTTP/1.1', 'Host: a', 'Content-Length: 5'),
      'a chunked body': head('GET / HTTP/1.1', 'Host: a', 'Transfer-Encoding: chunked'),
      'an upgrade': head('GET / HTTP/1.1', 'Host: a', 'Connection: Upgrade', 'Upgrade: websocket'),
      'an expectation': head('GET / HTTP/1.1', 'Host: a', 'Expect: 100-continue'),
      'a folded line': head('GET / HTTP/1.1', 'Host: a', 'X-A: 1', ' 2'),
      'a bare LF': 'GET / HTTP/1.1\r\nHost: a\nX-A: 1',
      'a control character': head('GET / HTTP/1.1', 'Host: a', 'X-A: \u0001'),
      'a space before the colon': head('GET / HTTP/1.1', 'Host : a'),
      'a repeated Accept-Encoding': head('GET / HTTP/1.1', 'Host: a', 'Accept-Encoding: gzip', 'Accept-Encoding: br'),
    };
    for (const [what, text] of Object.entries(refused)) assert.equal(parseHead(text), undefined, what);
  });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Sends `chunks` on one connection (each written once the answers before it have arrived, when
 * `waitFor` says how many to wait for), then reads answers until the server closes or `expected`
 * have come. HEAD answers and 304s have no body.
 */
function exchange(
  origin: string,
  chunks: string[],
  options: {
    expected: number;
    heads?: number[];
    waitFor?: number[];
    gapMs?: number;
    /** Reads nothing for `ms` after sending, then calls `then` and reads. */
    hold?: { ms: number; then: () => void };
    /** Shuts the connection's sending side once everything is sent. */
    halfClose?: boolean;
  },
): Promise<{ answers: Answer[]; closed: boolean }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    const answers: Answer[] = [];
    let sent = 0;
    let closed = false;
    const finish = () => {
      socket.destroy();
      resolve({ answers, closed });
    };
    const timer = setTimeout(finish, 5_000 + (options.hold?.ms ?? 0));
    const sendNext = () => {
      while (sent < chunks.length && (options.waitFor?.[sent] ?? 0) <= answers.length) {
        socket.write(chunks[sent++]!);
        if (options.halfClose && sent === chunks.length) socket.end();
        // Apart in time, so that they arrive in packets of their own.
        if (options.gapMs && sent < chunks.length) return void setTimeout(sendNext, options.gapMs);
      }
    };
    const read = () => {
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) return;
        const [statusLine, ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
        }
        const status = Number(statusLine!.split(' ')[1]);
        const bodyless = status === 304 || (options.heads ?? []).includes(answers.length);
        if (!bodyless && headers['transfer-encoding'] === 'chunked') {
          const body = dechunk(received.subarray(end + 4));
          if (!body) return;
          answers.push({ status, headers, body: body.body });
          received = received.subarray(end + 4 + body.length);
          continue;
        }
        const length = bodyless ? 0 : Number(headers['content-length'] ?? 0);
        if (received.length < end + 4 + length) return;
        answers.push({ status, headers, body: received.subarray(end + 4, end + 4 + length) });
        received = received.subarray(end + 4 + length);
      }
    };
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      read();
      if (answers.length >= options.expected) {
        clearTimeout(timer);
        finish();
      } else sendNext();
    });
    socket.on('end', () => {
      closed = true;
      clearTimeout(timer);
      finish();
    });
    socket.on('error', reject);
    if (options.hold) {
      const { ms, then } = options.hold;
      socket.pause();
      setTimeout(() => {
        then();
        socket.resume();
      }, ms);
    }
    sendNext();
  });
}

/** A chunked body (RFC 9112 7.1) at the start of `data`, without trailers: its bytes and its length on the wire; undefined until all of it has come. */
function dechunk(data: Buffer): { body: Buffer; length: number } | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = data.indexOf('\r\n', at);
    if (line === -1) return undefined;
    const size = parseInt(data.subarray(at, line).toString('latin1'), 16);
    if (size === 0) return data.length >= line + 4 ? { body: Buffer.concat(parts), length: line + 4 } : undefined;
    if (data.length < line + 2 + size + 2) return undefined;
    parts.push(data.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

const get = (path: string, ...headers: string[]) => ['GET ' + path + ' HTTP/1.1', 'Host: news.example.com', 'Accept-Encoding: gzip', ...headers, '', ''].join('\r\n');
const text = (a: Answer) => (a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body).toString('utf8');
const h1 = (a: Answer) => cheerio.load(text(a))('h1').first().text();

for (const dialect of DIALECTS) {
  describe(`hit lane (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    let t: TestApp;
    let origin: string;
    let article: string;
    let other: string;
    const answered = () => t.app.hitLane!.answered;

    before(async () => {
      if (skip.skip) return;
      t = await buildTestApp(dialect);
      const at = new Date(NOW.getTime() - 3_600_000);
      const n = t.newsroom;
      const first = await n.story({ section: 'politics', versions: { uk: { headline: 'Рада ухвалила бюджет', publishedAt: at } } });
      const second = await n.story({ section: 'economy', versions: { uk: { headline: 'Гривня зміцнилася', publishedAt: at } } });
      article = `/news/2025/03/01/${first}/`;
      other = `/news/2025/03/01/${second}/`;
      origin = await listenLocally(t.app);
      // Rendered and filed once, by Node's way.
      const primed = await exchange(origin, [get(article), get('/')], { expected: 2, waitFor: [0, 1] });
      assert.deepEqual(primed.answers.map((a) => a.headers['x-cache']), ['miss', 'miss']);
    });
    after(() => t?.destroy());

    test('hits on a kept-alive connection: the same status, headers and bytes the cache sends, answered by the lane', skip, async () => {
      const before = answered();
      // A header the lane leaves to Node (and Node ignores on a GET): the cache's own way answers.
      const viaNode = await exchange(origin, [get(article, 'TE: trailers')], { expected: 1 });
      assert.equal(viaNode.answers[0]!.headers['x-cache'], 'hit');
      const { answers, closed } = await exchange(origin, [get(article), get('/'), get(article)], { expected: 3, waitFor: [0, 1, 2] });
      assert.equal(closed, false);
      assert.equal(answered() - before, 3);
      assert.deepEqual(answers.map((a) => a.status), [200, 200, 200]);
      assert.deepEqual(answers.map((a) => a.headers['x-cache']), ['hit', 'hit', 'hit']);
      assert.equal(h1(answers[0]!), 'Рада ухвалила бюджет');
      assert.ok(answers[0]!.body.equals(viaNode.answers[0]!.body));
      assert.equal(answers[0]!.headers['content-length'], String(answers[0]!.body.length));
      for (const name of ['etag', 'cache-control', 'surrogate-key', 'vary', 'content-type', 'content-security-policy', 'x-content-type-options', 'content-encoding']) {
        assert.equal(answers[0]!.headers[name], viaNode.answers[0]!.headers[name], name);
      }
      assert.equal(answers[0]!.headers.connection, 'keep-alive');
      assert.equal(answers[0]!.headers['keep-alive'], viaNode.answers[0]!.headers['keep-alive']);
      assert.ok(!Number.isNaN(Date.parse(answers[0]!.headers.date!)));
    });

    test('304 for a matching ETag, HEAD without a body, the plain body for a client that takes no compression', skip, async () => {
      const etag = (await exchange(origin, [get(article)], { expected: 1 })).answers[0]!.headers.etag!;
      const { answers } = await exchange(
        origin,
        [get(article, `If-None-Match: ${etag}`), get(article).replace('GET', 'HEAD'), get(article).replace('Accept-Encoding: gzip\r\n', '')],
        { expected: 3, heads: [1], waitFor: [0, 1, 2] },
      );
      assert.deepEqual(answers.map((a) => a.status), [304, 200, 200]);
      assert.equal(answers[0]!.headers.etag, etag);
      assert.equal(answers[0]!.body.length, 0);
      assert.ok(Number(answers[1]!.headers['content-length']) > 0);
      assert.equal(answers[2]!.headers['content-encoding'], undefined);
      assert.equal(h1(answers[2]!), 'Рада ухвалила бюджет');
    });

    test('requests sent ahead are answered in order: hits by the lane, a miss by Node on a relay, a body by Node for good', skip, async () => {
      const before = answered();
      const relayedBefore = t.app.hitLane!.relayed;
      // Two hits, a page not rendered yet, a hit, a POST with a body and a hit: one write.
      const post = ['POST /search/ HTTP/1.1', 'Host: news.example.com', 'Content-Type: application/x-www-form-urlencoded', 'Content-Length: 3', '', 'q=a'].join('\r\n');
      const { answers } = await exchange(origin, [get(article) + get('/') + get(other) + get(article) + post + get(article)], { expected: 6 });
      assert.deepEqual(answers.map((a) => a.status).slice(0, 4), [200, 200, 200, 200]);
      assert.deepEqual(answers.map((a) => a.headers['x-cache']), ['hit', 'hit', 'miss', 'hit', undefined, 'hit']);
      assert.equal(h1(answers[2]!), 'Гривня зміцнилася');
      assert.equal(h1(answers[3]!), 'Рада ухвалила бюджет');
      assert.ok(answers[4]!.status >= 400 && answers[4]!.status < 500, `POST answered ${answers[4]!.status}`);
      // The miss kept the connection in the lane; the POST gave it to Node, which served the last hit.
      assert.equal(answered() - before, 3);
      assert.equal(t.app.hitLane!.relayed - relayedBefore, 1);
    });

    test('a miss, a stylesheet and a 404 on a kept-alive connection are relayed to Node, and the lane keeps the connection', skip, async () => {
      const before = answered();
      const css = cheerio.load(text((await exchange(origin, [get(article)], { expected: 1 })).answers[0]!))('link[rel=stylesheet]').attr('href')!;
      const { answers, closed } = await exchange(origin, [get('/ru/'), get(css), get('/no-such-page/'), get(article), get('/ru/')], {
        expected: 5,
        waitFor: [0, 1, 2, 3, 4],
      });
      assert.equal(closed, false);
      assert.deepEqual(answers.map((a) => a.status), [200, 200, 404, 200, 200]);
      assert.deepEqual(answers.map((a) => a.headers['x-cache']), ['miss', undefined, 'miss', 'hit', 'hit']);
      assert.match(answers[1]!.headers['content-type']!, /^text\/css/);
      assert.equal(cheerio.load(text(answers[0]!))('html').attr('lang'), 'ru');
      assert.ok(answers.every((a) => a.headers.connection === 'keep-alive'));
      // The two hits after the relayed requests came from the lane, on the same connection.
      assert.equal(answered() - before, 1 + 2);
    });

    test('a client that sends faster than it reads: the lane waits for it, then answers everything in order', skip, async () => {
      // Plain bodies, so that the answers overflow the sockets' buffers many times over.
      const plain = get(article).replace('Accept-Encoding: gzip\r\n', '');
      const count = 3000;
      const before = answered();
      let whileHeld = 0;
      let heldConnections = 0;
      const { answers } = await exchange(origin, [plain.repeat(count)], {
        expected: count,
        hold: {
          ms: 500,
          then: () => {
            whileHeld = answered() - before;
            heldConnections = t.app.hitLane!.connections;
          },
        },
      });
      // Paused, not handed on: with the requests of one read all answered into memory, the lane
      // would have reached the read's last, cut-off request and given the connection to Node.
      assert.ok(whileHeld > 0 && whileHeld < count, `answered ${whileHeld} of ${count} while the client read nothing`);
      assert.equal(heldConnections, 1);
      assert.equal(answers.length, count);
      assert.ok(answers.every((a) => a.status === 200 && a.headers['x-cache'] === 'hit'));
      assert.equal(h1(answers[count - 1]!), 'Рада ухвалила бюджет');
      // Once a read ends inside a request, Node answers the rest of the connection.
      assert.ok(answered() - before >= whileHeld);
    });

    test('a client that shuts its side after sending still gets its answers, then the end of the connection', skip, async () => {
      const { answers, closed } = await exchange(origin, [get(article) + get('/')], { expected: 3, halfClose: true });
      assert.deepEqual(answers.map((a) => a.headers['x-cache']), ['hit', 'hit']);
      assert.equal(closed, true);
      const mixed = await exchange(origin, [get(article) + get('/nothing-here/')], { expected: 3, halfClose: true });
      assert.equal(mixed.answers[0]?.headers['x-cache'], 'hit');
      assert.equal(mixed.closed, true);
    });

    test('a body on a GET is read as a body, never as a request of its own', skip, async () => {
      // A client (or an attacker behind a proxy) hides a second request in the body of the first.
      const hidden = get('/');
      const smuggled = ['GET ' + article + ' HTTP/1.1', 'Host: news.example.com', `Content-Length: ${hidden.length}`, '', hidden].join('\r\n');
      const { answers, closed } = await exchange(origin, [smuggled + get(other, 'Connection: close')], { expected: 3 });
      assert.deepEqual(answers.map(h1), ['Рада ухвалила бюджет', 'Гривня зміцнилася']);
      assert.equal(closed, true);
    });

    test('a head split over packets, a malformed head, and Connection: close', skip, async () => {
      const request = get(article);
      const split = await exchange(origin, [request.slice(0, 20), request.slice(20)], { expected: 1, gapMs: 50 });
      assert.equal(split.answers[0]?.status, 200);
      const bad = await exchange(origin, [get(article) + 'GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n'], { expected: 3 });
      assert.deepEqual(bad.answers.map((a) => a.status), [200, 400]);
      assert.equal(bad.closed, true);
      const closing = await exchange(origin, [get(article, 'Connection: close') + get('/')], { expected: 2 });
      assert.equal(closing.answers.length, 1);
      assert.equal(closing.answers[0]!.headers.connection, 'close');
      assert.equal(closing.closed, true);
    });

    test('a change is seen at once: the lane answers nothing the cache no longer holds', skip, async () => {
      const before = await exchange(origin, [get('/')], { expected: 1 });
      assert.equal(before.answers[0]!.headers['x-cache'], 'hit');
      t.app.changeEvents.emit({ type: 'settings-changed' });
      const after = await exchange(origin, [get('/')], { expected: 1 });
      assert.equal(after.answers[0]!.headers['x-cache'], 'miss');
    });
  });
}

describe('hit lane when the server stops', () => {
  // Without the lane closing its connections, the server would wait for the client's keep-alive
  // connection to time out (two minutes here), past this test's time limit.
  test('connections it holds are closed, and the server closes without waiting for them', { timeout: 30_000 }, async (t) => {
    const skip = await dialectSkip('sqlite');
    if (skip.skip) return t.skip(skip.skip);
    const app = await buildTestApp('sqlite');
    let destroyed = false;
    try {
      app.app.server.keepAliveTimeout = 120_000;
      const origin = await listenLocally(app.app);
      await exchange(origin, [get('/')], { expected: 1 });
      const { hostname, port } = new URL(origin);
      const socket = connect(Number(port), hostname);
      const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      await new Promise<void>((resolve) => socket.on('connect', resolve));
      socket.write(get('/'));
      const answer = await new Promise<Buffer>((resolve) => socket.once('data', resolve));
      assert.match(answer.toString('latin1'), /^HTTP\/1\.1 200 OK\r\n[^]*x-cache: hit/);
      assert.equal(app.app.hitLane!.connections, 1);
      await app.destroy();
      destroyed = true;
      await ended;
      assert.equal(app.app.hitLane!.connections, 0);
    } finally {
      if (!destroyed) await app.destroy();
    }
  });
});

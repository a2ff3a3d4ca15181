import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { listenLocally } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';

/**
 * Hostile and malformed requests, sent as raw bytes on their own connections: the ones Node's HTTP
 * parser refuses before any route (control bytes or raw UTF-8 in the target, Content-Length with
 * Transfer-Encoding, folded headers, heads over 16 KB) and the ones Fastify refuses before routing
 * (bad percent-encoding). Each surface answers in its own shape: `{ error: { code, message } }`
 * with a documented code under /admin/api and /api/v1, the localized page of the address's
 * edition for readers. With the page cache (and its hit lane) and without.
 */

const HEAD_OVER_16_KB = `X-Padding: ${'a'.repeat(17 * 1024)}`;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

type Expected = { status: number } & ({ json: string } | { lang: 'uk' | 'ru' | 'en' });

/** What is sent, and what it must get. The default edition is uk (no prefix). */
const CORPUS: [name: string, bytes: Buffer, expected: Expected][] = [
  ['admin API path with bad percent-encoding', utf8('GET /admin/api/stories/%FF HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'BAD_REQUEST' }],
  ['read API path with bad percent-encoding', utf8('GET /api/v1/stories/%FF HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'BAD_REQUEST' }],
  ['reader path with bad percent-encoding', utf8('GET /en/news/%FF/ HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, lang: 'en' }],
  ['control byte in a reader target', utf8('GET /en/\x01 HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, lang: 'en' }],
  ['control byte in a read API target', utf8('GET /api/v1/\x7f HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['control byte in an admin API target', utf8('GET /admin/api/\x01 HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['raw UTF-8 in a reader query', utf8('GET /ru/search/?q=привет HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, lang: 'ru' }],
  ['raw UTF-8 in a read API query', utf8('GET /api/v1/search?q=привет HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['raw UTF-8 in an admin API query', utf8('GET /admin/api/stories/search?q=привет HTTP/1.1\r\nHost: a\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['Content-Length with Transfer-Encoding, reader', utf8('POST /en/ HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'), { status: 400, lang: 'en' }],
  ['Content-Length with Transfer-Encoding, admin API', utf8('POST /admin/api/session HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['Content-Length with Transfer-Encoding, read API', utf8('GET /api/v1/stories HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['a folded header, reader', utf8('GET /ru/ HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n'), { status: 400, lang: 'ru' }],
  ['a folded header, read API', utf8('GET /api/v1/stories HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['a folded header, admin API', utf8('GET /admin/api/session HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n'), { status: 400, json: 'MALFORMED_REQUEST' }],
  ['a head over 16 KB, reader', utf8(`GET /en/ HTTP/1.1\r\nHost: a\r\n${HEAD_OVER_16_KB}\r\n\r\n`), { status: 431, lang: 'en' }],
  ['a head over 16 KB, default edition', utf8(`GET / HTTP/1.1\r\nHost: a\r\n${HEAD_OVER_16_KB}\r\n\r\n`), { status: 431, lang: 'uk' }],
  ['a head over 16 KB, read API', utf8(`GET /api/v1/stories HTTP/1.1\r\nHost: a\r\n${HEAD_OVER_16_KB}\r\n\r\n`), { status: 431, json: 'HEADERS_TOO_LARGE' }],
  ['a head over 16 KB, admin API', utf8(`GET /admin/api/session HTTP/1.1\r\nHost: a\r\n${HEAD_OVER_16_KB}\r\n\r\n`), { status: 431, json: 'HEADERS_TOO_LARGE' }],
  ['no request line at all', utf8('GARBAGE\r\n\r\n'), { status: 400, lang: 'uk' }],
];

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends the bytes on a fresh connection and reads one answer, until the server closes or the whole body is in. */
function send(origin: string, bytes: Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const parse = (): RawAnswer | undefined => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      if (end === -1) return undefined;
      const [line = '', ...lines] = all.toString('latin1', 0, end).split('\r\n');
      const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const body = all.subarray(end + 4);
      const length = Number(headers.get('content-length'));
      if (!Number.isInteger(length) || body.length < length) return undefined;
      return { status: Number(line.split(' ')[1]), headers, body: body.subarray(0, length).toString('utf8') };
    };
    let done = false;
    const finish = () => {
      if (done) return;
      const answer = parse();
      if (!answer) return;
      done = true;
      socket.destroy();
      resolve(answer);
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      finish();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (!done) reject(new Error(`connection closed without a whole answer: ${JSON.stringify(Buffer.concat(chunks).toString('latin1').slice(0, 200))}`));
    });
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(bytes);
  });
}

const DOCUMENTED = new Set([...readFileSync('docs/errors.md', 'utf8').matchAll(/`([A-Z_]{3,})`/g)].map((m) => m[1]!));

for (const dialect of DIALECTS) {
  for (const cache of ['with the page cache', 'without the page cache'] as const) {
    describe(`malformed requests (${dialect}, ${cache})`, async () => {
      const skip = await dialectSkip(dialect);
      let t: TestApp;
      let origin: string;
      before(async () => {
        if (skip.skip) return;
        t = await buildTestApp(dialect, cache === 'without the page cache' ? { pageCacheMb: 0 } : {});
        origin = await listenLocally(t.app);
      });
      after(async () => t?.destroy());

      test('each gets its surface’s shape and status', skip, async () => {
        for (const [name, bytes, expected] of CORPUS) {
          const answer = await send(origin, bytes);
          assert.equal(answer.status, expected.status, name);
          const type = answer.headers.get('content-type') ?? '';
          // The security headers of every answer (BASE_URL is https in tests).
          assert.match(answer.headers.get('strict-transport-security') ?? '', /max-age=\d{8,}; includeSubDomains/, name);
          assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', name);
          if ('json' in expected) {
            assert.match(type, /^application\/json/, name);
            const parsed = JSON.parse(answer.body) as { error: { code: string; message: string } };
            assert.deepEqual(Object.keys(parsed), ['error'], name);
            assert.equal(parsed.error.code, expected.json, name);
            assert.equal(typeof parsed.error.message, 'string', name);
            assert.ok(DOCUMENTED.has(parsed.error.code), `${name}: ${parsed.error.code} is in docs/errors.md`);
          } else {
            assert.match(type, /^text\/html/, name);
            const $ = cheerio.load(answer.body);
            assert.equal($('html').attr('lang'), expected.lang, name);
            assert.equal($('meta[name="robots"]').attr('content'), 'noindex', name);
          }
        }
      });

      test('a malformed request sent behind a good one waits for its answer, then gets its own', skip, async () => {
        const statuses = await new Promise<string[]>((resolve) => {
          const { hostname, port } = new URL(origin);
          const socket = connect(Number(port), hostname);
          let text = '';
          socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
          socket.on('error', () => {});
          // The server closes the connection after the second answer.
          socket.on('close', () => resolve([...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]!)));
          socket.setTimeout(10_000, () => socket.destroy());
          socket.write('GET /en/ HTTP/1.1\r\nHost: a\r\n\r\nGET /en/\x01 HTTP/1.1\r\nHost: a\r\n\r\n');
        });
        assert.deepEqual(statuses, ['200', '400']);
      });

      test('the server goes on answering well-formed requests', skip, async () => {
        const answer = await send(origin, utf8('GET /en/ HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'));
        assert.equal(answer.status, 200);
      });
    });
  }
}

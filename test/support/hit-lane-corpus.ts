/**
 * Request-smuggling and parser-edge inputs for the hit lane (test/hit-lane-smuggling.test.ts,
 * `npm run fuzz:hit-lane`), and their mutations from a seeded generator, so that every case can be
 * made again from its seed and number.
 */

const H = 'Host: news.example.com';
const lines = (...parts: string[]) => parts.join('\r\n') + '\r\n\r\n';
const hit = (...headers: string[]) => lines('GET /hit HTTP/1.1', H, ...headers);
const miss = (...headers: string[]) => lines('GET /miss HTTP/1.1', H, ...headers);
const smuggled = hit();

/** Named inputs: each is sent as it is, then mutated. */
export const CORPUS: Record<string, string> = {
  'plain hit': hit(),
  'plain miss': miss(),
  'HEAD hit': lines('HEAD /hit HTTP/1.1', H),
  'HEAD with a body': lines('HEAD /hit HTTP/1.1', H, 'Content-Length: 5') + 'hello',
  'conditional hit': hit('If-None-Match: "h1"'),
  'pipelined hits': hit() + hit() + hit('Connection: close'),
  'pipelined misses': miss() + miss() + miss(),
  'pipelined mix': hit() + miss() + hit() + lines('GET /hit/x?y=1 HTTP/1.1', H) + miss() + hit(),
  'hit then POST then hit': hit() + lines('POST /form HTTP/1.1', H, 'Content-Length: 3') + 'a=1' + hit(),
  'CL.TE': lines('POST /form HTTP/1.1', H, 'Content-Length: 6', 'Transfer-Encoding: chunked') + '0\r\n\r\nG' + smuggled,
  'TE.CL': lines('POST /form HTTP/1.1', H, 'Transfer-Encoding: chunked', 'Content-Length: 4') + `${smuggled.length.toString(16)}\r\n${smuggled}\r\n0\r\n\r\n`,
  'GET with CL hiding a request': lines('GET /hit HTTP/1.1', H, `Content-Length: ${smuggled.length}`) + smuggled,
  'GET with chunked body': lines('GET /hit HTTP/1.1', H, 'Transfer-Encoding: chunked') + `5\r\nhello\r\n0\r\n\r\n` + hit(),
  'duplicate Content-Length': lines('GET /hit HTTP/1.1', H, 'Content-Length: 0', 'Content-Length: 5') + 'hello' + hit(),
  'signed Content-Length': lines('GET /hit HTTP/1.1', H, 'Content-Length: +5') + 'hello' + hit(),
  'negative Content-Length': lines('GET /hit HTTP/1.1', H, 'Content-Length: -1') + hit(),
  'Content-Length list': lines('GET /hit HTTP/1.1', H, 'Content-Length: 5, 5') + 'hello' + hit(),
  'obs-fold': 'GET /hit HTTP/1.1\r\n' + H + '\r\nX-A: 1\r\n 2\r\n\r\n' + hit(),
  'obs-fold in Transfer-Encoding': 'GET /hit HTTP/1.1\r\n' + H + '\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n' + hit(),
  'bare LF line endings': 'GET /hit HTTP/1.1\n' + H + '\n\n' + hit(),
  'bare LF inside the head': 'GET /hit HTTP/1.1\r\n' + H + '\nX-A: 1\r\n\r\n' + hit(),
  'bare CR': 'GET /hit HTTP/1.1\r\n' + H + '\rX-A: 1\r\n\r\n' + hit(),
  'chunk extensions': lines('POST /form HTTP/1.1', H, 'Transfer-Encoding: chunked') + '3;ext=1\r\nabc\r\n0;x\r\n\r\n' + hit(),
  'chunked, identity': lines('POST /form HTTP/1.1', H, 'Transfer-Encoding: chunked, identity') + '3\r\nabc\r\n0\r\n\r\n' + hit(),
  'identity, chunked': lines('POST /form HTTP/1.1', H, 'Transfer-Encoding: identity, chunked') + '3\r\nabc\r\n0\r\n\r\n' + hit(),
  'Transfer-Encoding with space before colon': lines('POST /form HTTP/1.1', H, 'Transfer-Encoding : chunked') + '0\r\n\r\n' + hit(),
  'HTTP/1.0': lines('GET /hit HTTP/1.0', H) + hit(),
  'HTTP/1.0 keep-alive': lines('GET /hit HTTP/1.0', H, 'Connection: keep-alive') + hit(),
  'HTTP/1.0 without Host': lines('GET /hit HTTP/1.0') + hit(),
  'HTTP/0.9': 'GET /hit\r\n\r\n',
  'HTTP/2 preface': 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  'upgrade to websocket': lines('GET /hit HTTP/1.1', H, 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==') + hit(),
  'Connection: keep-alive, upgrade': lines('GET /hit HTTP/1.1', H, 'Connection: keep-alive, Upgrade', 'Upgrade: h2c') + hit(),
  'Expect: 100-continue': lines('GET /hit HTTP/1.1', H, 'Expect: 100-continue') + hit(),
  'absolute-form target': lines('GET http://news.example.com/hit HTTP/1.1', H) + hit(),
  'OPTIONS *': lines('OPTIONS * HTTP/1.1', H) + hit(),
  'CONNECT': lines('CONNECT news.example.com:443 HTTP/1.1', H) + hit(),
  'over-long head': lines('GET /hit HTTP/1.1', H, 'X-Long: ' + 'a'.repeat(17 * 1024)) + hit(),
  'head just under the lane limit': lines('GET /hit HTTP/1.1', H, 'X-Long: ' + 'a'.repeat(16 * 1024 - 64)) + hit(),
  'over-long target': lines('GET /hit?' + 'q'.repeat(20 * 1024) + ' HTTP/1.1', H) + hit(),
  'NUL in the target': lines('GET /hit\0 HTTP/1.1', H) + hit(),
  'high byte in the target': lines('GET /hit\xff HTTP/1.1', H) + hit(),
  'NUL in a header value': lines('GET /hit HTTP/1.1', H, 'X-A: a\0b') + hit(),
  'high bytes in a header value': lines('GET /hit HTTP/1.1', H, 'X-A: \xe9\xff') + hit(),
  'tab in a header value': lines('GET /hit HTTP/1.1', H, 'X-A: a\tb') + hit(),
  'space in a header name': lines('GET /hit HTTP/1.1', H, 'X A: 1') + hit(),
  'space before the colon': lines('GET /hit HTTP/1.1', 'Host : news.example.com') + hit(),
  'empty header name': lines('GET /hit HTTP/1.1', H, ': 1') + hit(),
  'duplicate Host': lines('GET /hit HTTP/1.1', H, 'Host: other.example.com') + hit(),
  'missing Host on 1.1': lines('GET /hit HTTP/1.1') + hit(),
  'empty Host': lines('GET /hit HTTP/1.1', 'Host:') + hit(),
  'lowercase method': lines('get /hit HTTP/1.1', H) + hit(),
  'unknown method': lines('BREW /hit HTTP/1.1', H) + hit(),
  'two spaces after the method': lines('GET  /hit HTTP/1.1', H) + hit(),
  'lowercase version': lines('GET /hit http/1.1', H) + hit(),
  'HTTP/1.2': lines('GET /hit HTTP/1.2', H) + hit(),
  'trailing space after the version': lines('GET /hit HTTP/1.1 ', H) + hit(),
  'fragment in the target': lines('GET /hit#x HTTP/1.1', H) + hit(),
  'percent-encoded target': lines('GET /hit/%2e%2e/x HTTP/1.1', H) + hit(),
  'repeated Accept-Encoding': hit('Accept-Encoding: gzip', 'Accept-Encoding: br'),
  'repeated If-None-Match': hit('If-None-Match: "x"', 'If-None-Match: "h1"'),
  'Connection: close, keep-alive': hit('Connection: close, keep-alive') + hit(),
  'TE: trailers': hit('TE: trailers') + hit(),
  'Trailer header': hit('Trailer: X-A') + hit(),
  'empty lines before the request': '\r\n\r\n' + hit(),
  'a lone CRLF between requests': hit() + '\r\n' + hit(),
  'request cut in the head': hit() + 'GET /hit HTTP/1.1\r\nHo',
  'request cut in the body': lines('POST /form HTTP/1.1', H, 'Content-Length: 10') + 'abc',
  'garbage after a hit': hit() + '\x16\x03\x01\x00\xa5',
};

/** mulberry32: small, fast and reproducible from a 32-bit seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BYTES = ['\r', '\n', '\r\n', ' ', '\t', ':', ',', ';', '\0', '\x7f', '\x80', '\xff', '0', '5', '+', '-', 'a', 'A', '/', '?', '"', '\x0b', '\x0c'];
const HEADERS = [
  'Content-Length: 0',
  'Content-Length: 5',
  'Content-Length: 05',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: identity',
  'Host: news.example.com',
  'Connection: close',
  'Connection: keep-alive',
  'Connection: upgrade',
  'Upgrade: websocket',
  'Expect: 100-continue',
  'Accept-Encoding: gzip',
  'If-None-Match: "h1"',
  'X-A: 1',
];
const names = Object.keys(CORPUS);

/** Case `n` of the fuzz from `seed`: a corpus input (or two run together) with 1 to 4 mutations. */
export function mutant(seed: number, n: number): Buffer {
  const random = prng((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let text = CORPUS[pick(names)]!;
  if (random() < 0.25) text += CORPUS[pick(names)]!;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (text.length + 1));
    switch (Math.floor(random() * 8)) {
      case 0: // insert a byte parsers care about
        text = text.slice(0, at) + pick(BYTES) + text.slice(at);
        break;
      case 1: // delete a few bytes
        text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        break;
      case 2: // replace a byte
        text = text.slice(0, at) + pick(BYTES) + text.slice(at + 1);
        break;
      case 3: {
        // insert a header line after a line break
        const line = text.indexOf('\r\n', at);
        if (line !== -1) text = text.slice(0, line + 2) + pick(HEADERS) + '\r\n' + text.slice(line + 2);
        break;
      }
      case 4: // change a letter's case
        text = text.slice(0, at) + (text[at] === text[at]?.toUpperCase() ? (text[at] ?? '').toLowerCase() : (text[at] ?? '').toUpperCase()) + text.slice(at + 1);
        break;
      case 5: // change a digit
        text = text.replace(/\d/g, (d, offset: number) => (offset >= at && random() < 0.3 ? String(Math.floor(random() * 10)) : d));
        break;
      case 6: // repeat a line
      {
        const start = text.lastIndexOf('\r\n', at);
        const end = text.indexOf('\r\n', at);
        if (start !== -1 && end > start) text = text.slice(0, end) + text.slice(start, end) + text.slice(end);
        break;
      }
      default: // cut the input short
        text = text.slice(0, Math.max(1, at));
    }
  }
  return Buffer.from(text, 'latin1');
}

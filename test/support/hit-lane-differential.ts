import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { installHitLane } from '../../src/web/cache/hit-lane.js';
import type { LaneRequest, RawHit } from '../../src/web/cache/page-cache.js';

/**
 * The hit lane against Node's own parser: two HTTP servers with the same application, one with
 * the lane in front, one without. The same bytes go to both; what the application saw (method,
 * target, the headers a hit depends on, the body, how many requests) and the bytes each answered
 * (without Date, with header names in one case) must be the same. Used by
 * test/hit-lane-smuggling.test.ts and `npm run fuzz:hit-lane`.
 */

/** What the application saw of one request. */
export interface Seen {
  method: string;
  target: string;
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
  body: string;
}

/** Paths the "cache" holds: `/hit` and anything under `/hit/`, whatever the query. */
const isHitPath = (target: string) => /^\/hit(\/[^?]*)?(\?.*)?$/.test(target);
const HIT_BODY = Buffer.from('a cached page\n', 'latin1');
const ETAG = '"h1"';

/** The hit as the page cache keeps it: status line and headers as bytes, then the body. */
function hitFor(method: string, ifNoneMatch: string | undefined): { status: number; headers: [string, string][]; body: Buffer | null } {
  const notModified = ifNoneMatch === ETAG;
  const headers: [string, string][] = [
    ['content-type', 'text/plain; charset=utf-8'],
    ['etag', ETAG],
  ];
  if (!notModified) headers.push(['content-length', String(HIT_BODY.length)]);
  return { status: notModified ? 304 : 200, headers, body: notModified || method === 'HEAD' ? null : HIT_BODY };
}

function rawHit(request: LaneRequest): RawHit {
  const hit = hitFor(request.method, request.headers['if-none-match']);
  const head = `HTTP/1.1 ${hit.status} ${hit.status === 304 ? 'Not Modified' : 'OK'}\r\n` + hit.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('');
  return { head: Buffer.from(head, 'latin1'), body: hit.body };
}

export interface Pair {
  lane: string;
  plain: string;
  /** What each server's application saw since the last take(). */
  take(): { lane: Seen[]; plain: Seen[] };
  /** Requests the lane has answered or relayed so far (not given to Node with their connection). */
  handled(): number;
  close(): Promise<void>;
}

/** The application: hits answered as the cache would on Node's way, anything else echoed after its body. */
function application(seen: Seen[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const record: Seen = {
      method: req.method ?? '',
      target: req.url ?? '',
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
      body: '',
    };
    seen.push(record);
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    // Hits are answered at once, as the page cache answers them before the router.
    const isHit = (record.method === 'GET' || record.method === 'HEAD') && isHitPath(record.target);
    if (isHit) {
      const hit = hitFor(record.method, record.ifNoneMatch);
      res.writeHead(hit.status, hit.headers.flat());
      res.end(hit.body ?? undefined);
    }
    req.on('end', () => {
      record.body = Buffer.concat(chunks).toString('latin1');
      if (isHit) return;
      const body = `seen ${record.method} ${record.target} ${record.body.length}\n`;
      res.writeHead(200, ['content-type', 'text/plain', 'content-length', String(Buffer.byteLength(body))]);
      res.end(record.method === 'HEAD' ? undefined : body);
    });
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts both servers on loopback ports. */
export async function startPair(): Promise<Pair> {
  const seenLane: Seen[] = [];
  const seenPlain: Seen[] = [];
  const laneServer = createServer(application(seenLane));
  const plainServer = createServer(application(seenPlain));
  for (const server of [laneServer, plainServer]) {
    server.keepAliveTimeout = 5_000;
    server.headersTimeout = 5_000;
    // The client shuts its side after sending; without this Node drops answers to requests it has
    // queued (the lane answers them), which would hide real differences among false ones.
    (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  }
  const lane = installHitLane(laneServer, (request) => {
    if (!isHitPath(request.target)) return undefined;
    seenLane.push({ method: request.method, target: request.target, acceptEncoding: request.headers['accept-encoding'], ifNoneMatch: request.headers['if-none-match'], body: '' });
    return rawHit(request);
  });
  if (!lane) throw new Error('the hit lane did not install itself');
  const [laneAt, plainAt] = await Promise.all([listen(laneServer), listen(plainServer)]);
  return {
    lane: laneAt,
    plain: plainAt,
    take() {
      return { lane: seenLane.splice(0), plain: seenPlain.splice(0) };
    },
    handled: () => lane.answered + lane.relayed,
    async close() {
      lane.close();
      for (const server of [laneServer, plainServer]) server.closeAllConnections();
      await Promise.all([laneServer, plainServer].map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
}

/**
 * Sends `bytes` on a new connection, shuts the sending side, and resolves with everything
 * answered until the server closes (or, past `deadlineMs`, what came so far and "open").
 */
export function send(address: string, bytes: Buffer, deadlineMs = 2_000): Promise<string> {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), host!, () => socket.end(bytes));
    const done = (suffix: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1') + suffix);
    };
    const timer = setTimeout(() => done('<open>'), deadlineMs);
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', () => done('<reset>'));
    socket.on('close', () => done(''));
  });
}

/** The answer bytes without what may differ between two correct servers: Date, X-Cache, header names' case. */
export function normalize(answer: string): string {
  // 100 Continue is written the moment Node reads the request, between the bytes of an answer still in progress.
  return answer.replace(/HTTP\/1\.1 100 Continue\r\n\r\n/g, '').replace(/^(date|x-cache): [^\r\n]*\r\n/gim, '').replace(/^(connection|keep-alive|content-length|content-type|etag):/gim, (name) => name.toLowerCase());
}

/** Node's refusal of a malformed request at the end of an answer: a 4xx head (and an empty body), then the close. */
const REFUSAL = /HTTP\/1\.1 4\d\d [^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n(?:0\r\n\r\n)?$/;

/**
 * The same answers, or the same ones up to where Node cut the connection. Node refuses a malformed
 * request while it parses, at once, and a CONNECT or an upgrade nobody takes ends the connection:
 * answers to requests ahead of it that were not finished are lost with it, and a refusal is
 * written only if no answer was in progress. The lane answers the requests ahead first, then gives
 * Node the rest. Both read the same requests (the application saw the same ones, compared apart);
 * only where the packet boundary fell differs. So: equal, or, once a refusal is set aside, one a
 * beginning of the other, where the shorter one was cut by a refusal or is Node's.
 */
function alike(lane: string, plain: string, laneTookPart: boolean): boolean {
  if (lane === plain) return true;
  const laneRefused = REFUSAL.exec(lane);
  const plainRefused = REFUSAL.exec(plain);
  const laneAnswers = laneRefused ? lane.slice(0, laneRefused.index) : lane;
  const plainAnswers = plainRefused ? plain.slice(0, plainRefused.index) : plain;
  if (laneAnswers.startsWith(plainAnswers)) return true;
  // Shorter on the lane's side: Node (behind the lane) cut it at the same malformed request, or
  // the lane gave the connection to Node at its first request (Node's against Node's).
  return plainAnswers.startsWith(laneAnswers) && (laneRefused !== null || plainRefused !== null || !laneTookPart);
}

export interface Difference {
  bytes: Buffer;
  lane: { answer: string; seen: Seen[] };
  plain: { answer: string; seen: Seen[] };
}

/** Sends `bytes` to both servers, one after the other; a Difference if they did not behave alike. */
export async function compare(pair: Pair, bytes: Buffer): Promise<Difference | undefined> {
  const handled = pair.handled();
  const laneAnswer = normalize(await send(pair.lane, bytes));
  const laneTookPart = pair.handled() !== handled;
  const plainAnswer = normalize(await send(pair.plain, bytes));
  const seen = pair.take();
  if (JSON.stringify(seen.lane) === JSON.stringify(seen.plain) && alike(laneAnswer, plainAnswer, laneTookPart)) return undefined;
  return { bytes, lane: { answer: laneAnswer, seen: seen.lane }, plain: { answer: plainAnswer, seen: seen.plain } };
}

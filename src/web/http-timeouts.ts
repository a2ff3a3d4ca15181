import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long the HTTP server waits for slow or silent clients. Node's defaults keep a connection
 * that announced a body and sent none for five minutes (`requestTimeout`), and a half-sent head
 * for a minute (`headersTimeout`), each checked only every 30 s: a few hundred such connections
 * from one client hold a process's sockets and memory for minutes.
 *
 * A single whole-request limit cannot tell a stalled client from a slow one: a phone on 3G
 * uploading a 20 MB photo (at 384 kbit/s, about seven minutes) needs far longer than an attacker
 * needs to be cut off. So a request's body must keep up a minimum average rate once a short grace
 * has passed (as Kestrel's MinRequestBodyDataRate), and the whole-request limit is only a last
 * resort, long enough for that upload.
 */
export interface HttpTimeouts {
  /** A request's head must be complete this long after it began (ms). */
  headersMs: number;
  /** Last resort: a whole request (head and body) must have arrived by then (ms). */
  requestMs: number;
  /** An idle kept-alive connection is closed after this long between requests (ms). */
  keepAliveMs: number;
  /** How often Node checks its connections against the head and request limits (ms). */
  checkEveryMs: number;
  /** A body may take this long before its rate is checked (ms). */
  bodyGraceMs: number;
  /** From then on, bytes per second the body must have averaged since its request began. */
  bodyMinBytesPerSecond: number;
}

/**
 * The production values, below a typical proxy's (nginx waits 60 s for a head and between body
 * reads, and keeps idle client connections 75 s), so that this server, not the proxy, decides.
 */
export const HTTP_TIMEOUTS: Readonly<HttpTimeouts> = Object.freeze({
  headersMs: 10_000,
  // 20 MB at 180 kbit/s: slower than any working 3G upload.
  requestMs: 15 * 60_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
  bodyGraceMs: 10_000,
  bodyMinBytesPerSecond: 1024,
});

/**
 * Sets Node's own limits on `server`. Must run before it listens: Node starts its connection
 * checks, at `connectionsCheckingInterval`, when the server starts listening.
 */
export function applyHttpTimeouts(server: Server, timeouts: Readonly<HttpTimeouts>): void {
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = timeouts.checkEveryMs;
}

/**
 * Watches the body of `req`, if it has one, and ends the connection the way Node ends one past its
 * request timeout (a `clientError` with `ERR_HTTP_REQUEST_TIMEOUT`, answered 408 if nothing was
 * answered yet) when the body falls below the minimum rate. Time in which the application has
 * not read what already arrived (its buffer is full) does not count against the client.
 */
export function watchBodyRate(server: Server, req: IncomingMessage, timeouts: Readonly<HttpTimeouts>): void {
  const length = req.headers['content-length'];
  if (length === undefined && req.headers['transfer-encoding'] === undefined) return;
  if (length === '0') return;
  const socket = req.socket;
  const base = socket.bytesRead;
  let counted = 0;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    if (req.readableLength < req.readableHighWaterMark) counted += now - last;
    last = now;
    if (req.complete || socket.destroyed) return stop();
    if (counted <= timeouts.bodyGraceMs) return;
    const needed = (timeouts.bodyMinBytesPerSecond * (counted - timeouts.bodyGraceMs)) / 1000;
    if (socket.bytesRead - base >= needed) return;
    stop();
    const error = Object.assign(new Error('the request body arrives too slowly'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' });
    // Node's own request timeout is answered this way, by the server's clientError handler; once
    // an answer has begun (a refusal sent before the body ended) nothing more can be said.
    const answering = (socket as Socket & { _httpMessage?: { headersSent: boolean } })._httpMessage;
    if (!answering?.headersSent && server.listenerCount('clientError') > 0) server.emit('clientError', error, socket);
    else socket.destroy();
  }, Math.min(1_000, timeouts.checkEveryMs));
  timer.unref();
  function stop(): void {
    clearInterval(timer);
    socket.removeListener('close', stop);
  }
  socket.once('close', stop);
}

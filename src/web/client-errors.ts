import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '../domain/errors.js';

/**
 * Answers to requests Node's HTTP parser refuses (a control byte or raw UTF-8 in the target,
 * Content-Length with Transfer-Encoding, a folded header line, a head over 16 KB, a head that takes
 * too long). They never reach the router, so no plugin's error handler runs: this handler reads
 * which surface the request was meant for from the raw bytes and has that surface say what to
 * answer, in the shape it answers everything else (JSON errors under /admin/api and /api/v1, a
 * localized page for readers).
 */

/** The three ways the site answers: the newsroom's API, the public read API and reader pages. */
export type Surface = 'admin-api' | 'read-api' | 'reader';

/** The statuses a parser rejection gets: malformed, too slow, or a head too large. */
export type RejectionStatus = 400 | 408 | 431;

/** What a surface answers to a rejected request: a content type, a body and its own headers. */
export interface Rejection {
  type: string;
  body: string;
  headers?: Readonly<Record<string, string>>;
}

export interface ClientErrorOptions {
  /** Each surface's answer; `target` is the raw request target (undefined when unknown). */
  answer(surface: Surface, status: RejectionStatus, target: string | undefined): Rejection;
  /** The security headers of an answer (HSTS, nosniff, the reader's CSP). */
  headers(surface: Surface, contentType: string): Readonly<Record<string, string>>;
  log?: (error: Error) => void;
}

/** The surface an address belongs to; absolute-form targets (`http://host/path`) count by their path. */
export function surfaceOf(target: string): Surface {
  const path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  if (path === '/api/v1' || path.startsWith('/api/v1/') || path.startsWith('/api/v1?')) return 'read-api';
  if (path === '/admin/api' || path.startsWith('/admin/api/') || path.startsWith('/admin/api?')) return 'admin-api';
  return 'reader';
}

/**
 * The request target of the request line at the start of the bytes Node was parsing, if they
 * start with one. Read as latin1, so any byte is one character and nothing is decoded.
 */
export function targetOf(rawPacket: unknown): string | undefined {
  if (!Buffer.isBuffer(rawPacket)) return undefined;
  const line = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+ ([^ \r\n]+)/.exec(rawPacket.toString('latin1', 0, Math.min(rawPacket.length, 8192)));
  return line?.[1];
}

/** The JSON error for a parser rejection, the same on both JSON surfaces (codes in docs/errors.md). */
export function parserRejectionError(status: RejectionStatus): { code: ErrorCode; message: string } {
  if (status === 431) return { code: 'HEADERS_TOO_LARGE', message: 'the request head is larger than 16 KB' };
  if (status === 408) return { code: 'REQUEST_TIMEOUT', message: 'the request head did not arrive in time' };
  return { code: 'MALFORMED_REQUEST', message: 'the request is not valid HTTP/1.1 (percent-encode the address; no folded or conflicting headers)' };
}

function statusOf(error: NodeJS.ErrnoException): RejectionStatus {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/** How long a connection whose request was refused may stay open for its answer to be read (ms). */
const LINGER_MS = 5_000;
/** Connections already answered: Node's parser may report the same connection again. */
const answered = new WeakSet<Duplex>();

/**
 * Builds the server's `clientError` handler (Fastify's `clientErrorHandler` option). It writes one
 * complete response (status line, Content-Type, Content-Length, Connection: close) and ends the
 * connection; it never throws, since nothing above it would catch it.
 *
 * @example Fastify({ clientErrorHandler: clientErrorHandler({ answer, headers: () => ({}) }) })
 */
export function clientErrorHandler(options: ClientErrorOptions): (error: NodeJS.ErrnoException & { rawPacket?: unknown }, socket: Duplex) => void {
  const respond = (error: NodeJS.ErrnoException & { rawPacket?: unknown }, socket: Duplex): void => {
    try {
      // A reset connection, or one already answered: nothing can or needs to be said.
      if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
      // A request before this one on the connection (pipelined) is still being answered: this
      // answer follows it, rather than cutting it off as Node's own handler does.
      // A request timed out (its body stalled) is itself the one in flight: it is answered now.
      const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
      const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' && inFlight !== null && inFlight !== undefined && !inFlight.headersSent;
      if (inFlight && !inFlight.writableFinished && !timedOut) {
        answered.add(socket);
        inFlight.once('finish', () => {
          answered.delete(socket);
          respond(error, socket);
        });
        inFlight.once('close', () => {
          if (!inFlight.writableFinished) socket.destroy();
        });
        return;
      }
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      answered.add(socket);
      const status = statusOf(error);
      const target = targetOf(error.rawPacket);
      const surface = target === undefined ? 'reader' : surfaceOf(target);
      let rejection: Rejection;
      try {
        rejection = options.answer(surface, status, target);
      } catch (failure) {
        options.log?.(failure as Error);
        rejection = { type: 'text/plain; charset=utf-8', body: `${status} ${STATUS_CODES[status]}\n` };
      }
      const body = Buffer.from(rejection.body, 'utf8');
      const headers: Record<string, string> = {
        ...options.headers(surface, rejection.type),
        ...rejection.headers,
        'content-type': rejection.type,
        'content-length': String(body.length),
        date: new Date().toUTCString(),
        connection: 'close',
      };
      let head = `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n`;
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      // Keep reading (and dropping) what the client still sends: closing with unread bytes would
      // reset the connection, and the client could lose the answer before reading it.
      socket.on('data', () => {});
      socket.resume();
      socket.end(Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), body]));
      const linger = setTimeout(() => socket.destroy(), LINGER_MS);
      linger.unref();
      socket.once('close', () => clearTimeout(linger));
    } catch (failure) {
      options.log?.(failure as Error);
      socket.destroy();
    }
  };
  return respond;
}

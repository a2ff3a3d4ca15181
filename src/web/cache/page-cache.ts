import { STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { keysOfChange, CacheKey } from '../../domain/cache-keys.js';
import type { ChangeEvents } from '../../services/events/change-events.js';
import { etagOf, isNotModified } from '../conditional.js';
import { PageStore, type CachedResponse, type EntryClass } from './page-store.js';

/**
 * The page cache: reader pages, feeds and sitemaps kept rendered and compressed in memory, served
 * before the request reaches the router, and evicted exactly when a change touches what they show
 * (docs/decisions/0010-page-cache.md).
 *
 * A route opts in by naming, on its reply, the surrogate keys of what its response shows
 * ({@link cacheAs}) and, in its route config, the query parameters it reads (`cacheParams`).
 * The response is then filed, compressed once in each encoding a client asks for (brotli, gzip),
 * and sent with a strong ETag, `Cache-Control` for browsers and CDNs, and a `Surrogate-Key` header
 * listing its keys.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The query parameters the route reads; all others are ignored when it is cached. */
    cacheParams?: readonly string[];
  }
  interface FastifyReply {
    /** Set by {@link cacheAs}: the response may be cached under these keys. */
    pageCache?: CacheSpec;
  }
}

export interface CacheSpec {
  keys: Iterable<string>;
  /** Epoch ms when what the page shows changes by itself (a day ends, a time window moves). */
  expiresAt?: number;
  /** How long a shared cache (CDN) keeps it when no purge reaches it; the default suits pages. */
  kind?: 'page' | 'search' | 'error';
}

/** Marks a response as cacheable under the keys of what it shows. */
export function cacheAs(reply: FastifyReply, spec: CacheSpec): FastifyReply {
  reply.pageCache = spec;
  return reply;
}

export interface PageCacheOptions {
  /** Bytes of responses kept; 0 keeps none (headers are still sent, for a CDN). */
  maxBytes: number;
  events: ChangeEvents;
  /** With a purge hook a CDN may keep pages long: every change reaches it. */
  purging: boolean;
  now?: () => number;
  log?: (message: string) => void;
}

/** 404 pages are kept briefly: a client inventing addresses should not fill memory for long. */
const ERROR_TTL_MS = 30_000;
/** While other processes' changes may be missed (the relay is down), nothing is kept longer than this. */
const DEGRADED_TTL_MS = 5_000;
const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6 };
/** Brotli 5: about gzip 9's speed, a smaller body; made once per entry, in the thread pool. */
const BROTLI_QUALITY = 5;
/** A response compressed for one client and dropped: the fastest levels (compressForOne). */
const ONE_OFF_BROTLI: zlib.BrotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } };
const ONE_OFF_GZIP: zlib.ZlibOptions = { level: 1 };
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const gunzip = promisify(zlib.gunzip);
const unbrotli = promisify(zlib.brotliDecompress);
/** Responses smaller than this are sent as they are. */
const COMPRESS_MIN = 1024;
/** Response headers that never go into the cache. */
const UNCACHED_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'date', 'set-cookie', 'x-cache']);

/** Longest a request waits for an identical one's render before rendering itself. */
const WAIT_MS = 5_000;
const SINCE = Symbol('pageCacheSince');
type TaggedRequest = IncomingMessage & { [SINCE]?: number };

/**
 * The headers of a hit, as flat [name, value, name, value, …] lists (writeHead takes them
 * without walking an object's keys), made on an entry's first hit in each form and kept on it,
 * so that a hit builds nothing.
 */
type HeaderList = string[];
type Form = 'identity' | 'gzip' | 'br' | 'notModified';

export class PageCache {
  readonly store: PageStore;
  private readonly inflight = new Map<string, Promise<void>>();
  /** Bodies being made in another encoding for entries already kept (see {@link encode}). */
  private readonly making = new WeakMap<CachedResponse, Partial<Record<'br' | 'gzip', Promise<void>>>>();
  private readonly stop: (() => void)[] = [];

  constructor(private readonly options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes, options.now);
    this.stop.push(
      options.events.on((event) => {
        const keys = keysOfChange(event);
        if (keys.includes(CacheKey.site)) this.store.clear();
        else this.store.invalidate(keys);
      }),
      options.events.onRelayState((state) => {
        // Changes made elsewhere may be missed while the relay is down: keep pages only briefly,
        // and once it is back, forget everything that may have been missed.
        if (state === 'down') {
          options.log?.('change events from other processes may be missed: cached pages now expire after 5 s');
          this.store.expireWithin(DEGRADED_TTL_MS);
        } else {
          options.log?.('change events from other processes flow again: page cache cleared');
          this.store.clear();
        }
      }),
    );
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  close(): void {
    for (const off of this.stop.splice(0)) off();
  }

  /**
   * Serves a request from the cache before the router sees it. Returns false when the request is
   * not the cache's to answer; `next` is then called at once, or after an identical request in
   * flight has filled the entry (so a hot page that just changed is rendered once, not by every
   * waiting client).
   */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const method = req.method;
    if ((method !== 'GET' && method !== 'HEAD') || !this.enabled) return next();
    const url = req.url ?? '/';
    const [path, query] = splitUrl(url);
    const entry = this.store.get(path, query);
    if (entry) return this.serve(req, res, entry);
    const pending = this.inflight.get(url);
    if (pending) {
      // A render that takes too long no longer holds its waiters: they render for themselves.
      let timer: NodeJS.Timeout | undefined;
      const waited = Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_MS)))]);
      void waited.then(() => {
        clearTimeout(timer);
        // A client that went away while waiting gets nothing, and must not take the slot.
        if (res.destroyed || res.writableEnded) return;
        const filled = this.store.get(path, query);
        if (filled) this.serve(req, res, filled);
        else this.forward(req, res, next, url);
      });
      return;
    }
    this.forward(req, res, next, url);
  }

  private forward(req: TaggedRequest, res: ServerResponse, next: () => void, url: string): void {
    req[SINCE] = this.store.version;
    if (req.method === 'GET' && !this.inflight.has(url) && !res.destroyed) {
      let done!: () => void;
      this.inflight.set(url, new Promise<void>((resolve) => (done = resolve)));
      res.once('close', () => {
        this.inflight.delete(url);
        done();
      });
    }
    next();
  }

  /**
   * Fastify's onSend hook: files a cacheable response (the route called {@link cacheAs}) and
   * sends this one already compressed, with the headers a hit gets.
   */
  async onSend(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const spec = reply.pageCache;
    if (!spec) return payload;
    const status = reply.statusCode;
    if ((status !== 200 && status !== 404) || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    if (reply.hasHeader('set-cookie')) return payload;

    // Until this hook copies it or returns, `encoded` may be a view of memory the next page reuses.
    const encoded = typeof payload === 'string' ? utf8View(payload) : payload;
    // One string for the header and the store's index alike.
    const keys = [...new Set([CacheKey.site, ...spec.keys])].join(' ');
    const etag = etagOf(encoded);
    reply.header('etag', etag);
    reply.header('cache-control', cacheControl(status === 404 ? 'error' : (spec.kind ?? 'page'), this.options.purging));
    reply.header('surrogate-key', keys);
    reply.header('vary', 'accept-encoding');
    if (req.method !== 'GET') return payload;
    const [path, query] = splitUrl(req.url);
    const params = req.routeOptions.config.cacheParams ?? [];
    const cls: EntryClass = status === 404 ? 'error' : query !== '' && params.length > 0 ? 'query' : 'page';
    // Kept only when the store admits it (its two compressed copies take about half the plain size).
    if (!this.store.admits(path, cls, encoded.length / 2)) {
      if (this.enabled) reply.header('x-cache', 'miss');
      return compressForOne(req, reply, encoded);
    }
    const identity = encoded === payload ? encoded : Buffer.from(encoded);

    // Compressed in the encoding this client takes (gzip for one that takes neither); the other
    // is made when a client first asks for it. After a change evicts many pages, each is then
    // rendered and compressed once, not twice, before it is served again.
    const small = identity.length < COMPRESS_MIN;
    const wanted = pickEncoding(req.headers['accept-encoding'], !small, !small);
    const made: 'br' | 'gzip' = wanted === 'br' ? 'br' : 'gzip';
    const body = small ? null : await compress(identity, made);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !UNCACHED_HEADERS.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const lastModified = headers['last-modified'] ? Date.parse(headers['last-modified']) : NaN;
    const now = (this.options.now ?? Date.now)();
    const entry: CachedResponse = {
      status,
      headers,
      etag,
      lastModified: Number.isNaN(lastModified) ? null : lastModified,
      // The plain body is kept only when it is too small to compress; clients that take no
      // compression (rare: some bots) get it inflated from a compressed copy.
      identity: body ? null : identity,
      identityLength: identity.length,
      gzip: made === 'gzip' ? body : null,
      br: made === 'br' ? body : null,
      keys,
      expiresAt: Math.min(spec.expiresAt ?? Infinity, status === 404 ? now + ERROR_TTL_MS : Infinity),
    };
    const since = (req.raw as TaggedRequest)[SINCE] ?? this.store.version;
    this.store.put(path, query, params, cls, entry, since);

    reply.header('x-cache', 'miss');
    if (!body || wanted === 'identity') return identity;
    reply.header('content-encoding', wanted);
    return body;
  }

  /**
   * Answers from a cached entry: 304 when the client has it, else the body in its best encoding,
   * made first if no client has asked for that one yet.
   */
  private serve(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
    const encoding = formFor(entry, req.headers);
    if (encoding === 'notModified') {
      res.writeHead(304, headersOf(entry, 'notModified'));
      res.end();
      return;
    }
    if (encoding === 'identity' || entry[encoding] !== null) return send(req, res, entry, encoding);
    this.encode(entry, encoding).then(
      () => {
        if (!res.destroyed && !res.writableEnded) send(req, res, entry, encoding);
      },
      (error: Error) => {
        this.options.log?.(`a cached page could not be compressed: ${error.message}`);
        res.destroy();
      },
    );
  }

  /**
   * The answer to a request the cache holds in the form it asks for, as the hit lane writes it on
   * the socket itself (hit-lane.ts): the same status, headers and body {@link handle} would send.
   * Undefined when the request has to go the whole way: nothing is cached for it, or its entry
   * lacks the encoding it asks for (made on that way, once).
   */
  hit(request: LaneRequest): RawHit | undefined {
    if (!this.enabled) return undefined;
    const [path, query] = splitUrl(request.target);
    const entry = this.store.get(path, query, true);
    if (!entry) return undefined;
    const form = formFor(entry, request.headers);
    if (form !== 'notModified' && form !== 'identity' && entry[form] === null) return undefined;
    const head = this.rawHead(entry, form);
    if (head === null) return undefined;
    if (form === 'notModified' || request.method === 'HEAD') return { head, body: null };
    return { head, body: bodyOf(entry, form) };
  }

  /** An entry's raw head in one form, counted against the budget when first made. */
  private rawHead(entry: CachedResponse, form: Form): Buffer | null {
    const kept = entry.rawHeads?.[form];
    if (kept !== undefined) return kept;
    const made = rawHeadOf(entry, form);
    if (made) this.store.grow(entry, made.length);
    return made;
  }

  /** Makes an entry's body in another encoding, once however many clients ask for it at a time. */
  private encode(entry: CachedResponse, encoding: 'br' | 'gzip'): Promise<void> {
    let making = this.making.get(entry);
    if (!making) this.making.set(entry, (making = {}));
    return (making[encoding] ??= (async () => {
      const plain = entry.gzip ? await gunzip(entry.gzip) : await unbrotli(entry.br!);
      const body = await compress(plain, encoding);
      entry[encoding] = body;
      this.store.grow(entry, body.length);
    })().catch((error: unknown) => {
      // The next client tries again.
      delete making[encoding];
      throw error;
    }));
  }
}

/** A body compressed for the cache: gzip 6, or brotli 5 (about gzip 9's speed, a smaller body). */
async function compress(plain: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(plain, GZIP_OPTIONS);
  const body = await brotli(plain, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      // A window no larger than the page: the encoder then allocates kilobytes, not megabytes.
      [zlib.constants.BROTLI_PARAM_LGWIN]: Math.max(16, Math.min(24, Math.ceil(Math.log2(plain.length + 1)))),
    },
  });
  return Buffer.from(body); // its own exact-size memory, not a slice of a larger one
}

const encoder = new TextEncoder();
/** Room for a page of a few hundred kilobytes; a larger one is encoded in its own buffer. */
const scratch = new Uint8Array(1 << 20);

/**
 * A page's text as UTF-8, encoded into one kept buffer: a view of it, valid until the next call
 * (a caller that keeps or sends the bytes copies them). `encodeInto` takes about two thirds of
 * the time of `Buffer.from`, which measures the length in a pass of its own before encoding; a
 * page compressed for one client needs its bytes only to hash and compress them.
 */
export function utf8View(text: string): Buffer {
  if (text.length * 3 > scratch.length) return Buffer.from(text, 'utf8');
  const { written } = encoder.encodeInto(text, scratch);
  return Buffer.from(scratch.buffer, scratch.byteOffset, written);
}

/**
 * A response nothing keeps, compressed for this client alone and quickly (a CDN in front keeps
 * the result). In this thread: for a page of tens of kilobytes the thread pool's hand-over costs
 * more than the work.
 */
function compressForOne(req: FastifyRequest, reply: FastifyReply, identity: Buffer): Buffer {
  // brotli before gzip here: at quality 1 it takes about half of zlib's gzip level 1 on a 31 kB
  // article page, for a body a few per cent larger (decision 0012).
  const encoding = identity.length < COMPRESS_MIN ? 'identity' : pickEncoding(req.headers['accept-encoding'], true, true);
  // Sent as it is: bytes of its own, as the socket may hold them after this returns.
  if (encoding === 'identity') return identity.buffer === scratch.buffer ? Buffer.from(identity) : identity;
  reply.header('content-encoding', encoding);
  return encoding === 'br' ? zlib.brotliCompressSync(identity, ONE_OFF_BROTLI) : zlib.gzipSync(identity, ONE_OFF_GZIP);
}

/**
 * Browsers revalidate every time (a 304 costs a few hundred bytes) so a reader never sees an old
 * page; a CDN keeps pages a day when the purge hook tells it of every change, else briefly, and
 * may serve a stale page while it refetches or while we are down.
 */
export function cacheControl(kind: NonNullable<CacheSpec['kind']>, purging: boolean): string {
  const shared = kind === 'error' ? 30 : kind === 'search' ? 60 : purging ? 86_400 : 10;
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=30, stale-if-error=86400`;
}

/** A request target's path and its query string without "?". */
function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
}

type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts among those at hand (q=0 refuses one). */
function pickEncoding(header: string | undefined, br: boolean, gzip: boolean): Encoding {
  if (!header || (!br && !gzip)) return 'identity';
  if (!header.includes(';')) {
    if (br && header.includes('br')) return 'br';
    if (gzip && header.includes('gzip')) return 'gzip';
    return 'identity';
  }
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) accepted.add(name!.trim());
  }
  if (br && accepted.has('br')) return 'br';
  if (gzip && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return 'identity';
}

function headersOf(entry: CachedResponse, form: Form): HeaderList {
  const forms = (entry.hitHeaders ??= {});
  const made = forms[form];
  if (made) return made;
  const list: HeaderList = [];
  for (const name in entry.headers) if (form !== 'notModified' || name !== 'content-type') list.push(name, entry.headers[name]!);
  list.push('x-cache', 'hit');
  if (form === 'gzip' || form === 'br') list.push('content-encoding', form, 'content-length', String(entry[form]!.length));
  else if (form === 'identity') list.push('content-length', String(entry.identityLength));
  return (forms[form] = list);
}

/** A GET or HEAD the hit lane read off a connection: its target and the headers a hit depends on. */
export interface LaneRequest {
  method: 'GET' | 'HEAD';
  /** The request target as sent: a path, and maybe "?" and a query. */
  target: string;
  headers: Pick<IncomingHttpHeaders, 'accept-encoding' | 'if-none-match' | 'if-modified-since'>;
}

/** A hit as bytes for the socket: the head (each line ending in CRLF, no blank line) and the body. */
export interface RawHit {
  head: Buffer;
  /** Null for HEAD and 304. */
  body: Buffer | null;
}

/** Characters a header line may carry as is (RFC 9110 5.5); anything else goes Node's way, which refuses it. */
const HEADER_TEXT = /^[\t\x20-\x7e\x80-\xff]*$/;

/** An entry's status line and headers in one form, kept on it; null if a header cannot be written raw. */
function rawHeadOf(entry: CachedResponse, form: Form): Buffer | null {
  const heads = (entry.rawHeads ??= {});
  const status = form === 'notModified' ? 304 : entry.status;
  const list = headersOf(entry, form);
  let head = `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n`;
  for (let i = 0; i < list.length; i += 2) {
    if (!HEADER_TEXT.test(list[i]!) || !HEADER_TEXT.test(list[i + 1]!)) return (heads[form] = null);
    head += `${list[i]}: ${list[i + 1]}\r\n`;
  }
  return (heads[form] = Buffer.from(head, 'latin1'));
}

/** Sends a cached entry's body in an encoding it has. */
function send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, encoding: Encoding): void {
  res.writeHead(entry.status, headersOf(entry, encoding));
  if (req.method === 'HEAD') res.end();
  else res.end(bodyOf(entry, encoding));
}

/**
 * What a hit sends for these request headers: 304 when the client has the page, else the body in
 * the best encoding it accepts (which the entry may not have made yet). Node's way and the hit
 * lane both ask here, so they answer alike.
 */
function formFor(entry: CachedResponse, headers: LaneRequest['headers']): Encoding | 'notModified' {
  if (entry.status === 200 && isNotModified(headers, entry.etag, entry.lastModified)) return 'notModified';
  const compressed = entry.identity === null;
  return pickEncoding(headers['accept-encoding'], compressed, compressed);
}

/** An entry's body in an encoding it has (the plain one inflated from a compressed copy). */
function bodyOf(entry: CachedResponse, encoding: Encoding): Buffer {
  return encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : (entry.identity ?? inflate(entry));
}

/** The plain body of an entry that keeps only compressed copies. */
function inflate(entry: CachedResponse): Buffer {
  return entry.gzip ? zlib.gunzipSync(entry.gzip) : zlib.brotliDecompressSync(entry.br!);
}

/** Wires the cache into an app: its onSend hook (before compression) and its change listener. */
export function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  app.addHook('onSend', (req, reply, payload) => cache.onSend(req, reply, payload));
  app.addHook('onClose', async () => cache.close());
}

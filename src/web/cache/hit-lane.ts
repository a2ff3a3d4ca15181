import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import type { LaneRequest, RawHit } from './page-cache.js';

/**
 * The hit lane: page-cache hits answered on the connection itself, before Node's HTTP layer
 * (docs/decisions/0015-hit-lane.md). Node's parser, request and response objects and header checks
 * cost a cached page more than the cache does: on a 2-core machine they held hits at 40–50% of
 * what nginx serves from files, a lane that writes the kept bytes at 70–75%.
 *
 * The lane reads a connection's requests while every one is a complete, plain GET or HEAD, and
 * writes each hit as one head and the kept body. Any other plain GET or HEAD (a miss, a stylesheet,
 * a photo, the newsroom's pages) is relayed: Node's HTTP server gets it on a connection of its own
 * inside this one (a {@link Relay}), and its answer is written on, in order, before the lane reads
 * on. At the first request that is not plain (a body, an upgrade, HTTP/1.0, a header out of the
 * ordinary, or a head split over packets) it gives the connection itself to Node's HTTP server
 * with the bytes it has not answered, and Node serves that request and all that follow on it as
 * it would have. So bodies, chunked encoding, slow heads and their timeouts stay Node's.
 */

/** The cache's side: the answer to a request it holds, else undefined. */
export type AnswerHit = (request: LaneRequest) => RawHit | undefined;

export interface HitLane {
  /** Ends the lane's idle connections and makes it close each one after its current answer. */
  close(): void;
  /** Connections the lane holds now (the rest were given to Node). */
  readonly connections: number;
  /** Requests it has answered from the page cache. */
  readonly answered: number;
  /** Requests it has had Node answer on a relay, keeping their connection. */
  readonly relayed: number;
}

/**
 * A whole request head the lane may read: `GET` or `HEAD`, a target of visible ASCII (RFC 9112
 * 3.2), HTTP/1.1, then header lines with token names and values free of control characters
 * (RFC 9110 5.5, 5.6.2). No folded lines, no bare CR or LF: such heads go to Node, which refuses them.
 */
const PLAIN_HEAD = /^(GET|HEAD) (\/[\x21-\x7e]*) HTTP\/1\.1(?:\r\n[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[^\x00-\x08\x0a-\x1f\x7f]*)*$/;
/** The headers the lane reads or refuses, whatever their case; `PLAIN_HEAD` has vouched for the lines. */
const HEADER = /\r\n(host|connection|accept-encoding|if-none-match|if-modified-since|content-length|transfer-encoding|expect|upgrade|http2-settings|te|trailer):[ \t]*([^\r]*)/gi;
/** Longest request head the lane reads; Node answers larger ones (431). */
const MAX_HEAD = 16 * 1024;
const END = Buffer.from('\r\n\r\n', 'latin1');

interface Parsed {
  request: LaneRequest;
  /** The client asked to close the connection after this answer. */
  close: boolean;
}

/**
 * Reads one request head (without its blank line); undefined when it is not a plain GET or HEAD
 * the lane may answer: one that has a body, asks for another protocol, lacks a Host or repeats one
 * of the headers a cached answer depends on.
 */
export function parseHead(head: string): Parsed | undefined {
  const line = PLAIN_HEAD.exec(head);
  if (!line) return undefined;
  const headers: LaneRequest['headers'] = {};
  let hosts = 0;
  let close = false;
  HEADER.lastIndex = line[1]!.length + line[2]!.length + 10;
  for (let header = HEADER.exec(head); header !== null; header = HEADER.exec(head)) {
    const name = header[1]!.toLowerCase();
    const value = header[2]!.trimEnd();
    switch (name) {
      case 'host':
        if (++hosts > 1) return undefined;
        break;
      case 'connection': {
        const option = value.toLowerCase();
        if (option === 'close') close = true;
        else if (option !== 'keep-alive') return undefined;
        break;
      }
      case 'accept-encoding':
      case 'if-none-match':
      case 'if-modified-since':
        // Repeated, Node would join them; such a client is rare enough to go that way.
        if (headers[name] !== undefined) return undefined;
        headers[name] = value;
        break;
      default:
        // A body, an expectation or another protocol.
        return undefined;
    }
  }
  // HTTP/1.1 requires one Host (RFC 9112 3.2); Node answers its absence with 400.
  if (hosts !== 1) return undefined;
  return { request: { method: line[1] as LaneRequest['method'], target: line[2]!, headers }, close };
}

/**
 * A connection to Node's HTTP server carrying one request the lane relays: Node reads the request
 * from it and writes its answer into it, and the lane writes that on to the client's connection.
 * It shows Node and Fastify the client's addresses, as the real connection would.
 */
class Relay extends Duplex {
  readonly remoteAddress: string | undefined;
  readonly remotePort: number | undefined;
  readonly remoteFamily: string | undefined;
  readonly localAddress: string | undefined;
  readonly localPort: number | undefined;

  constructor(
    client: Socket,
    private readonly forward: (chunk: Buffer, done: (error?: Error | null) => void) => void,
  ) {
    super({ decodeStrings: true });
    this.remoteAddress = client.remoteAddress;
    this.remotePort = client.remotePort;
    this.remoteFamily = client.remoteFamily;
    this.localAddress = client.localAddress;
    this.localPort = client.localPort;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.forward(chunk, done);
  }

  // Timeouts are the client connection's; Node sets its keep-alive one on every connection.
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
}

/**
 * Puts the lane in front of `server`'s HTTP handling: connections reach the lane first, and Node's
 * own connection handler when the lane gives them up. Returns undefined (and changes nothing) if
 * the server's connection handling is not the one the lane expects to stand in front of.
 */
export function installHitLane(server: Server, answer: AnswerHit): HitLane | undefined {
  const node = server.listeners('connection');
  if (node.length !== 1) return undefined;
  const handOver = node[0] as (this: Server, socket: Socket | Relay) => void;
  server.removeListener('connection', handOver);
  /** The response each relayed request gets, as Node creates it, for its relay to follow. */
  const relays = new WeakMap<Relay, (res: ServerResponse) => void>();
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.socket instanceof Relay) relays.get(req.socket)?.(res);
  });

  /**
   * The end of every head: Date and Connection (with Keep-Alive's timeout, as Node sends it), made
   * once a second and kept as bytes.
   */
  let second = -1;
  let tails = { open: Buffer.alloc(0), close: Buffer.alloc(0) };
  const tail = (last: boolean): Buffer => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      const date = `date: ${new Date(now * 1000).toUTCString()}\r\n`;
      const keepAlive = Math.floor(server.keepAliveTimeout / 1000);
      tails = {
        open: Buffer.from(`${date}connection: keep-alive\r\n${keepAlive > 0 ? `keep-alive: timeout=${keepAlive}\r\n` : ''}\r\n`, 'latin1'),
        close: Buffer.from(`${date}connection: close\r\n\r\n`, 'latin1'),
      };
    }
    return last ? tails.close : tails.open;
  };
  /** The lane's connections, each with the function that ends it once its answers are written. */
  const held = new Map<Socket, () => void>();
  let closing = false;
  let answeredTotal = 0;
  let relayedTotal = 0;

  server.on('connection', (socket: Socket) => {
    /** Bytes received and not answered yet: the start of a request, or requests sent ahead. */
    let pending: Buffer | null = null;
    /** Answers wait for the client to read what was written (it sends faster than it reads). */
    let blocked = false;
    let answered = false;
    /** The client has sent all it will (it may still read). */
    let ended = false;
    /** The request Node answers now through a relay; the lane reads on when it is done. */
    let relay: Relay | null = null;
    /** Close once the relayed answer is written (the client asked to, or the server stops). */
    let closeAfter = false;

    const stopReading = () => {
      held.delete(socket);
      socket.removeListener('data', onData);
      socket.removeListener('drain', onDrain);
      socket.removeListener('timeout', onTimeout);
      socket.removeListener('end', onEnd);
      socket.setTimeout(0);
    };
    /** Ends the connection once what was written is sent; errors on the way are still handled. */
    const finish = () => {
      stopReading();
      socket.end();
    };
    /** Gives the connection to Node with the bytes not answered yet (the request it serves first). */
    const giveUp = () => {
      // A client that has shut its side cannot be handed on (its bytes cannot be put back): it
      // gets what was answered, and the end of the connection.
      if (ended) return finish();
      stopReading();
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (pending !== null) socket.unshift(pending);
      pending = null;
      handOver.call(server, socket);
      socket.resume();
    };
    const onTimeout = () => socket.destroy();
    // The client sends no more: once what it sent is answered, so is the connection.
    const onEnd = () => {
      ended = true;
      if (pending === null && relay === null) finish();
    };
    const onError = () => socket.destroy();
    const onClose = () => {
      stopReading();
      relay?.destroy();
    };
    const onDrain = () => {
      blocked = false;
      socket.resume();
      serve();
    };
    function onData(chunk: Buffer): void {
      pending = pending === null ? chunk : Buffer.concat([pending, chunk]);
      if (!blocked && relay === null) serve();
    }

    /**
     * Has Node answer one plain request on a relay; the lane reads on once the answer is written
     * (or ends the connection, if it asked to close). An answer that fails half-way leaves nothing
     * sane to send after it: the connection is closed.
     */
    function relayToNode(head: Buffer, close: boolean): void {
      socket.setTimeout(0); // a slow render is not an idle client
      // Requests sent ahead wait in the socket, not in memory, until this one is answered.
      socket.pause();
      closeAfter = close;
      const through = new Relay(socket, (chunk, done) => {
        if (socket.destroyed) return done(new Error('the client left'));
        if (socket.write(chunk)) done();
        else socket.once('drain', () => done());
      });
      relay = through;
      let settled = false;
      /**
       * Answered: the lane reads on. Closed: Node answered and closed its connection (a request it
       * refused), so the client's is ended too. Failed: the answer broke off; the client's
       * connection is closed at once.
       */
      const settle = (outcome: 'answered' | 'closed' | 'failed') => {
        if (settled) return;
        settled = true;
        relay = null;
        through.destroy();
        if (outcome === 'failed') return void socket.destroy();
        if (outcome === 'answered') relayedTotal++;
        if (outcome === 'closed' || closeAfter || closing) return finish();
        socket.setTimeout(server.keepAliveTimeout);
        socket.resume();
        if (pending !== null) serve();
        else if (ended) finish();
      };
      relays.set(through, (res) => {
        res.once('finish', () => settle('answered'));
        res.once('close', () => settle(res.writableFinished ? 'answered' : 'failed'));
      });
      through.once('finish', () => settle('closed'));
      through.once('close', () => settle('failed'));
      through.once('error', () => settle('failed'));
      handOver.call(server, through);
      through.push(head);
    }

    /** Answers the complete requests in `pending`, in order, while the cache has them. */
    function serve(): void {
      while (pending !== null) {
        const end = pending.indexOf(END);
        // A head split over packets, or an over-long one: Node reads those, with its timeouts.
        if (end === -1 || end > MAX_HEAD) return giveUp();
        let parsed: Parsed | undefined;
        let hit: RawHit | undefined;
        try {
          parsed = parseHead(pending.toString('latin1', 0, end));
          hit = parsed && answer(parsed.request);
        } catch {
          // Whatever went wrong, Node's way answers it as it answers any other failure.
          hit = undefined;
        }
        if (!parsed) return giveUp();
        const request = pending.subarray(0, end + END.length);
        pending = end + END.length === pending.length ? null : pending.subarray(end + END.length);
        if (!hit) return relayToNode(request, parsed.close);
        const last = parsed.close || closing;
        // Corked: the head and the body leave in one system call.
        socket.cork();
        socket.write(hit.head);
        socket.write(tail(last));
        const room = hit.body === null || socket.write(hit.body);
        socket.uncork();
        answeredTotal++;
        if (last) return finish();
        if (!answered) {
          answered = true;
          // Between requests a connection may idle as long as Node's keep-alive allows.
          socket.setTimeout(server.keepAliveTimeout);
        }
        if (!room) {
          // Read no more until the client has taken what was written.
          blocked = true;
          socket.pause();
          socket.once('drain', onDrain);
          return;
        }
      }
      if (ended) finish();
    }

    held.set(socket, () => {
      if (relay === null) finish();
      else closeAfter = true;
    });
    socket.setTimeout(server.headersTimeout || server.keepAliveTimeout);
    socket.on('timeout', onTimeout);
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.on('close', onClose);
    if (closing) finish();
  });

  return {
    close() {
      closing = true;
      for (const finish of held.values()) finish();
    },
    get connections() {
      return held.size;
    },
    get answered() {
      return answeredTotal;
    },
    get relayed() {
      return relayedTotal;
    },
  };
}

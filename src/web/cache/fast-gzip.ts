import zlib from 'node:zlib';
import { gzip as libdeflateGzip } from 'libdeflate';

/**
 * gzip for a response compressed for one client and then dropped (a page the page cache does not
 * keep): libdeflate's fastest level, built to WebAssembly.
 *
 * Measured in the server under the cold-article benchmark on a 31 kB article page: node:zlib at
 * level 1 took about 200 µs of a core per page (a quarter of the request: every call sets up and
 * tears down a deflate state of some 300 kB, out of the CPU's caches by the next request), and
 * its output was 8.3 kB. libdeflate works in the WebAssembly module's own memory, reused from call
 * to call, and its output is 7.8 kB. The server answered about 8% more such requests a second
 * (decision 0012).
 *
 * Larger bodies (a sitemap of 50,000 addresses, say) go to node:zlib: WebAssembly memory, once
 * grown, is never given back. Should the WebAssembly module fail to load, node:zlib does the work.
 */
export function gzipForOne(plain: Uint8Array): Buffer {
  if (!broken && plain.length <= WASM_MAX) {
    try {
      const out = loaded ? libdeflateGzip(plain, 1) : firstGzip(plain);
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    } catch {
      broken = true;
    }
  }
  return zlib.gzipSync(plain, { level: 1 });
}

let broken = false;
let loaded = false;

/**
 * The first call instantiates the WebAssembly module, whose Emscripten glue adds process-wide
 * `uncaughtException` and `unhandledRejection` listeners that rethrow: they would replace Node's
 * own handling (and its `--unhandled-rejections` setting) for the whole server. They are removed.
 */
function firstGzip(plain: Uint8Array): Uint8Array {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['uncaughtException', 'unhandledRejection'];
  const before = events.map((event) => new Set(emitter.listeners(event)));
  try {
    return libdeflateGzip(plain, 1);
  } finally {
    loaded = true;
    events.forEach((event, i) => {
      for (const listener of emitter.listeners(event)) if (!before[i]!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    });
  }
}

/** Bodies up to this size go to libdeflate: pages are tens of kilobytes. */
const WASM_MAX = 512 * 1024;

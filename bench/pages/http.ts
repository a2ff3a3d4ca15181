/**
 * Plain HTTP/1.1 requests as browsers and CDNs send them (`Accept-Encoding: gzip`), over node:http
 * so the benchmark controls connections: a keep-alive pool for bulk checks, or a new connection
 * per request where the cluster's round robin should spread requests over the workers.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { BenchError } from './processes.js';

export interface Fetched {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent on the wire (gzip when the server compressed it). */
  raw: Buffer;
  /** The body decoded to text. */
  text(): string;
}

/** Requests share this agent's connections; pass `fresh: true` for a new connection each time. */
export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets });
}

/**
 * GET `base + path` with `Accept-Encoding: gzip`.
 *
 * @example const res = await get('http://127.0.0.1:3000', '/rss.xml', { fresh: true }); res.text()
 */
export function get(base: string, path: string, options: { agent?: http.Agent; fresh?: boolean; timeoutMs?: number } = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      base + path,
      {
        agent: options.fresh ? false : (options.agent ?? false),
        headers: { 'accept-encoding': 'gzip', ...(options.fresh ? { connection: 'close' } : {}) },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const gzipped = res.headers['content-encoding'] === 'gzip';
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: () => (gzipped ? gunzipSync(raw) : raw).toString('utf8') });
        });
      },
    );
    req.on('timeout', () => req.destroy(new BenchError(`${path}: no answer in ${options.timeoutMs ?? 30_000} ms from ${base}`)));
    req.on('error', reject);
  });
}

/**
 * Requests every path once and fails on the first one that is not a 200: a redirect or a 404 in
 * a case's list is a mistake of the benchmark, and would measure the wrong thing. With `keep`,
 * returns the raw (gzip) bodies by path.
 */
export async function checkPaths(
  base: string,
  label: string,
  paths: readonly string[],
  options: { concurrency?: number; keep?: boolean } = {},
): Promise<Map<string, Buffer>> {
  const agent = keepAliveAgent(options.concurrency ?? 8);
  const bodies = new Map<string, Buffer>();
  let next = 0;
  let done = 0;
  const started = Date.now();
  let shown = started;
  let failed = false;
  const worker = async () => {
    while (next < paths.length && !failed) {
      const path = paths[next++]!;
      const res = await get(base, path, { agent }).catch((error: Error) => {
        failed = true;
        throw new BenchError(`${label}: ${path} failed: ${error.message}`);
      });
      if (res.status !== 200) {
        failed = true;
        const where = res.headers.location ? ` → ${res.headers.location}` : '';
        throw new BenchError(`${label}: ${path} answered ${res.status}${where}, not 200: the case's path list is wrong`);
      }
      if (options.keep) bodies.set(path, res.raw);
      done++;
      if (Date.now() - shown > 5000) {
        shown = Date.now();
        process.stderr.write(`  ${label}: checked ${done}/${paths.length} paths…\n`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  } finally {
    agent.destroy();
  }
  return bodies;
}

/**
 * The real server under test, started as `npm start` does (`node dist/server.mjs`, built before the benchmark) in production mode on a
 * free port, in its own process group (its cluster workers with it).
 */
import type { ChildProcess } from 'node:child_process';
import { loadConfig, type Config } from '../../src/config/config.js';
import { MEDIA_DIR, ROOT } from '../dataset.js';
import { get } from './http.js';
import { BenchError, freePort, spawnGroup, stopGroup, tailOutput } from './processes.js';

export interface ServerOptions {
  databaseUrl: string;
  workers: number;
  /** PAGE_CACHE_MB; undefined leaves the server's default. */
  pageCacheMb?: number;
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Spawn to the first 200 of `/`, in milliseconds. */
  coldStartMs: number;
  /** The configuration the server runs with (as it reads it from its environment). */
  config: Readonly<Config>;
  /** The server's last output lines, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** How long a server may take to answer its first page (migrations of a big database included). */
const START_TIMEOUT_MS = 180_000;

/** The environment of a server on `port`: the caller's, with what the benchmark fixes. */
export function serverEnvironment(options: ServerOptions, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    MEDIA_DIR,
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    WORKERS: String(options.workers),
    // The benchmark's paths are built for this edition and zone.
    DEFAULT_LANGUAGE: 'uk',
    TIME_ZONE: 'Europe/Kyiv',
  };
  if (options.pageCacheMb === undefined) delete env.PAGE_CACHE_MB;
  else env.PAGE_CACHE_MB = String(options.pageCacheMb);
  return env;
}

/**
 * Starts a server and waits for its first 200 of `/` (the cold start), then checks `/healthz`.
 *
 * @example const server = await startServer({ databaseUrl, workers: 2 }); try { … } finally { await server.stop(); }
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const env = serverEnvironment(options, port);
  const config = loadConfig(env);
  const started = performance.now();
  const child = spawnGroup(process.execPath, ['dist/server.mjs'], { cwd: ROOT, env });
  const output = tailOutput(child);
  const stop = () => stopGroup(child);
  try {
    const coldStartMs = await firstPage(child, config.baseUrl, started, output);
    const health = await get(config.baseUrl, '/healthz');
    if (health.status !== 200) throw new BenchError(`the server's /healthz answered ${health.status}`);
    return { baseUrl: config.baseUrl, pid: child.pid!, coldStartMs, config, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function firstPage(child: ChildProcess, baseUrl: string, started: number, output: () => string): Promise<number> {
  let exit: string | undefined;
  child.once('exit', (code, signal) => (exit = signal ?? String(code)));
  let last = 'no connection';
  for (;;) {
    if (exit !== undefined) throw new BenchError(`the server exited (${exit}) before serving:\n${output()}`);
    if (performance.now() - started > START_TIMEOUT_MS) throw new BenchError(`the server did not answer / with 200 within ${START_TIMEOUT_MS / 1000} s (last: ${last}):\n${output()}`);
    const res = await get(baseUrl, '/', { fresh: true, timeoutMs: 30_000 }).catch(() => undefined);
    if (res?.status === 200) return performance.now() - started;
    // Refused while it starts; any other answer is retried too, but named if it never turns into a 200.
    if (res) last = `status ${res.status}`;
    await new Promise((r) => setTimeout(r, 10));
  }
}

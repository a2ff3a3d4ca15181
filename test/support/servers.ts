import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../../src/storage/database.js';
import type { DialectName } from '../../src/storage/dialect.js';
import { createMembers } from './members.js';
import { buildNewsroom, type SmallNewsroom } from './newsroom.js';

/**
 * Real Masthead processes for tests of what only shows across processes: a database on disk
 * (or a fresh PostgreSQL database) that several servers share, the server entry point run as a
 * child process, and HTTP on a new connection per request.
 */

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface SharedDatabase {
  /** DATABASE_URL for the servers. */
  url: string;
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database that outlives the handle filling it: a SQLite file in `dir` or a new
 * PostgreSQL database. `fill` runs on it with the small newsroom, then the handle is closed.
 */
export async function createSharedDatabase<T>(
  dialect: DialectName,
  dir: string,
  fill: (newsroom: SmallNewsroom) => Promise<T>,
): Promise<SharedDatabase & { filled: T }> {
  let url: string;
  let drop = async () => {};
  if (dialect === 'sqlite') {
    url = `sqlite:${join(dir, 'masthead.db')}`;
  } else {
    const name = `masthead_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(POSTGRES_ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  try {
    const handle = await openDatabase(url);
    try {
      await migrateToLatest(handle.db);
      const newsroom = await buildNewsroom(handle);
      await createMembers(handle);
      const filled = await fill(newsroom);
      return { url, filled, destroy: drop };
    } finally {
      await handle.close();
    }
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
}

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `src/server.ts` with only the given environment (plus PATH) and resolves once it has
 * printed its "serving" line (for a cluster, the primary prints it when every worker listens).
 * Rejects with what it printed when it exits first or takes longer than 30 s.
 */
export function startServer(port: number, env: Record<string, string>, args: string[] = []): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', BASE_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: RunningServer = {
    origin: `http://127.0.0.1:${port}`,
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void server.stop().then(() => reject(new Error(`${why}\nstdout:\n${stdout}\nstderr:\n${stderr}`)));
    };
    const timer = setTimeout(() => fail('the server did not start within 30 s'), 30_000);
    child.once('exit', (code, signal) => fail(`the server exited while starting (${signal ?? code})`));
    child.stdout!.on('data', () => {
      if (settled || !/^masthead: serving /m.test(stdout)) return;
      settled = true;
      clearTimeout(timer);
      resolve(server);
    });
  });
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request on a new connection, closed afterwards: the cluster hands each new
 * connection to the next worker, so a series of these reaches all of them.
 */
export function fetchFresh(url: string, options: { method?: string; headers?: Record<string, string>; json?: unknown } = {}): Promise<HttpResponse> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: {
          connection: 'close',
          ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} within 10 s`)));
    req.on('error', reject);
    req.end(body);
  });
}

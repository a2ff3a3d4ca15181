/**
 * One wrk run over a list of paths (bench/pages/random-path.lua picks one at random per request),
 * read back from the JSON line the script writes.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BenchError, spawnGroup, stopGroup, tailOutput, temporaryDir, waitForExit } from './processes.js';

const SCRIPT = path.join(import.meta.dirname, 'random-path.lua');

export interface LoadOptions {
  threads: number;
  connections: number;
  durationSeconds: number;
  /** Look at every answer (non-2xx, page-cache hits); false for measured runs, where it would load wrk. */
  countAnswers?: boolean;
}

/** What random-path.lua's `done` writes. */
export interface WrkResult {
  requests: number;
  durationUs: number;
  bytes: number;
  /** Responses outside 200–299, redirects included. */
  non2xx: number;
  /** Responses the server answered from its page cache (`X-Cache: hit`). */
  hits: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/** Requests per second of a run. */
export function rate(r: WrkResult): number {
  return r.requests / (r.durationUs / 1e6);
}

export function errorCount(r: WrkResult): number {
  const e = r.errors;
  return e.connect + e.read + e.write + e.status + e.timeout;
}

/** Fails with the apt-get line when wrk is not installed. */
export function assertWrkInstalled(): void {
  const probe = spawnSync('wrk', ['--version'], { stdio: 'ignore' });
  if (probe.error) throw new BenchError('wrk is not installed: apt-get install wrk');
}

/** A file of paths for wrk, one per line, in a temporary folder removed by `dispose`. */
export function writePathFile(paths: readonly string[]): { file: string; dispose(): void } {
  const temp = temporaryDir('paths');
  const file = path.join(temp.dir, 'paths.txt');
  writeFileSync(file, paths.join('\n') + '\n');
  return { file, dispose: temp.remove };
}

/** A wrk run in the background; `stop()` ends it early (wrk reports what it measured so far). */
export interface RunningLoad {
  child: ChildProcess;
  result: Promise<WrkResult>;
  stop(): Promise<WrkResult>;
}

/**
 * Starts wrk against `baseUrl` with the paths in `pathFile`.
 *
 * @example const r = await startLoad('http://127.0.0.1:3000', file, { threads: 2, connections: 64, durationSeconds: 10 }).result;
 */
export function startLoad(baseUrl: string, pathFile: string, options: LoadOptions): RunningLoad {
  const temp = temporaryDir('wrk');
  const out = path.join(temp.dir, 'result.json');
  const args = [
    '-t', String(options.threads),
    '-c', String(Math.max(options.connections, options.threads)),
    '-d', `${options.durationSeconds}s`,
    // A page slower than this counts as a timeout error (wrk's default is 2 s).
    '--timeout', '5s',
    '--latency',
    '-s', SCRIPT,
    baseUrl,
    '--', pathFile, out,
  ];
  const child = spawnGroup('wrk', args, { env: { ...process.env, MASTHEAD_WRK_COUNT: options.countAnswers === false ? '0' : '1' } });
  const output = tailOutput(child);
  const result = waitForExit(child).then(
    (code) => {
      try {
        const text = readFileSync(out, 'utf8');
        const parsed = JSON.parse(text) as WrkResult;
        // Not looking at answers, wrk still counts 4xx and 5xx.
        if (options.countAnswers === false) parsed.non2xx = parsed.errors.status;
        return parsed;
      } catch {
        throw new BenchError(`wrk exited with ${code} and no result: ${output() || '(no output)'}`);
      } finally {
        temp.remove();
      }
    },
    (error: NodeJS.ErrnoException) => {
      temp.remove();
      throw new BenchError(error.code === 'ENOENT' ? 'wrk is not installed: apt-get install wrk' : `wrk failed to start: ${error.message}`);
    },
  );
  return {
    child,
    result,
    async stop() {
      // wrk stops on SIGINT and still runs `done`.
      await stopGroup(child, 'SIGINT', 5000);
      return result;
    },
  };
}

/** One wrk run to its end. */
export function runLoad(baseUrl: string, pathFile: string, options: LoadOptions): Promise<WrkResult> {
  return startLoad(baseUrl, pathFile, options).result;
}

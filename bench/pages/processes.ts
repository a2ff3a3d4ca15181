/**
 * Child processes of the page benchmark (servers, nginx, wrk), each the leader of its own process
 * group so that stopping it also stops whatever it forked (cluster workers, nginx workers). Every
 * group still running is killed when the benchmark exits: normally, on an error, or on Ctrl-C.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const running = new Set<ChildProcess>();
const temporary = new Set<string>();

/** A failure of the benchmark's own making or of its tools: printed as one line, exit 1. */
export class BenchError extends Error {}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed by `remove()` or, at the latest, when the benchmark exits. */
export function temporaryDir(label: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `masthead-bench-${label}-`));
  temporary.add(dir);
  return {
    dir,
    remove() {
      rmSync(dir, { recursive: true, force: true });
      temporary.delete(dir);
    },
  };
}

/** Ctrl-C or a TERM: stop every child group, then leave with the shell's code for the signal. */
export function stopChildrenOnSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping servers and load generators…`);
      for (const child of running) killGroup(child, 'SIGTERM');
      setTimeout(() => process.exit(code), 1500).unref();
      void Promise.all([...running].map((c) => exited(c))).then(() => process.exit(code));
    });
  }
}

/** Starts a command as the leader of a new process group; it is killed when the benchmark exits. */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.once('error', () => running.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Stops a process group: `signal` first, SIGKILL after `graceMs`. Resolves when the leader has exited. */
export async function stopGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  killGroup(child, signal);
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
  // The leader may exit before its workers: make sure none outlive it.
  killGroup(child, 'SIGKILL');
}

/** Resolves with the exit code; rejects when the command cannot be started (ENOENT…). */
export function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

/** The last lines a child wrote, kept for error messages. */
export function tailOutput(child: ChildProcess, lines = 40): () => string {
  const kept: string[] = [];
  const keep = (chunk: Buffer) => {
    kept.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''));
    if (kept.length > lines) kept.splice(0, kept.length - lines);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => kept.join('\n');
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory in bytes (VmRSS) of a process, 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Direct children of a process that run `comm` (node, nginx): cluster or nginx workers, not helpers such as esbuild. */
function childrenOf(pid: number, comm: string): number[] {
  const found: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ')) {
        if (c.trim() === '') continue;
        try {
          if (readFileSync(`/proc/${c}/comm`, 'utf8').trim() === comm) found.push(Number(c));
        } catch {
          // Exited meanwhile.
        }
      }
    }
  } catch {
    // The leader exited.
  }
  return found;
}

export interface MemoryPeak {
  /** The largest resident size of one serving process: a worker, or the leader when it has none. */
  maxWorkerBytes: number;
  /** The largest sum of the leader's and its workers' resident sizes at one moment. */
  maxTotalBytes: number;
  samples: number;
}

/**
 * Samples the resident memory of a leader and its workers every `intervalMs` until `stop()`.
 *
 * @example const memory = sampleMemory(server.pid, 'node'); await load(); const peak = memory.stop();
 */
export function sampleMemory(pid: number, comm: string, intervalMs = 250): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { maxWorkerBytes: 0, maxTotalBytes: 0, samples: 0 };
  const sample = () => {
    const leader = rssOf(pid);
    const workers = childrenOf(pid, comm).map(rssOf);
    peak.maxWorkerBytes = Math.max(peak.maxWorkerBytes, workers.length > 0 ? Math.max(...workers) : leader);
    peak.maxTotalBytes = Math.max(peak.maxTotalBytes, leader + workers.reduce((a, b) => a + b, 0));
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  let stopped = false;
  return {
    stop() {
      // Safe to call again: later calls return the same figures.
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        sample();
      }
      return peak;
    },
  };
}

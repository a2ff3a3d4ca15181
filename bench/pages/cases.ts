/**
 * Running one case: check its paths, warm up, measure `runs` times with memory sampled; and the
 * publish → visible case under a background article load.
 */
import { checkPaths, get } from './http.js';
import { sampleMemory, type MemoryPeak } from './processes.js';
import { publishRounds, type PublishRound } from './publish.js';
import { errorCount, rate, runLoad, startLoad, writePathFile, type LoadOptions, type WrkResult } from './wrk.js';

export interface CaseOptions extends LoadOptions {
  warmupSeconds: number;
  runs: number;
  /** Warm up until this share of answers comes from the page cache (at most a minute more). */
  warmUntilHits?: number;
  /** Runs before the warm-up and before each measured run (the data set read into the OS's cache). */
  beforeRun?: () => void;
}

/** What is loaded: a base URL, and the process (with its workers) whose memory is sampled. */
export interface Target {
  baseUrl: string;
  pid: number;
  /** The workers' command name: node, nginx. */
  comm: string;
}

export interface Run {
  wrk: WrkResult;
  reqPerSec: number;
  memory: MemoryPeak;
}

export interface CaseResult {
  name: string;
  paths: number;
  runs: Run[];
  /** The median of each figure over the runs. */
  median: { reqPerSec: number; p50: number; p90: number; p99: number; max: number; bytesPerResponse: number };
  /** Over all measured runs (warm-up excluded). */
  errors: number;
  non2xx: number;
  maxWorkerRssMb: number;
  maxTotalRssMb: number;
  /** Share of answers from the page cache in a short run right after the measured ones. */
  hitRatio: number;
  note?: string;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number) => bytes / 2 ** 20;

/**
 * Checks the paths (each must answer 200), warms up, then measures. With `bodies`, the checked
 * pages' raw (gzip) bytes are kept there, by path.
 */
export async function runCase(target: Target, name: string, paths: string[], options: CaseOptions, bodies?: Map<string, Buffer>): Promise<CaseResult> {
  console.log(`\n${name}: ${paths.length.toLocaleString('en')} path${paths.length === 1 ? '' : 's'}`);
  const kept = await checkPaths(target.baseUrl, name, paths, { concurrency: 8, keep: bodies !== undefined });
  if (bodies) for (const [k, v] of kept) bodies.set(k, v);
  let note: string | undefined;
  if (name === 'news-sitemap') {
    const urls = (await get(target.baseUrl, paths[0]!)).text().split('<url>').length - 1;
    if (urls === 0) note = 'lists no stories: nothing in the data set was published in the 48 hours before the clock';
  }
  const file = writePathFile(paths);
  try {
    options.beforeRun?.();
    if (options.warmupSeconds > 0) await runLoad(target.baseUrl, file.file, { ...options, durationSeconds: options.warmupSeconds });
    // Many pages (10,000 articles) take every worker a while to render once each: a cached case
    // is measured once nearly every answer comes from the cache, as nginx's files come from the OS's.
    if (options.warmUntilHits !== undefined) {
      for (let i = 0; i < 12; i++) {
        const warm = await runLoad(target.baseUrl, file.file, { ...options, durationSeconds: 5 });
        const ratio = warm.hits / Math.max(1, warm.requests);
        if (ratio >= options.warmUntilHits) break;
        console.log(`  warming up: ${(ratio * 100).toFixed(0)}% from the page cache`);
      }
    }
    const runs: Run[] = [];
    for (let i = 0; i < options.runs; i++) {
      options.beforeRun?.();
      const memory = sampleMemory(target.pid, target.comm);
      const wrk = await runLoad(target.baseUrl, file.file, { ...options, countAnswers: false }).finally(() => memory.stop());
      const run = { wrk, reqPerSec: rate(wrk), memory: memory.stop() };
      runs.push(run);
      const bad = errorCount(wrk) + wrk.non2xx > 0 ? `, ${errorCount(wrk)} errors, ${wrk.non2xx} non-2xx` : '';
      console.log(
        `  run ${i + 1}/${options.runs}: ${run.reqPerSec.toFixed(0)} req/s, p50 ${wrk.latencyMs.p50.toFixed(1)} ms, p99 ${wrk.latencyMs.p99.toFixed(1)} ms${bad}, ` +

          `worker RSS ${mb(run.memory.maxWorkerBytes).toFixed(0)} MB`,
      );
    }
    // Measured runs do not look at answers (that would load wrk); a short run afterwards does.
    const check = await runLoad(target.baseUrl, file.file, { ...options, durationSeconds: 3 });
    const hitRatio = check.hits / Math.max(1, check.requests);
    console.log(`  then ${(hitRatio * 100).toFixed(0)}% from the page cache, ${check.non2xx} non-2xx in ${check.requests.toLocaleString('en')} answers`);
    return { ...summarize(name, paths.length, runs, note), hitRatio, non2xx: runs.reduce((n, r) => n + r.wrk.non2xx, 0) + check.non2xx };
  } finally {
    file.dispose();
  }
}

function summarize(name: string, paths: number, runs: Run[], note?: string): CaseResult {
  const of = (f: (r: Run) => number) => median(runs.map(f));
  return {
    name,
    paths,
    runs,
    median: {
      reqPerSec: of((r) => r.reqPerSec),
      p50: of((r) => r.wrk.latencyMs.p50),
      p90: of((r) => r.wrk.latencyMs.p90),
      p99: of((r) => r.wrk.latencyMs.p99),
      max: of((r) => r.wrk.latencyMs.max),
      bytesPerResponse: of((r) => r.wrk.bytes / Math.max(1, r.wrk.requests)),
    },
    errors: runs.reduce((n, r) => n + errorCount(r.wrk), 0),
    non2xx: runs.reduce((n, r) => n + r.wrk.non2xx, 0),
    maxWorkerRssMb: mb(Math.max(...runs.map((r) => r.memory.maxWorkerBytes))),
    maxTotalRssMb: mb(Math.max(...runs.map((r) => r.memory.maxTotalBytes))),
    hitRatio: 0,
    ...(note ? { note } : {}),
  };
}

export interface PublishResult {
  rounds: PublishRound[];
  /** To the answer of the first of 10 good reads (upper bounds: they include one read under load). */
  medianVisibleMs: number;
  maxVisibleMs: number;
  /** To the sending of those reads (lower bounds). */
  medianSentMs: number;
  maxSentMs: number;
  /** The article load that ran meanwhile. */
  load: Run;
}

/** Publish → visible, `rounds` times, while wrk loads the server with the article paths. */
export async function runPublish(target: Target, articles: string[], password: string, rounds: number, options: LoadOptions): Promise<PublishResult> {
  console.log(`\npublish: ${rounds} headline changes under the article load`);
  const file = writePathFile(articles);
  try {
    const memory = sampleMemory(target.pid, target.comm);
    // Longer than needed: stopped as soon as the rounds are done.
    const load = startLoad(target.baseUrl, file.file, { ...options, durationSeconds: 3600 });
    let done: PublishRound[];
    try {
      await new Promise((r) => setTimeout(r, 1000));
      done = await publishRounds(target.baseUrl, password, rounds);
    } finally {
      await load.stop().catch(() => undefined);
      memory.stop();
    }
    const wrk = await load.result;
    const visible = done.map((r) => r.visibleMs);
    const sent = done.map((r) => r.sentMs);
    return {
      rounds: done,
      medianVisibleMs: median(visible),
      maxVisibleMs: Math.max(...visible),
      medianSentMs: median(sent),
      maxSentMs: Math.max(...sent),
      load: { wrk, reqPerSec: rate(wrk), memory: memory.stop() },
    };
  } finally {
    file.dispose();
  }
}

/**
 * `npm run bench [-- --stories N] [--db sqlite|postgres] [--workers N] [--connections N] [--duration S]
 *   [--warmup S] [--runs N] [--threads N] [--cases a,b,c] [--baseline nginx] [--page-cache-mb N]`
 *
 * The reader site under load, as readers and a CDN reach it: the real server (`src/server.ts`,
 * production mode, `--workers` processes) on a generated archive of `--stories` stories, loaded by
 * wrk (`--threads`, `--connections`, gzip accepted) for `--duration` seconds per run after a
 * `--warmup` run, each case `--runs` times (the median of each figure is reported). Cases:
 *
 *   front         /                             article   10,000 random published stories
 *   section       section pages 1–5              tag       the 200 most used tags
 *   author        every author's page            archive   every day of the archive
 *   rss           /rss.xml                      news-sitemap  /sitemap-news-1.xml
 *   search        ~20 realistic queries (uk)
 *   publish       an editor saves new headlines on 5 front-page stories while the article case
 *                 loads the server: time until the story, the front page and /rss.xml show it
 *                 on every worker (10 consecutive reads on new connections)
 *   cold-article  a second server without page cache (PAGE_CACHE_MB=0), every published story
 *
 * The cached server runs with `--page-cache-mb` (320 by default: every page the cases read fits,
 * as nginx's files all sit in the OS's cache); the cold-article server with none, and a SQLite
 * data set is read into the OS's cache before each of its runs (bench/dataset.ts).
 *
 * `--baseline nginx` serves the article case's exact bytes as static files from nginx with as
 * many workers, and prints our article req/s as a share of nginx's, measured in the same run.
 * Every path is requested once before its case: anything but a 200 means the case's list is wrong,
 * and the case fails (the others still run).
 *
 * Prints a table (req/s, p50, p99, errors, non-2xx, bytes per response, the largest worker's and
 * the total resident memory), the cold start (spawn → first 200 of `/`) and publish → visible; the
 * same and every run's figures go to bench/results/pages-<db>-<N>-<time>.json. Exits 1 when a case
 * had errors or non-2xx answers or could not be measured, 2 on bad options.
 *
 * Data sets are shared with `npm run bench:search` (bench/dataset.ts): made once, then reused.
 * Needs wrk (and nginx for the baseline): `apt-get install wrk nginx`.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Paths } from '../src/domain/urls.js';
import { redact } from '../src/storage/database.js';
import { NOW, openDataset, readIntoOsCache, ROOT, type BenchDatabase } from './dataset.js';
import { runCase, runPublish, type CaseOptions, type CaseResult, type PublishResult, type Target } from './pages/cases.js';
import { checkPaths } from './pages/http.js';
import { assertNginxInstalled, startNginx } from './pages/nginx.js';
import { choosePaths, type CasePaths } from './pages/paths.js';
import { BenchError, stopChildrenOnSignals } from './pages/processes.js';
import { prepareBenchAdmin } from './pages/publish.js';
import { casesWithErrors, machine, printReport, writeReport, type Report } from './pages/report.js';
import { startServer, type RunningServer } from './pages/server.js';
import { assertWrkInstalled } from './pages/wrk.js';

const USAGE =
  'usage: npm run bench -- [--stories N] [--db sqlite|postgres] [--workers N] [--connections N] [--duration S] [--warmup S] [--runs N] [--threads N] [--cases a,b,c] [--baseline nginx] [--page-cache-mb N]';
const LOAD_CASES = ['front', 'article', 'section', 'tag', 'author', 'archive', 'rss', 'news-sitemap', 'search'] as const;
const CASES = [...LOAD_CASES, 'publish', 'cold-article'] as const;
type CaseName = (typeof CASES)[number];
const PUBLISH_ROUNDS = 5;
/**
 * Share of answers from the page cache before a cached case is measured. A miss renders and
 * compresses a page, the work of some fifty hits: at 98% the misses took about half of the
 * servers' time, and the case measured rendering as much as the cache.
 */
const WARM_HITS = 0.999;

interface Options extends CaseOptions {
  stories: number;
  db: BenchDatabase;
  workers: number;
  cases: CaseName[];
  baseline: 'nginx' | undefined;
  /** PAGE_CACHE_MB of the cached server: room for every page the cases read. */
  pageCacheMb: number;
}

function parseOptions(argv: string[]): Options | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        stories: { type: 'string' }, db: { type: 'string' }, workers: { type: 'string' }, connections: { type: 'string' },
        duration: { type: 'string' }, warmup: { type: 'string' }, runs: { type: 'string' }, threads: { type: 'string' },
        cases: { type: 'string' }, baseline: { type: 'string' }, 'page-cache-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    return (e as Error).message;
  }
  if (values.help) return '';
  const int = (name: string, text: string | undefined, fallback: number, min: number, max: number): number => {
    const n = Number((text ?? String(fallback)).replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return n;
  };
  try {
    const threads = int('threads', values.threads, 2, 1, 64);
    const options: Options = {
      stories: int('stories', values.stories, 100_000, 1000, 10_000_000),
      db: (values.db ?? 'sqlite') as BenchDatabase,
      workers: int('workers', values.workers, 2, 1, 64),
      connections: int('connections', values.connections, 64, threads, 10_000),
      durationSeconds: int('duration', values.duration, 10, 1, 3600),
      warmupSeconds: int('warmup', values.warmup, 3, 0, 3600),
      runs: int('runs', values.runs, 3, 1, 100),
      threads,
      cases: (values.cases?.split(',').map((c) => c.trim()).filter(Boolean) ?? [...CASES]) as CaseName[],
      baseline: values.baseline as 'nginx' | undefined,
      pageCacheMb: int('page-cache-mb', values['page-cache-mb'], 320, 0, 16384),
    };
    if (options.db !== 'sqlite' && options.db !== 'postgres') return `--db must be sqlite or postgres, got "${values.db}"`;
    const unknown = options.cases.filter((c) => !(CASES as readonly string[]).includes(c));
    if (unknown.length > 0 || options.cases.length === 0) return `--cases takes a comma-separated list of ${CASES.join(', ')}; unknown: ${unknown.join(', ') || '(none given)'}`;
    if (values.baseline !== undefined && values.baseline !== 'nginx') return `--baseline takes nginx only, got "${values.baseline}"`;
    // The baseline is a share of our article figure, measured in the same run.
    if (options.baseline && !options.cases.includes('article')) options.cases.push('article');
    options.cases = CASES.filter((c) => options.cases.includes(c));
    return options;
  } catch (e) {
    return (e as Error).message;
  }
}

/** What one run of the benchmark gathers, filled case by case. */
interface Gathered {
  cases: CaseResult[];
  coldStartMs: Report['coldStartMs'];
  baseline?: Report['baseline'];
  publish?: PublishResult;
  failures: Report['failures'];
}

/**
 * Runs `work`; a failure of the benchmark's own kind (a path that is not a 200, a page that never
 * answers, nginx refusing to start) is recorded against the case and the others still run.
 */
async function attempt(name: string, gathered: Gathered, server: RunningServer | undefined, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    console.error(`  ${name} failed: ${error.message}`);
    if (server) console.error(`  the server's last output:\n${server.output() || '(none)'}`);
    gathered.failures.push({ name, message: error.message });
  }
}

/** The cases served with the page cache: one server for all of them, nginx beside it for the baseline. */
async function cachedCases(options: Options, databaseUrl: string, paths: CasePaths, password: string | undefined, gathered: Gathered): Promise<void> {
  const has = (c: CaseName) => options.cases.includes(c);
  const server = await startServer({ databaseUrl, workers: options.workers, pageCacheMb: options.pageCacheMb });
  gathered.coldStartMs.server = server.coldStartMs;
  console.log(`server: ${server.baseUrl}, ${options.workers} worker(s), cold start ${server.coldStartMs.toFixed(0)} ms`);
  const target: Target = { baseUrl: server.baseUrl, pid: server.pid, comm: 'node' };
  try {
    const bodies = options.baseline ? new Map<string, Buffer>() : undefined;
    for (const name of LOAD_CASES.filter(has)) {
      await attempt(name, gathered, server, async () => {
        gathered.cases.push(await runCase(target, name, paths[name], { ...options, warmUntilHits: WARM_HITS }, name === 'article' ? bodies : undefined));
      });
    }
    const ours = gathered.cases.find((c) => c.name === 'article');
    if (options.baseline && bodies && ours) {
      await attempt('article (nginx)', gathered, undefined, async () => {
        const nginx = await startNginx(bodies, options.workers);
        try {
          const result = await runCase({ baseUrl: nginx.baseUrl, pid: nginx.pid, comm: 'nginx' }, 'article (nginx)', paths.article, options);
          gathered.baseline = { nginx: result, articleRatioPercent: (ours.median.reqPerSec / result.median.reqPerSec) * 100 };
        } finally {
          await nginx.stop();
        }
      });
    }
    if (has('publish')) {
      await attempt('publish', gathered, server, async () => {
        if (!has('article')) await checkPaths(server.baseUrl, 'article', paths.article, { concurrency: 8 });
        gathered.publish = await runPublish(target, paths.article, password!, PUBLISH_ROUNDS, options);
      });
    }
    if (gathered.cases.some((c) => c.errors + c.non2xx > 0)) console.error(`\nthe server's last output:\n${server.output() || '(none)'}`);
  } finally {
    await server.stop();
  }
}

/** cold-article: a second server without page cache, every published story. */
async function uncachedCase(options: Options, databaseUrl: string, paths: CasePaths, gathered: Gathered): Promise<void> {
  const server = await startServer({ databaseUrl, workers: options.workers, pageCacheMb: 0 });
  gathered.coldStartMs.uncachedServer = server.coldStartMs;
  console.log(`\nserver without page cache: ${server.baseUrl}, cold start ${server.coldStartMs.toFixed(0)} ms`);
  try {
    await attempt('cold-article', gathered, server, async () => {
      // Every answer reads the database: it is read into the OS's cache before each run (said once).
      let said = false;
      const beforeRun = () => {
        const started = Date.now();
        const bytes = readIntoOsCache(databaseUrl);
        if (bytes > 0 && !said) console.log(`  the data set read into the OS's cache before each run (${(bytes / 2 ** 20).toFixed(0)} MB, ${Date.now() - started} ms)`);
        said = true;
      };
      gathered.cases.push(await runCase({ baseUrl: server.baseUrl, pid: server.pid, comm: 'node' }, 'cold-article', paths['cold-article'], { ...options, beforeRun }));
    });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    if (options === '') {
      console.log(USAGE);
      return 0;
    }
    console.error(`bench: ${options}\n${USAGE}`);
    return 2;
  }
  assertWrkInstalled();
  if (options.baseline) assertNginxInstalled();
  stopChildrenOnSignals();
  const loadBefore = os.loadavg();
  const date = new Date().toISOString();
  const has = (c: CaseName) => options.cases.includes(c);

  const dataset = await openDataset(options.db, options.stories);
  let paths: CasePaths;
  let password: string | undefined;
  try {
    paths = await choosePaths(dataset.handle.db, new Paths('uk', 'Europe/Kyiv'), 'uk');
    // The admin exists before the server starts: it signs in over HTTP like an editor.
    if (has('publish')) password = await prepareBenchAdmin(dataset.handle);
  } finally {
    await dataset.handle.close();
  }
  const url = redact(dataset.url).replace(ROOT + path.sep, '');
  console.log(`${options.db}: ${url}, ${options.stories.toLocaleString('en')} stories, ${paths['cold-article'].length.toLocaleString('en')} published in uk`);
  // The archive ends at the seed's fixed "now"; the server reads the real clock.
  const ageDays = (Date.now() - NOW.getTime()) / 86_400_000;
  if (ageDays > 2) {
    console.log(
      `note: the archive ends ${ageDays.toFixed(0)} days before the clock (${NOW.toISOString().slice(0, 10)}): the news sitemap lists nothing, ` +
        'and pages that depend on recent stories (the front page ranks the last 3 days) see none',
    );
  }
  console.log(`load: wrk -t${options.threads} -c${options.connections} -d${options.durationSeconds}s, ${options.runs} run(s) per case after ${options.warmupSeconds} s of warm-up`);

  const gathered: Gathered = { cases: [], coldStartMs: {}, failures: [] };
  if (LOAD_CASES.some(has) || has('publish')) await cachedCases(options, dataset.url, paths, password, gathered);
  if (has('cold-article')) await uncachedCase(options, dataset.url, paths, gathered);

  const partial = {
    date,
    command: ['npm run bench --', ...process.argv.slice(2)].join(' '),
    options,
    dataset: { db: options.db, url, stories: options.stories, publishedUk: paths['cold-article'].length, endsAt: NOW.toISOString(), daysBeforeClock: ageDays },
    machine: machine(loadBefore),
    ...gathered,
  };
  const bad = casesWithErrors(partial);
  const report: Report = { ...partial, ok: bad.length === 0 && gathered.failures.length === 0 };
  printReport(report);
  console.log(`\nwritten to ${writeReport(report)}`);
  if (bad.length > 0) console.error(`bench: errors or non-2xx answers in: ${bad.join(', ')}`);
  if (gathered.failures.length > 0) console.error(`bench: not measured: ${gathered.failures.map((f) => f.name).join(', ')}`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof BenchError) console.error(`bench: ${error.message}`);
    else console.error('bench: failed:', error);
    process.exit(1);
  },
);

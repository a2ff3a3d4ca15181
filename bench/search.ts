/**
 * `npm run bench:search [-- --stories N] [--db sqlite|postgres|both] [--runs N] [--reindex]`
 *
 * Search latency on a generated archive: a fixed set of realistic queries (a common word, a rare
 * name, a phrase, a prefix as typed, filters by section and dates, all languages, newest first,
 * an exclusion), each run `--runs` times one after another after a warm-up, through the same
 * engine the reader's results page and the API use (parsing, matching, ranking, reading the
 * versions, cutting the snippets). One query at a time: one core does the work. Prints p50, p95
 * and p99 per query, the index size and, with `--reindex`, the time `npm run reindex` takes; the
 * same figures go to bench/results/search-*.json.
 *
 * The data set is made once by the seed and reused (bench/dataset.ts): SQLite files under
 * bench/data/, PostgreSQL databases `masthead_bench_<N>` on BENCH_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432). `npm run bench` (pages under load) uses the same ones.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { progressPrinter } from '../src/cli/progress.js';
import type { Lang } from '../src/domain/locale.js';
import { search, type SearchRequest } from '../src/services/search/search.js';
import type { DatabaseHandle } from '../src/storage/database.js';
import { isPostgres } from '../src/storage/dialect.js';
import { SearchIndexRepository } from '../src/storage/search/search-index-repository.js';
import { NOW, openDataset, RESULTS, ROOT, type BenchDatabase } from './dataset.js';

const USAGE = 'usage: npm run bench:search -- [--stories N] [--db sqlite|postgres|both] [--runs N] [--reindex]';

interface Case {
  name: string;
  request: Partial<SearchRequest> & { q: string; lang: Lang | 'all' };
}

/** The fixed query set: what readers and editors type, in the archive's three languages. */
const CASES: Case[] = [
  { name: 'common word (uk «школи»)', request: { q: 'школи', lang: 'uk' } },
  { name: 'common word (ru «области»)', request: { q: 'области', lang: 'ru' } },
  { name: 'common word (en "year")', request: { q: 'year', lang: 'en' } },
  { name: 'two common words (uk)', request: { q: 'бюджет області', lang: 'uk' } },
  { name: 'rare name (uk «Світанок»)', request: { q: 'Світанок', lang: 'uk' } },
  { name: 'rare name (en "Svitanok")', request: { q: 'Svitanok', lang: 'en' } },
  { name: 'phrase (uk «"базових станцій"»)', request: { q: '"базових станцій"', lang: 'uk' } },
  { name: 'phrase (ru «"базовых станций"»)', request: { q: '"базовых станций"', lang: 'ru' } },
  { name: 'prefix as typed (uk «відновили електропост»)', request: { q: 'відновили електропост', lang: 'uk' } },
  { name: 'prefix as typed (en "energy supp")', request: { q: 'energy supp', lang: 'en' } },
  { name: 'section + dates (uk «школи», suspilstvo, 30 days)', request: { q: 'школи', lang: 'uk', section: 'suspilstvo', from: { year: 2026, month: 9, day: 1 }, to: { year: 2026, month: 9, day: 30 } } },
  { name: 'section + old dates (en "budget", economy, 2024)', request: { q: 'budget', lang: 'en', section: 'economy', from: { year: 2024, month: 1, day: 1 }, to: { year: 2024, month: 12, day: 31 } } },
  { name: 'all languages («Житомир Zhytomyr»)', request: { q: 'Житомир', lang: 'all' } },
  { name: 'newest first (uk «укриття»)', request: { q: 'укриття', lang: 'uk', sort: 'date' } },
  { name: 'exclusion (uk «школи -укриття»)', request: { q: 'школи -укриття', lang: 'uk' } },
  { name: 'page 20 (ru «области»)', request: { q: 'области', lang: 'ru', page: 20 } },
];

interface CaseResult {
  name: string;
  total: number;
  totalIsExact: boolean;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface DatabaseResult {
  db: BenchDatabase;
  url: string;
  stories: number;
  versions: number;
  indexBytes: number;
  reindexSeconds: number | null;
  cases: CaseResult[];
  all: { p50: number; p95: number; p99: number };
  /** The machine's load average (1 minute) before and after the queries: a busy machine's figures are worse. */
  load: [number, number];
}

async function main(): Promise<number> {
  let values: { stories?: string; db?: string; runs?: string; reindex?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { stories: { type: 'string' }, db: { type: 'string' }, runs: { type: 'string' }, reindex: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    console.error(`bench:search: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stories = Number((values.stories ?? '1000000').replace(/_/g, ''));
  const runs = Number(values.runs ?? '30');
  const which = values.db ?? 'both';
  if (!Number.isInteger(stories) || stories < 1000 || stories > 10_000_000 || !Number.isInteger(runs) || runs < 5 || !['sqlite', 'postgres', 'both'].includes(which)) {
    console.error(`bench:search: --stories 1000…10000000, --runs ≥ 5, --db sqlite|postgres|both\n${USAGE}`);
    return 2;
  }
  mkdirSync(RESULTS, { recursive: true });
  const results: DatabaseResult[] = [];
  if (which !== 'postgres') results.push(await benchmark('sqlite', stories, runs, values.reindex ?? false));
  if (which !== 'sqlite') results.push(await benchmark('postgres', stories, runs, values.reindex ?? false));

  for (const r of results) printResult(r);
  const file = path.join(RESULTS, `search-${stories}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), stories, runs, node: process.version, results }, null, 2));
  console.log(`\nwritten to ${path.relative(ROOT, file)}`);
  return 0;
}

async function benchmark(db: BenchDatabase, stories: number, runs: number, reindex: boolean): Promise<DatabaseResult> {
  const { url, handle, repos } = await openDataset(db, stories);
  console.log(`\n${db}: ${url}`);
  try {
    let reindexSeconds: number | null = null;
    if (reindex) {
      const started = Date.now();
      await new SearchIndexRepository(handle.db).rebuild({ onProgress: progressPrinter('reindex', started) });
      reindexSeconds = (Date.now() - started) / 1000;
      console.log(`reindex: ${reindexSeconds.toFixed(0)} s`);
    }
    const versions = Number((await handle.db.selectFrom('search_documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const deps = { repos: { search: repos.search }, now: () => NOW, timeZone: 'Europe/Kyiv' };
    const cases: CaseResult[] = [];
    const every: number[] = [];
    const loadBefore = os.loadavg()[0]!;
    for (const c of CASES) {
      const request: SearchRequest = { filterLang: c.request.lang === 'all' ? 'uk' : c.request.lang, sort: 'relevance', page: 1, perPage: 10, audience: 'readers', ...c.request };
      let answer = await search(deps, request);
      for (let i = 0; i < 3; i++) answer = await search(deps, request);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        await search(deps, request);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      every.push(...times);
      const result = { name: c.name, total: answer.total, totalIsExact: answer.totalIsExact, ...percentiles(times) };
      cases.push(result);
      console.log(`  ${c.name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${answer.total}${answer.totalIsExact ? '' : '+'} found)`);
    }
    return { db, url: url.replace(ROOT + path.sep, ''), stories, versions, indexBytes: await indexSize(handle, url), reindexSeconds, cases, all: percentiles(every), load: [loadBefore, os.loadavg()[0]!] };
  } finally {
    await handle.close();
  }
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! };
}

/** Bytes of the search index: the full-text tables and search_documents with their indexes. */
async function indexSize(handle: DatabaseHandle, url: string): Promise<number> {
  if (isPostgres(handle.db)) {
    const { rows } = await sql<{ bytes: string }>`select pg_total_relation_size('search_documents') as bytes`.execute(handle.db);
    return Number(rows[0]!.bytes);
  }
  const { rows } = await sql<{ bytes: number }>`
    select coalesce(sum(pgsize), 0) as bytes from dbstat
    where name like 'search_fts%' or name = 'search_documents' or name in (select name from sqlite_master where tbl_name = 'search_documents' and type = 'index')`.execute(handle.db);
  const file = url.slice('sqlite:'.length);
  return rows[0]?.bytes ?? (existsSync(file) ? statSync(file).size : 0);
}

function printResult(r: DatabaseResult): void {
  console.log(`\n## ${r.db}: ${r.stories.toLocaleString('en')} stories, ${r.versions.toLocaleString('en')} indexed versions`);
  console.log(`machine: ${os.cpus().length} cores, load average ${r.load[0].toFixed(1)} before the queries and ${r.load[1].toFixed(1)} after`);
  console.log(`index: ${(r.indexBytes / 2 ** 20).toFixed(0)} MiB${r.reindexSeconds === null ? '' : `, reindex ${r.reindexSeconds.toFixed(0)} s (${Math.round(r.versions / r.reindexSeconds)} versions/s)`}`);
  console.log('\n| query | found | p50 ms | p95 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const c of r.cases) {
    console.log(`| ${c.name} | ${c.total}${c.totalIsExact ? '' : '+'} | ${c.p50.toFixed(1)} | ${c.p95.toFixed(1)} | ${c.p99.toFixed(1)} | ${c.max.toFixed(1)} |`);
  }
  console.log(`| **all queries** | | ${r.all.p50.toFixed(1)} | ${r.all.p95.toFixed(1)} | ${r.all.p99.toFixed(1)} | |`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('bench:search: failed:', error);
    process.exit(1);
  },
);

/**
 * What `npm run bench` prints at the end, and the JSON file it writes with every run's figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RESULTS, ROOT } from '../dataset.js';
import type { CaseResult, PublishResult } from './cases.js';

export interface Report {
  date: string;
  command: string;
  options: object;
  /** `endsAt`: the seed's fixed "now"; `daysBeforeClock`: how far the clock had moved on. */
  dataset: { db: string; url: string; stories: number; publishedUk: number; endsAt: string; daysBeforeClock: number };
  machine: { node: string; cpus: number; cpuModel: string | undefined; loadavgBefore: number[]; loadavgAfter: number[] };
  /** Spawn → first 200 of `/`: the server, and the one without page cache. */
  coldStartMs: { server?: number; uncachedServer?: number };
  cases: CaseResult[];
  baseline?: { nginx: CaseResult; articleRatioPercent: number };
  publish?: PublishResult;
  /** Cases that could not be measured, with why. */
  failures: { name: string; message: string }[];
  ok: boolean;
}

/** Cases with errors or non-2xx answers (the publish case's background load included). */
export function casesWithErrors(report: Omit<Report, 'ok'>): string[] {
  const all = [...report.cases, ...(report.baseline ? [report.baseline.nginx] : [])];
  const names = all.filter((c) => c.errors + c.non2xx > 0).map((c) => c.name);
  const load = report.publish?.load.wrk;
  if (load && load.non2xx + Object.values(load.errors).reduce((a, b) => a + b, 0) > 0) names.push('publish (article load)');
  return names;
}

export function printReport(r: Report): void {
  const [before, after] = [r.machine.loadavgBefore[0]!, r.machine.loadavgAfter[0]!];
  console.log(`\n## ${r.dataset.db}, ${r.dataset.stories.toLocaleString('en')} stories; ${r.machine.cpus} CPUs, load average ${before.toFixed(1)} before, ${after.toFixed(1)} after`);
  const rows = r.baseline ? [...r.cases, r.baseline.nginx] : r.cases;
  console.log('\n| case | req/s | p50 ms | p99 ms | errors | non-2xx | bytes/response | from cache | max worker RSS MB | total RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of rows) {
    const m = c.median;
    console.log(
      `| ${c.name} | ${m.reqPerSec.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${c.errors} | ${c.non2xx} | ${m.bytesPerResponse.toFixed(0)} | ${(c.hitRatio * 100).toFixed(0)}% | ${c.maxWorkerRssMb.toFixed(0)} | ${c.maxTotalRssMb.toFixed(0)} |`,
    );
  }
  for (const f of r.failures) console.log(`| ${f.name} | failed | | | | | | | |`);
  console.log('');
  for (const c of rows) if (c.note) console.log(`note: ${c.name} ${c.note}`);
  if (r.baseline) {
    const ours = r.cases.find((c) => c.name === 'article')!.median.reqPerSec;
    console.log(`article: ${r.baseline.articleRatioPercent.toFixed(1)}% of nginx serving the same bytes as static files (${ours.toFixed(0)} vs ${r.baseline.nginx.median.reqPerSec.toFixed(0)} req/s)`);
  }
  if (r.coldStartMs.server !== undefined) console.log(`cold start (spawn → first 200 of /): ${r.coldStartMs.server.toFixed(0)} ms`);
  if (r.coldStartMs.uncachedServer !== undefined) console.log(`cold start without page cache: ${r.coldStartMs.uncachedServer.toFixed(0)} ms`);
  const p = r.publish;
  if (p) {
    console.log(
      `publish → visible on story, front page and /rss.xml: median ${p.medianVisibleMs.toFixed(0)} ms, max ${p.maxVisibleMs.toFixed(0)} ms ` +
        `(${p.rounds.length} stories, to the answer of the first of 10 good reads on new connections; those reads were sent after median ` +
        `${p.medianSentMs.toFixed(0)} ms, max ${p.maxSentMs.toFixed(0)} ms; meanwhile ${p.load.reqPerSec.toFixed(0)} req/s of article load, p50 ${p.load.wrk.latencyMs.p50.toFixed(0)} ms)`,
    );
  }
  for (const f of r.failures) console.log(`failed: ${f.name}: ${f.message}`);
}

/** Writes bench/results/pages-<db>-<N>-<time>.json; returns its path relative to the repository. */
export function writeReport(r: Report): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `pages-${r.dataset.db}-${r.dataset.stories}-${r.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(r, null, 2));
  return path.relative(ROOT, file);
}

export function machine(loadavgBefore: number[]): Report['machine'] {
  return { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadavgBefore, loadavgAfter: os.loadavg() };
}

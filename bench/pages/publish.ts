/**
 * Publish → visible: an editor changes the headline of a published story on the front page and in
 * the feed; how long until every process serves the new headline on the story page, the front
 * page and /rss.xml? Reads use a new connection each, so the cluster spreads them over its
 * workers, and a page counts as visible after 10 consecutive reads show the change.
 */
import { randomBytes } from 'node:crypto';
import * as cheerio from 'cheerio';
import { createUser, resetPassword, type AuthDeps } from '../../src/services/people/auth.js';
import { EmailTaken } from '../../src/services/people/auth-errors.js';
import { AuditRepository } from '../../src/storage/audit-repository.js';
import type { DatabaseHandle } from '../../src/storage/database.js';
import { SessionRepository } from '../../src/storage/session-repository.js';
import { UserRepository } from '../../src/storage/user-repository.js';
import { get } from './http.js';
import { BenchError } from './processes.js';

export const BENCH_ADMIN_EMAIL = 'bench-admin@example.com';
/** Consecutive reads that must all show the change. */
const STREAK = 10;
const POLL_MS = 20;
/** A change not visible after this long is a failure of the case. */
const GIVE_UP_MS = 30_000;

/**
 * Creates the benchmark's admin in the data set (or gives it a new password) before the server
 * starts; returns the password, which lives only as long as this run.
 */
export async function prepareBenchAdmin(database: DatabaseHandle): Promise<string> {
  const deps: AuthDeps = {
    users: new UserRepository(database.db),
    sessions: new SessionRepository(database.db),
    audit: new AuditRepository(database.db),
    now: () => new Date(),
  };
  const password = randomBytes(18).toString('base64url');
  try {
    await createUser(deps, null, { email: BENCH_ADMIN_EMAIL, name: 'Benchmark', role: 'admin', password, uiLang: 'en' });
  } catch (error) {
    if (!(error instanceof EmailTaken)) throw error;
    await resetPassword(deps, null, BENCH_ADMIN_EMAIL, password);
  }
  return password;
}

export interface PublishRound {
  storyId: number;
  path: string;
  headline: string;
  /**
   * From the save's response to the answer of the first of 10 consecutive reads showing it, the
   * slowest of the three pages: an upper bound, as it includes that read's own latency under load.
   */
  visibleMs: number;
  /** The same to the moment that read was sent: a lower bound. */
  sentMs: number;
  /** Per page: story, front, rss. */
  pages: Record<'story' | 'front' | 'rss', { visibleMs: number; sentMs: number; reads: number }>;
  /** Until all three had their 10 consecutive reads. */
  confirmedMs: number;
}

type Api = (method: 'GET' | 'PUT', url: string, body?: unknown) => Promise<{ status: number; json: any }>;

async function signIn(baseUrl: string, password: string): Promise<Api> {
  const res = await fetch(`${baseUrl}/admin/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_ADMIN_EMAIL, password }),
  });
  if (res.status !== 200) throw new BenchError(`publish: signing in as ${BENCH_ADMIN_EMAIL} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('mh_session='))?.split(';')[0];
  if (!cookie) throw new BenchError('publish: signing in set no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, url, body) => {
    const r = await fetch(baseUrl + url, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: r.status, json: await r.json().catch(() => undefined) };
  };
}

/** Stories both on the front page and in the feed, newest first: ids with their page paths. */
async function storiesOnFront(baseUrl: string): Promise<{ id: number; path: string }[]> {
  const rss = cheerio.load((await get(baseUrl, '/rss.xml')).text(), { xml: true });
  const front = cheerio.load((await get(baseUrl, '/')).text());
  const onFront = new Set(front('a[href]').map((_, a) => front(a).attr('href')).get());
  const found: { id: number; path: string }[] = [];
  rss('item > link').each((_, el) => {
    const path = new URL(rss(el).text().trim()).pathname;
    const id = Number(/\/(\d+)\/$/.exec(path)?.[1]);
    if (id && onFront.has(path)) found.push({ id, path });
  });
  return found;
}

/** Polls one page with new connections until STREAK consecutive reads contain `marker`. */
async function untilVisible(baseUrl: string, path: string, marker: string, since: number): Promise<{ visibleMs: number; sentMs: number; reads: number; doneAt: number }> {
  let streak = 0;
  let first = { sent: 0, answered: 0 };
  let reads = 0;
  for (;;) {
    const sent = performance.now();
    const res = await get(baseUrl, path, { fresh: true });
    const at = performance.now();
    reads++;
    if (res.status === 200 && res.text().includes(marker)) {
      if (streak++ === 0) first = { sent, answered: at };
      if (streak >= STREAK) return { visibleMs: first.answered - since, sentMs: Math.max(0, first.sent - since), reads, doneAt: at };
    } else {
      streak = 0;
    }
    if (at - since > GIVE_UP_MS) throw new BenchError(`publish: ${path} did not show the new headline of story within ${GIVE_UP_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * `rounds` times: save a new headline on a published story (saving a published version is what
 * publishes a correction) and time until it is visible everywhere.
 */
export async function publishRounds(baseUrl: string, password: string, rounds: number): Promise<PublishRound[]> {
  const api = await signIn(baseUrl, password);
  const candidates = await storiesOnFront(baseUrl);
  if (candidates.length < rounds) throw new BenchError(`publish: only ${candidates.length} stories are both on the front page and in /rss.xml; ${rounds} needed`);
  const results: PublishRound[] = [];
  const runId = randomBytes(3).toString('hex');
  for (const [i, story] of candidates.slice(0, rounds).entries()) {
    const opened = await api('GET', `/admin/api/stories/${story.id}`);
    const version = opened.json?.versions?.uk;
    if (opened.status !== 200 || version?.status !== 'published') throw new BenchError(`publish: story ${story.id} has no published uk version (${opened.status})`);
    // A marker only ASCII letters and digits: HTML and XML escaping leave it as it is.
    const marker = `bench${runId}r${i + 1}`;
    const headline = `${String(version.headline).replace(/ · bench\w+$/, '')} · ${marker}`;
    const saved = await api('PUT', `/admin/api/stories/${story.id}/versions/uk`, {
      lockVersion: version.lockVersion,
      headline,
      lead: version.lead,
      body: version.body,
      source: version.source,
      leadMediaId: version.leadMediaId,
    });
    const since = performance.now();
    if (saved.status !== 200) throw new BenchError(`publish: saving story ${story.id} answered ${saved.status}: ${JSON.stringify(saved.json)}`);
    const [s, f, r] = await Promise.all([
      untilVisible(baseUrl, story.path, marker, since),
      untilVisible(baseUrl, '/', marker, since),
      untilVisible(baseUrl, '/rss.xml', marker, since),
    ]);
    const round: PublishRound = {
      storyId: story.id,
      path: story.path,
      headline,
      visibleMs: Math.max(s.visibleMs, f.visibleMs, r.visibleMs),
      sentMs: Math.max(s.sentMs, f.sentMs, r.sentMs),
      pages: {
        story: { visibleMs: s.visibleMs, sentMs: s.sentMs, reads: s.reads },
        front: { visibleMs: f.visibleMs, sentMs: f.sentMs, reads: f.reads },
        rss: { visibleMs: r.visibleMs, sentMs: r.sentMs, reads: r.reads },
      },
      confirmedMs: Math.max(s.doneAt, f.doneAt, r.doneAt) - since,
    };
    results.push(round);
    console.log(
      `  publish ${i + 1}/${rounds}: story ${story.id} visible after ${round.visibleMs.toFixed(0)} ms (story ${s.visibleMs.toFixed(0)}, front ${f.visibleMs.toFixed(0)}, rss ${r.visibleMs.toFixed(0)}; ` +
        `the first good reads were sent after ${round.sentMs.toFixed(0)} ms)`,
    );
  }
  return results;
}

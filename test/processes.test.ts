import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { PASSWORD } from './support/members.js';
import { freePort } from './support/ports.js';
import { redisSkip, TEST_REDIS_URL } from './support/redis.js';
import { createSharedDatabase, fetchFresh, startServer, type RunningServer, type SharedDatabase } from './support/servers.js';

/**
 * Several Masthead processes on one database: a change made through one process must reach
 * every process's page cache, so no reader anywhere sees the old page a second later. Covers
 * node:cluster workers (events through the primary), separate servers (events over Redis),
 * and a server whose Redis is gone (its own changes still show at once).
 */

/**
 * How long a change may take to show everywhere before the test gives up. Not a speed check (the
 * machines are noisy: `npm run bench` measures publish → visible); a change that never arrives fails.
 */
const PROPAGATION_DEADLINE_MS = 10_000;
const WARM_READS = 10;
const CONSECUTIVE_READS = 10;

const rss = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === 'item' });

/** Reads the story page, the front page and /rss.xml on fresh connections: all show `headline`? */
async function showsHeadline(origin: string, storyPath: string, headline: string): Promise<{ ok: boolean; seen: string }> {
  const [story, front, feed] = await Promise.all([fetchFresh(origin + storyPath), fetchFresh(`${origin}/`), fetchFresh(`${origin}/rss.xml`)]);
  for (const res of [story, front, feed]) assert.equal(res.status, 200, res.body.slice(0, 300));
  const articleHeadline = cheerio.load(story.body)('h1').text().trim();
  const frontLinks = cheerio.load(front.body)(`a[href="${storyPath}"]`).text();
  const items: { link?: string; title?: string }[] = rss.parse(feed.body).rss?.channel?.item ?? [];
  const rssTitle = items.find((i) => i.link === `${origin}${storyPath}`)?.title ?? '(not in the feed)';
  const ok = articleHeadline === headline && frontLinks.includes(headline) && rssTitle === headline;
  return { ok, seen: `article "${articleHeadline}", front page "${frontLinks.trim()}", RSS "${rssTitle}"` };
}

/** Signs in as the admin and saves a new headline on the published Ukrainian version: it goes live. */
async function publishHeadline(origin: string, storyId: number, headline: string): Promise<void> {
  const session = await fetchFresh(`${origin}/admin/api/session`, { method: 'POST', json: { email: 'admin@example.com', password: PASSWORD } });
  assert.equal(session.status, 200, session.body);
  const cookie = [session.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('mh_session='))!.split(';')[0]!;
  const headers = { cookie, 'x-csrf-token': JSON.parse(session.body).csrfToken as string };
  const opened = await fetchFresh(`${origin}/admin/api/stories/${storyId}`, { headers });
  assert.equal(opened.status, 200, opened.body);
  const { lockVersion, lead, body, source, leadMediaId } = JSON.parse(opened.body).versions.uk;
  const saved = await fetchFresh(`${origin}/admin/api/stories/${storyId}/versions/uk`, { method: 'PUT', headers, json: { lockVersion, headline, lead, body, source, leadMediaId } });
  assert.equal(saved.status, 200, saved.body);
}

const withRedis = await redisSkip();

for (const dialect of DIALECTS) {
  describe(`several processes on ${dialect}`, await dialectSkip(dialect), () => {
    let dir: string;
    let database: SharedDatabase;
    let storyId: number;
    let storyPath: string;
    /** What the story is called now; each test renames it. */
    let headline = 'Стара назва';
    const running = new Set<RunningServer>();

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'masthead-processes-'));
      mkdirSync(join(dir, 'media'));
      const shared = await createSharedDatabase(dialect, dir, (n) => n.story({ versions: { uk: { headline } } }));
      database = shared;
      storyId = shared.filled;
      // Published an hour before the newsroom's fixed NOW: 1 March 2025, Kyiv time.
      storyPath = `/news/2025/03/01/${storyId}/`;
    });
    after(async () => {
      await Promise.all([...running].map((s) => s.stop()));
      await database?.destroy();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    const start = async (env: Record<string, string>, args: string[] = []) => {
      const server = await startServer(await freePort(), {
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        MEDIA_DIR: join(dir, 'media'),
        ...env,
      }, args);
      running.add(server);
      return server;
    };
    const stopAll = async () => {
      await Promise.all([...running].map((s) => s.stop()));
      running.clear();
    };

    /** Reads every page often enough, on fresh connections, that every process has it cached. */
    const warm = async (origins: string[]) => {
      for (let i = 0; i < WARM_READS; i++) {
        for (const origin of origins) {
          const read = await showsHeadline(origin, storyPath, headline);
          assert.ok(read.ok, `before the change ${origin} shows ${read.seen}`);
        }
      }
    };

    /**
     * From now, polls every ~20 ms until CONSECUTIVE_READS rounds in a row show `expected` on
     * every origin; returns how long after now the first of those rounds began.
     */
    const propagation = async (origins: string[], expected: string) => {
      const changed = performance.now();
      let streak = 0;
      let streakBegan = 0;
      let last = '';
      while (streak < CONSECUTIVE_READS) {
        assert.ok(performance.now() - changed < PROPAGATION_DEADLINE_MS, `after ${PROPAGATION_DEADLINE_MS} ms still not everywhere: ${last}`);
        const began = performance.now();
        const reads = await Promise.all(origins.map((o) => showsHeadline(o, storyPath, expected)));
        if (reads.every((r) => r.ok)) {
          if (streak++ === 0) streakBegan = began;
        } else {
          streak = 0;
          last = reads.map((r, i) => `${origins[i]}: ${r.seen}`).join('; ');
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return streakBegan - changed;
    };

    test('two cluster workers: a change made through one shows on both', async (t) => {
      try {
        const server = await start({}, ['--workers', '2']);
        assert.match(server.stdout(), /with 2 workers/);
        await warm([server.origin]);
        headline = 'Нова назва з кластера';
        await publishHeadline(server.origin, storyId, headline);
        const took = await propagation([server.origin], headline);
        t.diagnostic(`shown on every worker ${Math.round(took)} ms after the change`);
      } finally {
        await stopAll();
      }
    });

    test('a cluster worker that dies is replaced, and the new one serves', async () => {
      try {
        const server = await start({}, ['--workers', '2']);
        const pid = Number(/worker 1 \(pid (\d+)\) serving/.exec(server.stdout())?.[1]);
        assert.ok(pid > 0, server.stdout());
        process.kill(pid, 'SIGKILL');
        // The replacement asks whether the database is ready, as the first workers did, and is
        // answered at once: it was prepared at the start.
        const began = performance.now();
        while (!/worker 3 \(pid \d+\) serving/.test(server.stdout())) {
          assert.ok(performance.now() - began < 15_000, `no replacement serving after 15 s:\n${server.stdout()}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        for (let i = 0; i < 6; i++) assert.ok((await showsHeadline(server.origin, storyPath, headline)).ok);
      } finally {
        await stopAll();
      }
    });

    test('two servers sharing Redis: a change made through one shows on the other', withRedis, async (t) => {
      try {
        const [a, b] = await Promise.all([start({ REDIS_URL: TEST_REDIS_URL, WORKERS: '1' }), start({ REDIS_URL: TEST_REDIS_URL, WORKERS: '1' })]);
        await warm([a.origin, b.origin]);
        headline = 'Нова назва через Redis';
        await publishHeadline(a.origin, storyId, headline);
        const took = await propagation([b.origin, a.origin], headline);
        t.diagnostic(`shown on both servers ${Math.round(took)} ms after the change`);
        assert.equal(a.stderr().match(/redis/gi), null, 'no Redis warnings while Redis is up');
      } finally {
        await stopAll();
      }
    });

    test('Redis unreachable: the server starts with a warning, serves, and shows its own changes at once', async () => {
      try {
        const started = performance.now();
        const server = await start({ REDIS_URL: 'redis://127.0.0.1:1', WORKERS: '1' });
        assert.ok(performance.now() - started < 15_000);
        assert.match(server.stderr(), /redis/i, 'a warning names Redis');
        await warm([server.origin]);
        headline = 'Нова назва без Redis';
        await publishHeadline(server.origin, storyId, headline);
        const read = await showsHeadline(server.origin, storyPath, headline);
        assert.ok(read.ok, `right after the change the server shows ${read.seen}`);
      } finally {
        await stopAll();
      }
    });
  });
}
